/** Code-system URIs exactly as FHIR and CMS publish them. */
export const ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
export const CPT = "http://www.ama-assn.org/go/cpt";
export const HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
/** Older servers write HCPCS Level II with this OID. */
export const HCPCS_OID = "urn:oid:2.16.840.1.113883.6.285";
export const SNOMED = "http://snomed.info/sct";
export const PLACE_OF_SERVICE = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
export const CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
export const RARC = "https://x12.org/codes/remittance-advice-remark-codes";
export const CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
export const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
export const NPI = "http://hl7.org/fhir/sid/us-npi";
export const TAX_ID = "urn:oid:2.16.840.1.113883.4.4";
/**
 * The key modifiers are searched under in the app's code index (CPT modifiers have AMA-owned
 * texts; we ship numbers and our own words). Claims and ChargeItems carry each modifier in the
 * CPT or HCPCS system instead (see modifier-system.ts); stored claims written with this system
 * are still read.
 */
export const MODIFIER = "http://terminology.hl7.org/CodeSystem/modifiers";
