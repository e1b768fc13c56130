/**
 * ICD-10-CM conventions read by search, suggestions and the scrubber: Tabular notes, the code ranges
 * notes point to, and the combination and sequencing table.
 * Other folders and packages import from here.
 */
export { isInIcdRange, parseIcdCodeRefs, parseRangeText, type IcdCodeRange } from "./icd-code-refs.ts";
export { ICD_COMBINATIONS, ICD_FOLLOWS, type IcdCombination, inIcdRanges } from "./icd-combinations.ts";
export { inheritNotes, type NoteCodeRef, noteCodeRefs, notesReader } from "./tabular-notes.ts";
