import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { CPT, HCPCS, HCPCS_OID, ICD10CM, PLACE_OF_SERVICE, SNOMED } from "../../../../src/coding/systems.ts";

// The views every scrub rule reads, field by field: which coding is the code, upper-cased and
// trimmed; each line's date from its own date, its period, the claim's period or the caller's
// today; the first date of service; and the memoised ICD-10-CM look-up on that date.
const NO_INDEX = {} as CodeIndex;
const claim = (fields: Partial<Claim>): Claim => ({
  resourceType: "Claim", status: "draft", type: {}, use: "claim", patient: {}, created: "2026-05-12", provider: {}, priority: {}, insurance: [], ...fields,
});

describe("claim view", () => {
  it("a diagnosis is its ICD-10-CM coding (else its first), trimmed and upper-cased, with its sequence and path", () => {
    const view = viewClaim(claim({
      diagnosis: [
        { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: SNOMED, code: "44054006" }, { system: ICD10CM, code: " e11.9 " }] } },
        { sequence: 7, diagnosisCodeableConcept: { coding: [{ system: SNOMED, code: "38341003" }, { code: "I10" }] } },
        { sequence: 3, diagnosisCodeableConcept: { coding: [{ code: "i10" }] } },
        { sequence: 4, diagnosisCodeableConcept: { text: "hypertension" } },
        { sequence: 5, diagnosisReference: { reference: "Condition/c1" } },
      ],
    }), { index: NO_INDEX });
    expect(view.diagnoses).toStrictEqual([
      { index: 0, sequence: 1, code: "E11.9", path: "Claim.diagnosis[0].diagnosisCodeableConcept" },
      { index: 1, sequence: 7, code: "38341003", path: "Claim.diagnosis[1].diagnosisCodeableConcept" },
      { index: 2, sequence: 3, code: "I10", path: "Claim.diagnosis[2].diagnosisCodeableConcept" },
      { index: 3, sequence: 4, code: "", path: "Claim.diagnosis[3].diagnosisCodeableConcept" },
      { index: 4, sequence: 5, code: "", path: "Claim.diagnosis[4].diagnosisCodeableConcept" },
    ]);
    expect(viewClaim(claim({}), { index: NO_INDEX }).diagnoses).toStrictEqual([]);
    expect(viewClaim(claim({}), { index: NO_INDEX }).lines).toStrictEqual([]);
  });

  it("a line's code is its CPT or HCPCS coding (either HCPCS system), else its first; modifiers and place of service are their first codings", () => {
    const view = viewClaim(claim({
      billablePeriod: { start: "2026-05-12" },
      item: [
        { sequence: 1, productOrService: { coding: [{ system: SNOMED, code: "1" }, { system: CPT, code: " 99213 " }] }, modifier: [{ coding: [{ code: "25" }, { code: "59" }] }, { coding: [{ code: " rt" }] }], locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: "11" }, { code: "22" }] }, quantity: { value: 2 }, unitPrice: { value: 75.5 }, net: { value: 151 }, diagnosisSequence: [2, 1], servicedDate: "2026-05-10" },
        { sequence: 2, productOrService: { coding: [{ system: SNOMED, code: "2" }, { system: HCPCS, code: "g2211" }] } },
        { sequence: 3, productOrService: { coding: [{ system: SNOMED, code: "3" }, { system: HCPCS_OID, code: "J3301" }] } },
        { sequence: 4, productOrService: { coding: [{ system: SNOMED, code: "4" }, { code: "36415" }] }, modifier: [{ text: "no coding" }] },
        { sequence: 5, productOrService: { text: "no coding" } },
      ],
    }), { index: NO_INDEX });
    expect(view.lines).toStrictEqual([
      { index: 0, code: "99213", modifiers: ["25", "RT"], quantity: 2, unitPrice: 75.5, net: 151, date: "2026-05-10", pointers: [2, 1], placeOfService: "11", path: "Claim.item[0]" },
      { index: 1, code: "G2211", modifiers: [], quantity: undefined, unitPrice: undefined, net: undefined, date: "2026-05-12", pointers: [], placeOfService: "", path: "Claim.item[1]" },
      { index: 2, code: "J3301", modifiers: [], quantity: undefined, unitPrice: undefined, net: undefined, date: "2026-05-12", pointers: [], placeOfService: "", path: "Claim.item[2]" },
      { index: 3, code: "4", modifiers: [""], quantity: undefined, unitPrice: undefined, net: undefined, date: "2026-05-12", pointers: [], placeOfService: "", path: "Claim.item[3]" },
      { index: 4, code: "", modifiers: [], quantity: undefined, unitPrice: undefined, net: undefined, date: "2026-05-12", pointers: [], placeOfService: "", path: "Claim.item[4]" },
    ]);
  });

  it("a line's date: its own (time cut off), its period's start, the claim's period, the caller's today, else none", () => {
    const item = (fields: object) => ({ sequence: 1, productOrService: { coding: [{ system: CPT, code: "99213" }] }, ...fields });
    const dates = (fields: Partial<Claim>, today?: string) => viewClaim(claim(fields), { index: NO_INDEX, ...(today ? { today } : {}) }).lines.map((line) => line.date);
    const items = [item({ servicedDate: "2026-05-10T08:00:00Z" }), item({ servicedPeriod: { start: "2026-05-09T23:00:00-05:00", end: "2026-05-11" } }), item({})];
    expect(dates({ item: items, billablePeriod: { start: "2026-05-08T10:00:00Z" } }, "2026-06-01")).toStrictEqual(["2026-05-10", "2026-05-09", "2026-05-08"]);
    expect(dates({ item: items }, "2026-06-01T12:00:00Z")).toStrictEqual(["2026-05-10", "2026-05-09", "2026-06-01"]);
    expect(dates({ item: items })).toStrictEqual(["2026-05-10", "2026-05-09", ""]);
  });

  it("the first date of service is the earliest line date, else the claim's period or today, else none", () => {
    const item = (servicedDate?: string) => ({ sequence: 1, productOrService: { coding: [{ system: CPT, code: "99213" }] }, ...(servicedDate ? { servicedDate } : {}) });
    expect(viewClaim(claim({ item: [item("2026-05-11"), item("2026-05-03"), item("2026-05-07")] }), { index: NO_INDEX }).firstDate).toBe("2026-05-03");
    expect(viewClaim(claim({ item: [item(), item("2026-05-07")] }), { index: NO_INDEX }).firstDate).toBe("2026-05-07");
    expect(viewClaim(claim({ billablePeriod: { start: "2026-04-30T09:15:00-05:00" } }), { index: NO_INDEX }).firstDate).toBe("2026-04-30");
    expect(viewClaim(claim({}), { index: NO_INDEX, today: "2026-06-01T23:59:00Z" }).firstDate).toBe("2026-06-01");
    expect(viewClaim(claim({ item: [item()] }), { index: NO_INDEX }).firstDate).toBe("");
  });

  it("looks an ICD-10-CM code up once, on the first date of service (no date when there is none)", () => {
    const calls: [string, string, string | undefined][] = [];
    const entry = { code: "E11.9" } as CodeEntry;
    const index = { search: () => [], lookup: (system, code, date) => { calls.push([system, code, date]); return code === "E11.9" ? entry : undefined; } } as CodeIndex;
    const dated = viewClaim(claim({ item: [{ sequence: 1, productOrService: { coding: [{ system: CPT, code: "99213" }] }, servicedDate: "2026-05-12" }] }), { index });
    expect(dated.icd("E11.9")).toBe(entry);
    expect(dated.icd("E11.9")).toBe(entry);
    expect(dated.icd("ZZZ")).toBeUndefined();
    expect(dated.icd("ZZZ")).toBeUndefined();
    expect(calls).toStrictEqual([[ICD10CM, "E11.9", "2026-05-12"], [ICD10CM, "ZZZ", "2026-05-12"]]);
    calls.length = 0;
    viewClaim(claim({}), { index }).icd("E11.9");
    expect(calls).toStrictEqual([[ICD10CM, "E11.9", undefined]]);
  });
});
