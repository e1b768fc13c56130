import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { amountsByKind } from "../../../../src/billing/status/adjudication-amounts.ts";
import { adjudicationLines, claimLevelReasons, isPatientShareOrPricing, isUnpaidLine } from "../../../../src/billing/status/adjudication-lines.ts";
import type { AdjustmentReason, LineAdjudication } from "../../../../src/billing/status/claim-status.ts";
import { explainReasonCode } from "../../../../src/billing/status/explain-reason-code.ts";
import { ADJUDICATION, CARC } from "../../../../src/coding/systems.ts";

const usd = (value: number) => ({ value, currency: "USD" });
const category = (code: string) => ({ coding: [{ system: ADJUDICATION, code }] });
const amount = (code: string, value: number) => ({ category: category(code), amount: usd(value) });

function claimWith(items: Claim["item"]): Claim {
  return { resourceType: "Claim", status: "active", type: {}, use: "claim", patient: {}, created: "2026-11-20", provider: {}, priority: {}, insurance: [], ...(items ? { item: items } : {}) } as Claim;
}

const claimItem = (sequence: number, productOrService: Record<string, unknown>, net?: number) => ({ sequence, productOrService, ...(net === undefined ? {} : { net: usd(net) }) }) as NonNullable<Claim["item"]>[number];

describe("adjudicationLines", () => {
  it("reads an EOB item's sequence, not its position, and nothing that was not sent", () => {
    const eob = { resourceType: "ExplanationOfBenefit", item: [{ sequence: 3, adjudication: [amount("benefit", 0)] }] };
    expect(adjudicationLines(eob)).toStrictEqual([{ sequence: 3, reasons: [], benefit: usd(0) }]);
  });

  it("keeps every amount kind of a line, and the patient's share, with no empty keys", () => {
    const response = {
      item: [
        { itemSequence: 1, adjudication: [amount("submitted", 150), amount("eligible", 120), amount("deductible", 20), amount("copay", 10), amount("coinsurance", 5), amount("benefit", 85), amount("paidtopatient", 7)] },
        { itemSequence: 2, adjudication: [] },
      ],
    };
    expect(adjudicationLines(response)).toStrictEqual([
      { sequence: 1, reasons: [], submitted: usd(150), eligible: usd(120), deductible: usd(20), copay: usd(10), coinsurance: usd(5), benefit: usd(85), paidToPatient: usd(7), patientResponsibility: usd(42) },
      { sequence: 2, reasons: [] },
    ]);
  });

  it("takes the code and charge from the Claim item with the line's sequence", () => {
    const claim = claimWith([claimItem(1, { coding: [{ code: "99213" }] }, 120), claimItem(2, { coding: [{ code: "12002" }] }, 300)]);
    const response = { item: [{ itemSequence: 2, adjudication: [amount("benefit", 0)] }] };
    expect(adjudicationLines(response, claim)).toStrictEqual([{ sequence: 2, reasons: [], code: "12002", submitted: usd(300), benefit: usd(0) }]);
  });

  it("reads a Claim without items, or with an item coded only in text, without failing", () => {
    const response = { item: [{ itemSequence: 1, adjudication: [amount("benefit", 0)] }] };
    expect(adjudicationLines(response, claimWith(undefined))).toStrictEqual([{ sequence: 1, reasons: [], benefit: usd(0) }]);
    expect(adjudicationLines(response, claimWith([claimItem(1, { text: "Office visit" })]))).toStrictEqual([{ sequence: 1, reasons: [], benefit: usd(0) }]);
    expect(adjudicationLines(response, claimWith([claimItem(1, { coding: [] })]))).toStrictEqual([{ sequence: 1, reasons: [], benefit: usd(0) }]);
  });
});

describe("claimLevelReasons", () => {
  it("reads the reasons given for the claim as a whole", () => {
    const response = { adjudication: [{ category: category("benefit"), reason: { coding: [{ system: CARC, code: "CO-29" }] }, amount: usd(0) }, { category: category("submitted"), amount: usd(80) }] };
    expect(claimLevelReasons(response)).toStrictEqual([{ kind: "carc", code: "29", group: "CO", ...explainReasonCode("carc", "29"), amount: usd(0) }]);
  });
});

describe("the benefit among CARIN amounts", () => {
  it("counts an entry coded both benefit and a local code as the benefit, so paidtoprovider is not added to it", () => {
    const both = { category: { coding: [{ system: ADJUDICATION, code: "benefit" }, { system: "http://example.org/local", code: "net" }] }, amount: usd(75) };
    expect(amountsByKind([amount("paidtoprovider", 80), both])).toStrictEqual({ benefit: usd(75) });
  });
});

const reason = (kind: AdjustmentReason["kind"], code: string, group?: AdjustmentReason["group"]): AdjustmentReason => ({ kind, code, explanation: code, ...(group ? { group } : {}) });

describe("isPatientShareOrPricing", () => {
  it("accepts patient-share, pricing CARCs and remarks", () => {
    expect(isPatientShareOrPricing([reason("carc", "1", "PR"), reason("carc", "45", "CO"), reason("carc", "253", "CO"), reason("carc", "42", "CO"), reason("rarc", "N130")])).toBe(true);
  });

  it("refuses a CARC that refuses the service, and a non-CARC code that only looks like a pricing CARC", () => {
    expect(isPatientShareOrPricing([reason("carc", "1", "PR"), reason("carc", "16", "CO")])).toBe(false);
    expect(isPatientShareOrPricing([reason("other", "45")])).toBe(false);
  });
});

describe("isUnpaidLine", () => {
  const line = (fields: Partial<LineAdjudication>): LineAdjudication => ({ sequence: 1, reasons: [], ...fields });

  it("is a billed line with nothing paid: billed by its charge alone, by its allowed amount, or by its reasons", () => {
    expect(isUnpaidLine(line({ submitted: usd(100), benefit: usd(0) }))).toBe(true);
    expect(isUnpaidLine(line({ eligible: usd(100), benefit: usd(0) }))).toBe(true);
    expect(isUnpaidLine(line({ reasons: [reason("carc", "16", "CO")], benefit: usd(0) }))).toBe(true);
  });

  it("is not a line with nothing billed, something paid, or wholly moved to the patient", () => {
    expect(isUnpaidLine(line({ benefit: usd(0) }))).toBe(false);
    expect(isUnpaidLine(line({ submitted: usd(100), benefit: usd(60) }))).toBe(false);
    expect(isUnpaidLine(line({ submitted: usd(100), reasons: [reason("carc", "1", "PR")], patientResponsibility: usd(100), benefit: usd(0) }))).toBe(false);
  });
});
