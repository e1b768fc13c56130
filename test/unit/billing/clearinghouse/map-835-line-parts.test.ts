/**
 * Pins map-835-line's parts: a CARC reason without remarks, an adjustment entry without remarks,
 * a patient-responsibility CARC other than deductible / coinsurance / copay (member liability),
 * and a line with remark codes but no CAS (a noncovered entry of 0 that carries the RARCs).
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
});
