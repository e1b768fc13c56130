/**
 * Diagnoses written in the note's assessment, sentence by sentence.
 * Other folders and packages import from here.
 */
export { documentationDiagnoses, type DocumentationDiagnosis, isDiagnosisSentence, type SourceSentence } from "./documentation-diagnoses.ts";
export { assessmentSentences } from "./note-sentences.ts";
