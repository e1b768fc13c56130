import { describe, expect, it } from "vitest";
import { buildClaim, checkReadyDraft, RELATED_CLAIM_RELATIONSHIP, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { CARE_TEAM_ROLE, DIAGNOSIS_TYPE, NUCC_TAXONOMY, PAYEE_TYPE } from "../../../../src/billing/build/build-claim.ts";
import type { ClaimDraft } from "../../../../src/billing/claim-draft.ts";
import { CLAIM_TYPE, CPT, HCPCS, ICD10CM, PLACE_OF_SERVICE } from "../../../../src/coding/systems.ts";
import { fixtureDraft } from "./fixture-draft.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

function ready(draft: ClaimDraft): ReadyDraft {
  const check = checkReadyDraft(draft);
  if (!check.ok) throw new Error("fixture draft not ready");
  return check.draft;
}

describe("buildClaim", () => {
  const draft = ready(fixtureDraft("urgent-care-laceration.fhir.json"));
  const claim = buildClaim(draft, context);

  it("fills the required professional-claim elements", () => {
    expect(claim).toMatchObject({
      status: "active",
      use: "claim",
      type: { coding: [{ system: CLAIM_TYPE, code: "professional" }] },
      patient: { reference: draft.patientRef },
      provider: { reference: draft.billingProviderRef },
      created: context.now,
      priority: { coding: [{ code: "normal" }] },
      insurance: [{ sequence: 1, focal: true, coverage: { reference: draft.coverageRef } }],
    });
  });

  it("keeps the diagnoses in the draft's order with 1-based sequences", () => {
    expect(claim.diagnosis?.map((d) => [d.sequence, d.diagnosisCodeableConcept?.coding?.[0]?.code])).toEqual(
      draft.diagnoses.map((d, i) => [i + 1, d.code]),
    );
    expect(claim.diagnosis?.[0]?.diagnosisCodeableConcept?.coding?.[0]?.system).toBe(ICD10CM);
  });

  it("makes one item per line with pointers, modifiers, place of service, price and encounter", () => {
    const [first, second] = draft.lines;
    const item = claim.item?.[0];
    expect(claim.item).toHaveLength(draft.lines.length);
    expect(item?.diagnosisSequence).toEqual(first?.diagnosisPointers);
    expect(item?.modifier).toEqual([{ coding: [{ system: CPT, code: "25" }] }]);
    expect(claim.item?.[1]?.modifier).toBeUndefined();
    expect(item?.locationCodeableConcept?.coding?.[0]).toEqual({ system: PLACE_OF_SERVICE, code: "20" });
    expect(item?.encounter).toEqual([{ reference: draft.encounterRef }]);
    expect(claim.item?.[1]?.productOrService.coding?.[0]?.code).toBe(second?.code);
    expect(item?.careTeamSequence).toEqual([1]);
    expect(claim.careTeam?.[0]?.provider.reference).toBe(draft.renderingProviderRef);
  });

  it("codes CPT modifiers in the CPT system and Level II modifiers in the HCPCS system", () => {
    const lines = [{ ...draft.lines[0]!, modifiers: ["25", "RT", "XS", "1P", "QW"] }];
    expect(buildClaim({ ...draft, lines }, context).item?.[0]?.modifier?.map((m) => [m.coding?.[0]?.system, m.coding?.[0]?.code])).toEqual([
      [CPT, "25"], [HCPCS, "RT"], [HCPCS, "XS"], [CPT, "1P"], [HCPCS, "QW"],
    ]);
  });

  it("names the payer, pays the billing provider, and marks the first diagnosis principal", () => {
    expect(buildClaim({ ...draft, insurerRef: "Organization/payer-1" }, context).insurer).toEqual({ reference: "Organization/payer-1" });
    expect(claim.payee).toEqual({ type: { coding: [{ system: PAYEE_TYPE, code: "provider" }] }, party: { reference: draft.billingProviderRef } });
    expect(claim.diagnosis?.[0]?.type).toEqual([{ coding: [{ system: DIAGNOSIS_TYPE, code: "principal" }] }]);
    expect(claim.diagnosis?.slice(1).every((d) => d.type === undefined)).toBe(true);
  });

  it("the rendering provider is a CARIN 'rendering' care team member, qualified by its NUCC taxonomy when known", () => {
    expect(claim.careTeam?.[0]?.role).toEqual({ coding: [{ system: CARE_TEAM_ROLE, code: "rendering" }] });
    expect(claim.careTeam?.[0]?.qualification).toBeUndefined();
    const qualified = buildClaim({ ...draft, renderingTaxonomy: "207Q00000X" }, context);
    expect(qualified.careTeam?.[0]?.qualification).toEqual({ coding: [{ system: NUCC_TAXONOMY, code: "207Q00000X" }] });
  });

  it("prices lines as units x unit charge and totals them to the cent", () => {
    const lines = [
      { ...draft.lines[0]!, id: "a", units: 3, unitCharge: 33.333 },
      { ...draft.lines[1]!, id: "b", units: 1, unitCharge: 10.1 },
    ];
    const priced = buildClaim({ ...draft, lines }, context);
    expect(priced.item?.map((i) => i.net?.value)).toEqual([100, 10.1]);
    expect(priced.item?.[0]?.unitPrice).toEqual({ value: 33.33, currency: "USD" });
    expect(priced.total).toEqual({ value: 110.1, currency: "USD" });
  });

  it("drops pointers that point past the diagnoses", () => {
    const lines = [{ ...draft.lines[0]!, diagnosisPointers: [1, 9] }];
    expect(buildClaim({ ...draft, lines }, context).item?.[0]?.diagnosisSequence).toEqual([1]);
  });

  it("uses the encounter period as billablePeriod, else the service dates", () => {
    expect(claim.billablePeriod).toEqual({ start: draft.periodStart, end: draft.periodEnd });
    const lines = [{ ...draft.lines[0]!, serviceDate: "2026-05-23" }, { ...draft.lines[1]!, serviceDate: "2026-05-21" }];
    const noPeriod = { ...draft, lines, periodStart: undefined, periodEnd: undefined };
    expect(buildClaim(noPeriod, context).billablePeriod).toEqual({ start: "2026-05-21", end: "2026-05-23" });
  });

  it("links a correction to the claim it replaces", () => {
    const corrected = buildClaim({ ...draft, replacesClaimRef: "Claim/old-1" }, context);
    expect(corrected.related).toEqual([{
      claim: { reference: "Claim/old-1" },
      relationship: { coding: [{ system: RELATED_CLAIM_RELATIONSHIP, code: "prior" }] },
    }]);
    expect(claim.related).toBeUndefined();
  });
});

describe("checkReadyDraft", () => {
  it("names every missing piece as an OperationOutcome issue", () => {
    const draft = fixtureDraft("office-visit-diabetes.fhir.json");
    const check = checkReadyDraft({ ...draft, coverageRef: undefined, billingProviderRef: undefined, lines: [] });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.outcome.issue.map((i) => i.expression?.[0])).toEqual([
      "ClaimDraft.coverageRef", "ClaimDraft.billingProviderRef", "ClaimDraft.lines",
    ]);
  });

  it("accepts a complete draft", () => {
    expect(checkReadyDraft(fixtureDraft("office-visit-diabetes.fhir.json")).ok).toBe(true);
  });
});
