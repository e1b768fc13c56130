/**
 * Pins map-835-line's parts: a CARC reason without remarks, an adjustment entry without remarks,
 * a patient-responsibility CARC other than deductible / coinsurance / copay (member liability),
 * and a line with remark codes but no CAS (a noncovered entry of 0 that carries the RARCs);
 * REF*6R as the item sequence only when all digits, the eligible amount computed without AMT*B6
 * (charge less the non-PR CAS) or taken from it, and remark codes on the first CAS only.
 */
import { describe, expect, it } from "vitest";
import { adjustmentEntry, carcReason, remitLineToItem } from "../../../../src/billing/clearinghouse/map-835-line.ts";

const CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
const RARC = "https://x12.org/codes/remittance-advice-remark-codes";
const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
const GROUP = "https://smart-coding-billing.example/StructureDefinition/carc-group-code";

describe("map-835-line parts", () => {
  it("writes a CARC reason with its group and no remark codes when none are given", () => {
    expect(carcReason({ group: "CO", reason: "45", amountCents: 1000 })).toStrictEqual({
      coding: [{ extension: [{ url: GROUP, valueCode: "CO" }], system: CARC, code: "45" }], text: "CO-45",
    });
  });

  it("writes any other patient-responsibility CARC as member liability, without remarks by default", () => {
    expect(adjustmentEntry({ group: "PR", reason: "100", amountCents: 2550 })).toStrictEqual({
      category: { coding: [{ system: CARIN, code: "memberliability" }] },
      reason: { coding: [{ extension: [{ url: GROUP, valueCode: "PR" }], system: CARC, code: "100" }], text: "PR-100" },
      amount: { value: 25.5, currency: "USD" },
    });
  });

  it("gives a line with remark codes but no CAS a noncovered entry of 0 carrying the RARCs", () => {
    const line = { qualifier: "HC", code: "99213", modifiers: [], chargeCents: 10000, paidCents: 10000, units: 1, adjustments: [], remarks: ["N130", "M15"] };
    expect(remitLineToItem(line, 2)).toStrictEqual({
      itemSequence: 3,
      adjudication: [
        { category: { coding: [{ system: ADJUDICATION, code: "submitted" }] }, amount: { value: 100, currency: "USD" } },
        { category: { coding: [{ system: ADJUDICATION, code: "eligible" }] }, amount: { value: 100, currency: "USD" } },
        { category: { coding: [{ system: CARIN, code: "noncovered" }] }, reason: { coding: [{ system: RARC, code: "N130" }, { system: RARC, code: "M15" }] }, amount: { value: 0, currency: "USD" } },
        { category: { coding: [{ system: ADJUDICATION, code: "benefit" }] }, amount: { value: 100, currency: "USD" } },
      ],
    });
  });

  it("maps lines: REF*6R sequence when all digits, eligible from CAS or AMT*B6, PR shares, remarks on the first CAS only", () => {
    const usd = (value: number) => ({ value, currency: "USD" });
    const cat = (system: string, code: string) => ({ coding: [{ system, code }] });
    const carc = (group: string, code: string) => ({ extension: [{ url: GROUP, valueCode: group }], system: CARC, code });
    const base = { qualifier: "HC", code: "99213", modifiers: [], units: 1 };
    const a = { ...base, lineControlNumber: "7", chargeCents: 10000, paidCents: 6000, remarks: ["N130", "M15"],
      adjustments: [{ group: "CO", reason: "45", amountCents: 1500 }, { group: "PR", reason: "1", amountCents: 2000 }, { group: "OA", reason: "2", amountCents: 500 }] };
    const b = { ...base, lineControlNumber: "12", allowedCents: 8000, chargeCents: 10000, paidCents: 7000, remarks: [],
      adjustments: [{ group: "CO", reason: "45", amountCents: 1000 }, { group: "PR", reason: "2", amountCents: 1000 }] };
    const c = { ...base, lineControlNumber: "A7", chargeCents: 5000, paidCents: 5000, remarks: [], adjustments: [] };
    const d = { ...base, lineControlNumber: "7A", chargeCents: 5000, paidCents: 5000, remarks: [], adjustments: [] };
    const plain = (itemSequence: number) => ({ itemSequence, adjudication: [
      { category: cat(ADJUDICATION, "submitted"), amount: usd(50) }, { category: cat(ADJUDICATION, "eligible"), amount: usd(50) },
      { category: cat(ADJUDICATION, "benefit"), amount: usd(50) }] });
    expect([remitLineToItem(a, 0), remitLineToItem(b, 4), remitLineToItem(c, 1), remitLineToItem(d, 2)]).toStrictEqual([
      { itemSequence: 7, adjudication: [
        { category: cat(ADJUDICATION, "submitted"), amount: usd(100) },
        { category: cat(ADJUDICATION, "eligible"), amount: usd(80) },
        { category: cat(CARIN, "noncovered"), reason: { coding: [carc("CO", "45"), { system: RARC, code: "N130" }, { system: RARC, code: "M15" }], text: "CO-45" }, amount: usd(15) },
        { category: cat(ADJUDICATION, "deductible"), reason: { coding: [carc("PR", "1")], text: "PR-1" }, amount: usd(20) },
        { category: cat(CARIN, "noncovered"), reason: { coding: [carc("OA", "2")], text: "OA-2" }, amount: usd(5) },
        { category: cat(ADJUDICATION, "benefit"), amount: usd(60) },
      ] },
      { itemSequence: 12, adjudication: [
        { category: cat(ADJUDICATION, "submitted"), amount: usd(100) },
        { category: cat(ADJUDICATION, "eligible"), amount: usd(80) },
        { category: cat(CARIN, "noncovered"), reason: { coding: [carc("CO", "45")], text: "CO-45" }, amount: usd(10) },
        { category: cat(CARIN, "coinsurance"), reason: { coding: [carc("PR", "2")], text: "PR-2" }, amount: usd(10) },
        { category: cat(ADJUDICATION, "benefit"), amount: usd(70) },
      ] },
      plain(2),
      plain(3),
    ]);
  });
});
