import { describe, expect, it } from "vitest";
import * as coding from "../../../src/coding/index.ts";

/**
 * src/coding's public API (what other packages import from src/coding/index.ts): the values it
 * exports, by name. Grouping the folder by concern left them unchanged; a change here is a decision.
 */
describe("src/coding's public API", () => {
  it("exports the same values by name", () => {
    expect(Object.keys(coding).sort()).toEqual([
      "ADJUDICATION", "CARC", "CLAIM_TYPE", "CPT", "CURATED_MODIFIERS", "DEFAULT_LIMIT", "DEFAULT_SYSTEMS", "EM_CODES", "HCPCS", "HCPCS_OID",
      "ICD10CM", "MAX_CLAIM_DIAGNOSES", "MDM_LEVELS", "MODIFIER", "NPI", "OFFICE_LEVELS", "PLACE_OF_SERVICE", "RARC", "SNOMED", "TAX_ID",
      "buildExpandUrl", "buildLookupUrl", "classifyPatientStatus", "createCodeIndex", "editionForDate", "emByMdm", "emByTime", "feeFor", "higherLevel",
      "invalidAcceptedCodes", "isVisitCode", "linkDiagnosisPointers", "loadCodeIndex", "mdmLevel", "measureSuggestions", "mergeRemoteHits",
      "noteCodeRefs", "parseCptDescriptorCsv", "parseExpandResponse", "parseFeeSchedule", "parseLookupResponse", "preventiveCode", "prolongedService",
      "proposeClaimDiagnoses", "readCodeArtifacts", "suggestDiagnoses", "visitMinutes"
    ]);
  });
});
