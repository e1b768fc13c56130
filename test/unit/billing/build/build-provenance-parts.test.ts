/**
 * Pins buildProvenance's whole Provenance: the activity coding, the author agent, and the billing
 * provider as onBehalfOf only when the draft names one (no key at all otherwise).
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft } from "../../../../src/billing/claim-draft.ts";
import { buildProvenance, DATA_OPERATION } from "../../../../src/billing/build/build-provenance.ts";

const NOW = "2026-11-26T18:00:00Z";
const PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

function draft(patch: Partial<ClaimDraft> = {}): ClaimDraft {
  return { encounterRef: "Encounter/enc-1", patientRef: "Patient/pat-1", revision: 1, diagnoses: [], lines: [], ...patch };
}

describe("buildProvenance", () => {
  it("names the launch user as author on behalf of the billing provider", () => {
    const input = { targets: ["urn:uuid:a", "Claim/c1"], activity: "UPDATE" as const };
    expect(buildProvenance(draft({ billingProviderRef: "Organization/org-1" }), input, { now: NOW, fhirUserRef: " Practitioner/coder-1 " })).toStrictEqual({
      resourceType: "Provenance",
      target: [{ reference: "urn:uuid:a" }, { reference: "Claim/c1" }],
      recorded: NOW,
      activity: { coding: [{ system: DATA_OPERATION, code: "UPDATE" }] },
      agent: [{
        type: { coding: [{ system: PARTICIPANT_TYPE, code: "author" }] },
        who: { reference: "Practitioner/coder-1" },
        onBehalfOf: { reference: "Organization/org-1" },
      }],
    });
  });

  it("leaves onBehalfOf out when the draft names no billing provider", () => {
    expect(buildProvenance(draft(), { targets: ["Claim/c1"], activity: "CREATE" }, { now: NOW, fhirUserRef: "Practitioner/coder-1" })).toStrictEqual({
      resourceType: "Provenance",
      target: [{ reference: "Claim/c1" }],
      recorded: NOW,
      activity: { coding: [{ system: DATA_OPERATION, code: "CREATE" }] },
      agent: [{ type: { coding: [{ system: PARTICIPANT_TYPE, code: "author" }] }, who: { reference: "Practitioner/coder-1" } }],
    });
  });
});
