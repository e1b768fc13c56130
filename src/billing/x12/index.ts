export { claimTo837P, build837P, check837PData, type X12Export } from "./claim-to-837p";
export type { X12ExportOptions, X12Party } from "./export-options";
export { X12DataError } from "./x12-data-error";
export { isValidNpi } from "./npi";
export { findingCode, type X12FindingCode } from "./findings";
export { MAX_SERVICE_LINES } from "./read-service-lines";
export { MAX_DIAGNOSES } from "./read-diagnoses";
export { PAYER_ID_SYSTEMS, PAYER_ID_TYPE_CODES } from "./read-identifiers";
export { IMPLEMENTATION_GUIDE } from "./envelope";
