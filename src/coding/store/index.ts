/**
 * The searchable code stores built from the artifacts: code tables (ICD-10-CM, HCPCS, modifiers, POS,
 * E/M numbers), their word index and its codec, ranking facts, CPT numbers and descriptors, codes added at run time.
 * Other folders and packages import from here.
 */
export { buildCodeStore, builtParts, type BuiltCodeStore, type CodeStore, findCode, keyRange } from "./code-store.ts";
export { editionsOf, type IndexedCode, maskValidity, shippedCodes, validityOn } from "./code-table.ts";
export { type CptDescriptorImport, type CsvProblem, parseCptDescriptorCsv } from "./cpt-descriptor-csv.ts";
export { CPT_NUMBER } from "./cpt-number.ts";
export { cptNumberStore } from "./cpt-numbers.ts";
export { CURATED_MODIFIERS } from "./curated-modifiers.ts";
export { type AddedCode, addedCodeKey, DynamicCodes } from "./dynamic-codes.ts";
export { IcdTable, type IcdTableParts } from "./icd-code.ts";
export { isModifierSystem, modifierSystem } from "./modifier-system.ts";
export { queryWords } from "./text-tokens.ts";
export { prefixRange, rangeSize, wordId, type WordIndex } from "./word-index.ts";
