/**
 * Pins draftFromClaim on hand-built stored Claims: a bare Claim (no patient, parties, period,
 * diagnoses or items) falls back on the base and sets no key it has no value for; every party is
 * read from its own element (rendering = careTeam sequence 1, its NUCC taxonomy, the focal
 * coverage); diagnoses and lines come back in sequence order without reordering the stored Claim;
 * each line's id, procedure, codes, place, charge and date are read with their fallbacks.
 */
import type { Claim, ClaimItem } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { NUCC_TAXONOMY } from "../../../../src/billing/build/build-claim.ts";
import {
  CLAIM_GENERATION_SYSTEM,
  DIAGNOSIS_CONDITION_EXTENSION,
  LINE_ID_EXTENSION,
  LINE_PROCEDURE_EXTENSION,
} from "../../../../src/billing/state/billing-identifiers.ts";
import { draftFromClaim } from "../../../../src/billing/state/draft-from-claim.ts";
import { CPT, ICD10CM, MODIFIER, PLACE_OF_SERVICE } from "../../../../src/coding/systems.ts";

const BASE = { encounterRef: "Encounter/enc-1", patientRef: "Patient/from-chart", periodStart: "2026-11-20", periodEnd: "2026-11-21" };
const asClaim = (value: object): Claim => ({ resourceType: "Claim", status: "draft", ...value }) as unknown as Claim;
const asItem = (value: object): ClaimItem => value as unknown as ClaimItem;

describe("draftFromClaim: parties and version", () => {
  it("a bare Claim keeps the base's patient and period and sets nothing else", () => {
    expect(draftFromClaim(asClaim({}), BASE)).toStrictEqual({
      encounterRef: "Encounter/enc-1", patientRef: "Patient/from-chart", revision: 0, diagnoses: [], lines: [],
      periodStart: "2026-11-20", periodEnd: "2026-11-21",
    });
    expect(draftFromClaim(asClaim({}), { encounterRef: "Encounter/enc-1", patientRef: "Patient/p" })).toStrictEqual({
      encounterRef: "Encounter/enc-1", patientRef: "Patient/p", revision: 0, diagnoses: [], lines: [],
    });
  });

  it("every party from its own element: careTeam sequence 1, its NUCC code, the focal coverage, the claim's period and version", () => {
    const claim = asClaim({
      id: "c-7", meta: { versionId: "4" }, status: "active",
      identifier: [{ system: CLAIM_GENERATION_SYSTEM, value: "enc-1:cov-b:2" }],
      patient: { reference: "Patient/on-claim" },
      careTeam: [
        { sequence: 2, provider: { reference: "Practitioner/assistant" }, qualification: { coding: [{ system: NUCC_TAXONOMY, code: "363A00000X" }] } },
        { sequence: 1, provider: { reference: "Practitioner/rendering" }, qualification: { coding: [{ system: "http://example.org/other", code: "MD" }, { system: NUCC_TAXONOMY, code: "207Q00000X" }] } },
      ],
      provider: { reference: "Organization/billing" },
      insurance: [{ sequence: 1, focal: false, coverage: { reference: "Coverage/cov-a" } }, { sequence: 2, focal: true, coverage: { reference: "Coverage/cov-b" } }],
      insurer: { reference: "Organization/payer" },
      facility: { reference: "Location/clinic" },
      billablePeriod: { start: "2026-10-01", end: "2026-10-02" },
    });
    expect(draftFromClaim(claim, BASE)).toStrictEqual({
      encounterRef: "Encounter/enc-1", patientRef: "Patient/on-claim", revision: 0, diagnoses: [], lines: [],
      renderingProviderRef: "Practitioner/rendering", renderingTaxonomy: "207Q00000X", billingProviderRef: "Organization/billing",
      coverageRef: "Coverage/cov-b", insurerRef: "Organization/payer", locationRef: "Location/clinic",
      periodStart: "2026-10-01", periodEnd: "2026-10-02",
      basedOn: { claimRef: "Claim/c-7", versionId: "4", generation: 2, status: "active" },
    });
  });

  it("no taxonomy without a NUCC coding, no coverage without a focal one, no basis without both id and version", () => {
    const bare = { encounterRef: "Encounter/enc-1", patientRef: "Patient/p", revision: 0, diagnoses: [], lines: [] };
    const withTeam = (qualification: object | undefined) => asClaim({ careTeam: [{ sequence: 1, provider: { reference: "Practitioner/r" }, ...(qualification ? { qualification } : {}) }] });
    const base = { encounterRef: "Encounter/enc-1", patientRef: "Patient/p" };
    for (const qualification of [undefined, { text: "MD" }, { coding: [{ system: "http://example.org/other", code: "MD" }] }]) {
      expect(draftFromClaim(withTeam(qualification), base)).toStrictEqual({ ...bare, renderingProviderRef: "Practitioner/r" });
    }
    expect(draftFromClaim(asClaim({ insurance: [{ sequence: 1, focal: false, coverage: { reference: "Coverage/cov-a" } }] }), base)).toStrictEqual(bare);
    expect(draftFromClaim(asClaim({ id: "c-1" }), base)).toStrictEqual(bare);
    expect(draftFromClaim(asClaim({ id: "c-1", meta: { lastUpdated: "2026-11-26T17:00:00Z" } }), base)).toStrictEqual(bare);
    expect(draftFromClaim(asClaim({ meta: { versionId: "3" } }), base)).toStrictEqual(bare);
  });
});

describe("draftFromClaim: diagnoses", () => {
  it("in sequence order, codes only, with display and Condition when the Claim has them; the stored Claim keeps its order", () => {
    const other = { url: "http://example.org/note", valueString: "x" };
    const condition = (ref: string) => ({ url: DIAGNOSIS_CONDITION_EXTENSION, valueReference: { reference: ref } });
    const claim = asClaim({
      diagnosis: [
        { sequence: 3, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "I10" }] }, extension: [other] },
        { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "E11.9", display: "Diabetes" }] }, extension: [other, condition("Condition/dm")] },
        { sequence: 5, diagnosisReference: { reference: "Condition/by-reference" } },
        { sequence: 2, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "Z00.00" }] } },
        { sequence: 6, diagnosisCodeableConcept: { text: "no coding" } },
        { sequence: 4, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, display: "no code" }] } },
        { sequence: 7, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "R51.9" }] }, extension: [{ url: DIAGNOSIS_CONDITION_EXTENSION, valueString: "not a reference" }] },
      ],
    });
    expect(draftFromClaim(claim, BASE).diagnoses).toStrictEqual([
      { code: "E11.9", display: "Diabetes", conditionRef: "Condition/dm" },
      { code: "Z00.00", display: "" },
      { code: "I10", display: "" },
      { code: "R51.9", display: "" },
    ]);
    expect(claim.diagnosis?.map((d) => d.sequence)).toStrictEqual([3, 1, 5, 2, 6, 4, 7]);
  });
});

describe("draftFromClaim: lines", () => {
  it("every field read with its fallback, in sequence order; the stored Claim keeps its order", () => {
    const lineId = (id: string) => ({ url: LINE_ID_EXTENSION, valueString: id });
    const procedure = (ref: string) => ({ url: LINE_PROCEDURE_EXTENSION, valueReference: { reference: ref } });
    const claim = asClaim({
      diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ code: "E11.9" }] } }, { sequence: 2, diagnosisCodeableConcept: { coding: [{ code: "I10" }] } }],
      item: [
        asItem({
          sequence: 3, extension: [procedure("Procedure/p3"), lineId("line-c")],
          productOrService: { coding: [{ system: CPT, code: "99213", display: "Office visit" }] },
          modifier: [{ coding: [{ system: "http://example.org/local", code: "ZZ" }, { system: MODIFIER, code: "25" }] }, { text: "no coding" }],
          quantity: { value: 2 }, diagnosisSequence: [2, 1],
          locationCodeableConcept: { coding: [{ system: "http://example.org/other", code: "99" }, { system: PLACE_OF_SERVICE, code: "11" }] },
          unitPrice: { value: 100 }, net: { value: 250 }, servicedDate: "2026-11-20",
        }),
        asItem({
          sequence: 1, extension: [lineId("line-a"), procedure("Procedure/p1")],
          productOrService: { text: "no coding" },
          locationCodeableConcept: { coding: [{ system: "http://example.org/other", code: "22" }] },
          net: { value: 300 }, quantity: { value: 3 },
          servicedPeriod: { start: "2026-11-19T09:30:00Z" },
        }),
        asItem({
          sequence: 2, extension: [{ url: LINE_PROCEDURE_EXTENSION, valueString: "not a reference" }],
          productOrService: { coding: [{ system: CPT, code: "36415" }] },
          locationCodeableConcept: { text: "Office" },
          servicedPeriod: { end: "2026-11-21" },
        }),
        asItem({
          sequence: 4, productOrService: { coding: [{ code: "J3420" }] },
          locationCodeableConcept: { coding: [] }, unitPrice: { value: 0 },
        }),
        asItem({ sequence: 5, extension: [{ url: "http://example.org/note", valueString: "x" }], productOrService: { coding: [{ system: CPT, code: "90471" }] } }),
      ],
    });
    expect(draftFromClaim(claim, BASE).lines).toStrictEqual([
      { id: "line-a", system: "", code: "", modifiers: [], units: 3, diagnosisPointers: [], placeOfService: "22", unitCharge: 100, serviceDate: "2026-11-19", procedureRef: "Procedure/p1" },
      { id: "item2", system: CPT, code: "36415", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "", unitCharge: 0, serviceDate: "" },
      { id: "line-c", system: CPT, code: "99213", modifiers: ["25"], units: 2, diagnosisPointers: [2, 1], placeOfService: "11", unitCharge: 100, serviceDate: "2026-11-20", display: "Office visit", procedureRef: "Procedure/p3" },
      { id: "item4", system: "", code: "J3420", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "", unitCharge: 0, serviceDate: "" },
      { id: "item5", system: CPT, code: "90471", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "", unitCharge: 0, serviceDate: "" },
    ]);
    expect(claim.item?.map((i) => i.sequence)).toStrictEqual([3, 1, 2, 4, 5]);
  });

  it("diagnosis sequences become positions in the draft's diagnoses; a pointer at a diagnosis without a code is dropped", () => {
    const claim = asClaim({
      diagnosis: [
        { sequence: 1, diagnosisReference: { reference: "Condition/no-code" } },
        { sequence: 2, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "E11.9" }] } },
        { sequence: 4, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "I10" }] } },
      ],
      item: [asItem({ sequence: 1, productOrService: { coding: [{ system: CPT, code: "99213" }] }, diagnosisSequence: [4, 1, 2, 9] })],
    });
    const back = draftFromClaim(claim, BASE);
    expect(back.diagnoses).toStrictEqual([{ code: "E11.9", display: "" }, { code: "I10", display: "" }]);
    expect(back.lines[0]?.diagnosisPointers).toStrictEqual([2, 1]);
  });

  it("a charge from the net amount is per unit; with no quantity the net is the unit charge", () => {
    const item = (value: object) => asClaim({ item: [asItem({ sequence: 1, productOrService: { coding: [{ system: CPT, code: "99213" }] }, ...value })] });
    expect(draftFromClaim(item({ net: { value: 300 }, quantity: { value: 3 } }), BASE).lines[0]?.unitCharge).toBe(100);
    expect(draftFromClaim(item({ net: { value: 300 } }), BASE).lines[0]?.unitCharge).toBe(300);
    expect(draftFromClaim(item({ net: { value: 300 }, quantity: { value: 0 } }), BASE).lines[0]?.unitCharge).toBe(300);
    expect(draftFromClaim(item({ unitPrice: { value: 80 }, net: { value: 300 }, quantity: { value: 3 } }), BASE).lines[0]?.unitCharge).toBe(80);
  });
});
