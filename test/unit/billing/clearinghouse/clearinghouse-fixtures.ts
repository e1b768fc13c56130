import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Claim, Coverage, Patient } from "fhir/r4";
import type { ClaimCandidate, ClearinghouseFile } from "../../../../src/billing/clearinghouse/index.ts";

export const X12_IN = resolve(import.meta.dirname, "../../../fixtures/x12-in");
export const NOW = "2026-12-20T10:00:00Z";

export function fixtureFile(name: string): ClearinghouseFile {
  return { name, text: readFileSync(resolve(X12_IN, name), "utf8") };
}

/** The 837P golden file the 999 and 277CA fixtures answer (GS06 42, ST02 0042, CLM01 ENC1001R1). */
export function sent837(): string {
  return readFileSync(resolve(import.meta.dirname, "../../../fixtures/x12/simple-claim.x12"), "utf8");
}

/** A second 837P: GS06 43, ST02 0043, CLM01 ENC1003 (for the rejected 999). */
export function secondSent837(): string {
  return sent837().replace("*42*X*", "*43*X*").replaceAll("*0042", "*0043").replace("CLM*ENC1001R1", "CLM*ENC1003").replace("GE*1*42", "GE*1*43");
}

const DOE: Patient = { resourceType: "Patient", id: "p-doe", name: [{ family: "Doe", given: ["Jane"] }] };
const SMITH: Patient = { resourceType: "Patient", id: "p-smith", name: [{ family: "Smith", given: ["John"] }] };
const DOE_COVERAGE: Coverage = { resourceType: "Coverage", id: "cov-doe", status: "active", subscriberId: "XJH482913307", beneficiary: { reference: "Patient/p-doe" }, payor: [{ reference: "Organization/acme", display: "Acme Health Plan" }] };

function claim(id: string, identifier: string, date: string, patient: string, status: Claim["status"] = "active"): Claim {
  return {
    resourceType: "Claim", id, identifier: [{ system: "https://smart-coding-billing.example/claim-encounter", value: identifier }], status,
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, use: "claim",
    patient: { reference: `Patient/${patient}` }, created: `${date}T18:00:00Z`, provider: { reference: "Organization/org-rfm" },
    priority: { coding: [{ code: "normal" }] }, insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-doe" } }],
    billablePeriod: { start: date }, item: [{ sequence: 1, productOrService: { coding: [{ code: "99213" }] }, servicedDate: date }],
  };
}

/** The app's Claims the fixtures answer; claim-1077's CLM01 is a hash, so ZZ4471 matches it by patient and date. */
export const CANDIDATES: ClaimCandidate[] = [
  { claim: claim("claim-1001-draft", "ENC1001R1", "2026-11-20", "p-doe", "draft"), patient: DOE, coverage: DOE_COVERAGE },
  { claim: claim("claim-1001", "ENC1001R1", "2026-11-20", "p-doe"), patient: DOE, coverage: DOE_COVERAGE },
  { claim: claim("claim-1003", "ENC1003", "2026-11-21", "p-smith"), patient: SMITH },
  { claim: claim("claim-1004", "ENC1004", "2026-11-22", "p-doe"), patient: DOE, coverage: DOE_COVERAGE },
  { claim: claim("claim-1005", "ENC1005", "2026-12-01", "p-doe"), patient: DOE, coverage: DOE_COVERAGE },
  { claim: claim("claim-1077", "Encounter/enc-77", "2026-11-18", "p-doe"), patient: DOE, coverage: DOE_COVERAGE },
];
