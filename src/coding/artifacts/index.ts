/**
 * The code-set artifacts: their format and byte container, checking and reading them (the Node reader,
 * read-artifacts-node.ts, is imported by path only, never through this index), and the edition a date picks.
 * Other folders and packages import from here.
 */
export { decodeArtifactBytes, inflateError } from "./artifact-container.ts";
export { ARTIFACT_FILES, ARTIFACT_FORMAT, type ArtifactName, type CuratedModifier, type EditionInfo, type EmCode, type HcpcsArtifact, type Icd10CmArtifact, type Icd10CmShortArtifact, type NoteSet, type OtherCodesArtifact, type SearchIndexArtifact, type SimpleCode, type TabularNotesArtifact } from "./artifact-format.ts";
export { ByteReader, ByteWriter } from "./byte-varint.ts";
export { checkArtifact, checkArtifacts, LAZY_ARTIFACTS, type CodeArtifacts, type EagerArtifacts, type IndexArtifacts, type LazyArtifactName } from "./code-artifacts.ts";
export { type EditionChoice, editionForDate } from "./editions.ts";
export { PARENT_TITLE_MARK, prefixParents } from "./prefix-parents.ts";
