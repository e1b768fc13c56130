/**
 * Pins buildClaim's whole Claim: the bare claim (no care team, facility, insurer, careTeamSequence,
 * modifiers or procedure extension, not even as keys) and the full one (principal diagnosis first,
 * the rendering care team, payee, priority, pointers outside 1..n dropped), and billablePeriod's
 * start and end keys only when known.
 */
import { describe, expect, it } from "vitest";
import type { DraftLine } from "../../../../src/billing/claim-draft.ts";
import type { ReadyDraft } from "../../../../src/billing/build/build-context.ts";
import { billablePeriod, buildClaim, CARE_TEAM_ROLE, DIAGNOSIS_TYPE, PAYEE_TYPE } from "../../../../src/billing/build/build-claim.ts";
import {
  CLAIM_ENCOUNTER_SYSTEM,
  CLAIM_GENERATION_SYSTEM,
  DIAGNOSIS_CONDITION_EXTENSION,
  LINE_ID_EXTENSION,
  LINE_PROCEDURE_EXTENSION,
} from "../../../../src/billing/state/billing-identifiers.ts";
import { CLAIM_TYPE, CPT, HCPCS, ICD10CM, PLACE_OF_SERVICE } from "../../../../src/coding/systems.ts";

const NOW = "2026-11-26T18:00:00Z";
const PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";

function line(patch: Partial<DraftLine> = {}): DraftLine {
  return { id: "l1", system: CPT, code: "99213", modifiers: [], units: 2, diagnosisPointers: [1], placeOfService: "11", unitCharge: 45.5, serviceDate: "2026-11-20", ...patch };
}

function draft(patch: Partial<ReadyDraft> = {}): ReadyDraft {
  return {
    encounterRef: "Encounter/enc-1",
    patientRef: "Patient/pat-1",
    revision: 1,
    diagnoses: [{ code: "E11.9", display: "Diabetes" }],
    lines: [line()],
    coverageRef: "Coverage/cov-1",
    billingProviderRef: "Organization/org-1",
    ...patch,
  };
}

function bareItem(sequence: number, l: DraftLine, diagnosisSequence: number[], net: number) {
  return {
    sequence,
    diagnosisSequence,
    productOrService: { coding: [{ system: l.system, code: l.code }] },
    servicedDate: l.serviceDate,
    locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: l.placeOfService }] },
    quantity: { value: l.units },
    unitPrice: { value: l.unitCharge, currency: "USD" },
    net: { value: net, currency: "USD" },
    encounter: [{ reference: "Encounter/enc-1" }],
    extension: [{ url: LINE_ID_EXTENSION, valueString: l.id }],
  };
}

function common() {
  return {
    resourceType: "Claim",
    identifier: [
      { system: CLAIM_ENCOUNTER_SYSTEM, value: "Encounter/enc-1" },
      { system: CLAIM_GENERATION_SYSTEM, value: "enc-1:cov-1:1" },
    ],
    status: "active",
    type: { coding: [{ system: CLAIM_TYPE, code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/pat-1" },
  };
}

describe("buildClaim", () => {
  it("builds the bare claim with no optional keys when the draft names no rendering provider, facility, insurer, modifiers or procedures", () => {
    const bare = draft();
    expect(buildClaim(bare, { now: NOW })).toStrictEqual({
      ...common(),
      billablePeriod: { start: "2026-11-20", end: "2026-11-20" },
      created: NOW,
      provider: { reference: "Organization/org-1" },
      priority: { coding: [{ system: PRIORITY, code: "normal" }] },
      payee: { type: { coding: [{ system: PAYEE_TYPE, code: "provider" }] }, party: { reference: "Organization/org-1" } },
      diagnosis: [{
        sequence: 1,
        diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "E11.9", display: "Diabetes" }] },
        type: [{ coding: [{ system: DIAGNOSIS_TYPE, code: "principal" }] }],
      }],
      insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-1" } }],
      item: [bareItem(1, bare.lines[0]!, [1], 91)],
      total: { value: 91, currency: "USD" },
    });
  });

  it("marks only the first diagnosis principal, names the rendering care team, facility and insurer, and drops pointers outside the list", () => {
    const first = line({ id: "a", diagnosisPointers: [0, 2, 3, -1, 1], modifiers: ["25"], procedureRef: "Procedure/p1", display: "Office visit" });
    const second = line({ id: "b", system: HCPCS, code: "G2211", units: 1, unitCharge: 17.33, diagnosisPointers: [2], serviceDate: "2026-11-21" });
    const full = draft({
      diagnoses: [{ code: "E11.9", display: "Diabetes", conditionRef: "Condition/c1" }, { code: "I10", display: "Hypertension" }],
      lines: [first, second],
      renderingProviderRef: "Practitioner/dr-1",
      locationRef: "Location/loc-1",
      insurerRef: "Organization/payer-1",
    });
    expect(buildClaim(full, { now: NOW, fhirUserRef: "Practitioner/coder-1" })).toStrictEqual({
      ...common(),
      billablePeriod: { start: "2026-11-20", end: "2026-11-21" },
      created: NOW,
      enterer: { reference: "Practitioner/coder-1" },
      provider: { reference: "Organization/org-1" },
      priority: { coding: [{ system: PRIORITY, code: "normal" }] },
      payee: { type: { coding: [{ system: PAYEE_TYPE, code: "provider" }] }, party: { reference: "Organization/org-1" } },
      diagnosis: [
        {
          extension: [{ url: DIAGNOSIS_CONDITION_EXTENSION, valueReference: { reference: "Condition/c1" } }],
          sequence: 1,
          diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "E11.9", display: "Diabetes" }] },
          type: [{ coding: [{ system: DIAGNOSIS_TYPE, code: "principal" }] }],
        },
        { sequence: 2, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "I10", display: "Hypertension" }] } },
      ],
      insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-1" } }],
      item: [
        {
          ...bareItem(1, first, [2, 1], 91),
          productOrService: { coding: [{ system: CPT, code: "99213", display: "Office visit" }] },
          extension: [
            { url: LINE_ID_EXTENSION, valueString: "a" },
            { url: LINE_PROCEDURE_EXTENSION, valueReference: { reference: "Procedure/p1" } },
          ],
          careTeamSequence: [1],
          modifier: [{ coding: [{ system: CPT, code: "25" }] }],
        },
        { ...bareItem(2, second, [2], 17.33), careTeamSequence: [1] },
      ],
      total: { value: 108.33, currency: "USD" },
      careTeam: [{
        sequence: 1,
        provider: { reference: "Practitioner/dr-1" },
        responsible: true,
        role: { coding: [{ system: CARE_TEAM_ROLE, code: "rendering" }] },
      }],
      facility: { reference: "Location/loc-1" },
      insurer: { reference: "Organization/payer-1" },
    });
  });

  it("gives the billable period only the bounds it knows", () => {
    expect(billablePeriod(draft({ lines: [] }))).toStrictEqual({});
    expect(billablePeriod(draft({ lines: [], periodStart: "2026-11-19" }))).toStrictEqual({ start: "2026-11-19", end: "2026-11-19" });
    expect(billablePeriod(draft({ lines: [], periodEnd: "2026-11-22" }))).toStrictEqual({ end: "2026-11-22" });
    expect(billablePeriod(draft({ lines: [line({ serviceDate: "2026-11-21" }), line({ serviceDate: "2026-11-18" })] }))).toStrictEqual({ start: "2026-11-18", end: "2026-11-21" });
  });
});
