// Pins how another payer's adjudication becomes 2430 data: the paid amount (benefit only), a CAS
// per CARC reason (group from the code, else PR for patient shares, else CO; amounts on
// submitted/eligible/benefit entries do not count), PR-1/2/3 for patient shares stated without a
// reason, amount-less reasons filling what the charge leaves unexplained, RARC ignored, and the
// exact findings for an item that matches no line or a line that does not balance.
import type { OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { X12ServiceLine } from "../../../../src/billing/x12/claim-837-model.ts";
import { adjustmentsOf, readLineAdjudications } from "../../../../src/billing/x12/read-other-payer-lines.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import type { JsonObject } from "../../../../src/billing/status/json-shape.ts";
import { CARC, RARC } from "../../../../src/coding/systems.ts";

const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const C4BB_ADJUDICATION = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication";
const AT = "Claim.insurance[0].claimResponse";

/** One adjudication entry: a category, an amount (or none), CARC or RARC reason codings. */
function adjudication(category: string, value: number | undefined, ...reasons: { system: string; code: string }[]): JsonObject {
  return {
    category: { coding: [{ system: ADJUDICATION, code: category }] },
    ...(value === undefined ? {} : { amount: { value, currency: "USD" } }),
    ...(reasons.length ? { reason: { coding: reasons } } : {}),
  };
}
const carc = (code: string) => ({ system: CARC, code });
const rarc = (code: string) => ({ system: RARC, code });

function line(chargeCents: number): X12ServiceLine {
  return { code: "99213", modifiers: [], chargeCents, units: 1, pointers: [1], serviceDate: "20261120" };
}

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function invalidData(text: string): OperationOutcomeIssue {
  return { severity: "error", code: "value", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-invalid-data" }], text }, expression: [AT] };
}

describe("adjustmentsOf", () => {
  it("pays the benefit and turns CARC reasons with an amount into CAS, in order", () => {
    const result = adjustmentsOf([
      adjudication("submitted", 150), adjudication("eligible", 110), adjudication("noncovered", 40, carc("CO-45")),
      adjudication("deductible", 20, carc("PR-1")), adjudication("benefit", 90),
    ]);
    expect(result).toStrictEqual({ paidCents: 9000, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }, { group: "PR", reason: "1", amountCents: 2000 }], open: [] });
  });

  it("counts a benefit that is the only entry", () => {
    expect(adjustmentsOf([adjudication("benefit", 90)])).toStrictEqual({ paidCents: 9000, adjustments: [], open: [] });
  });

  it("counts the payment once when a CARIN entry states it as both benefit and paidtoprovider, and paidtoprovider alone as paid", () => {
    const paidToProvider: JsonObject = { category: { coding: [{ system: C4BB_ADJUDICATION, code: "paidtoprovider" }] }, amount: { value: 90, currency: "USD" } };
    expect(adjustmentsOf([adjudication("benefit", 90), paidToProvider])).toStrictEqual({ paidCents: 9000, adjustments: [], open: [] });
    expect(adjustmentsOf([paidToProvider, adjudication("benefit", 90)])).toStrictEqual({ paidCents: 9000, adjustments: [], open: [] });
    expect(adjustmentsOf([paidToProvider, adjudication("copay", 15)])).toStrictEqual({ paidCents: 9000, adjustments: [{ group: "PR", reason: "3", amountCents: 1500 }], open: [] });
    const bothCodings: JsonObject = { category: { coding: [{ system: C4BB_ADJUDICATION, code: "paidtoprovider" }, { system: ADJUDICATION, code: "benefit" }] }, amount: { value: 90, currency: "USD" } };
    expect(adjustmentsOf([bothCodings, paidToProvider])).toStrictEqual({ paidCents: 9000, adjustments: [], open: [] });
  });

  it("keeps a reason without an amount open, with 0 cents", () => {
    expect(adjustmentsOf([adjudication("eligible", undefined, carc("CO-50"))])).toStrictEqual({ paidCents: 0, adjustments: [], open: [{ group: "CO", reason: "50", amountCents: 0 }] });
  });

  it("reads CARC reasons only: a RARC beside them adds no CAS", () => {
    const result = adjustmentsOf([adjudication("noncovered", 40, carc("CO-45"), rarc("N130"))]);
    expect(result).toStrictEqual({ paidCents: 0, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }], open: [] });
  });

  it("takes the group from the code, and CO for a bare code on an amount that is not the patient's", () => {
    const result = adjustmentsOf([adjudication("noncovered", 40, carc("45")), adjudication("noncovered", 12.5, carc("OA-23"))]);
    expect(result).toStrictEqual({ paidCents: 0, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }, { group: "OA", reason: "23", amountCents: 1250 }], open: [] });
  });

  it("leaves reasons on submitted, eligible and benefit amounts open: those amounts are not adjustments", () => {
    const result = adjustmentsOf([adjudication("submitted", 150, carc("CO-16")), adjudication("eligible", 110, carc("CO-45")), adjudication("benefit", 90, carc("CO-253"))]);
    expect(result).toStrictEqual({
      paidCents: 9000,
      adjustments: [],
      open: [{ group: "CO", reason: "16", amountCents: 0 }, { group: "CO", reason: "45", amountCents: 0 }, { group: "CO", reason: "253", amountCents: 0 }],
    });
  });

  it("states patient shares without a reason as PR-1 (deductible), PR-2 (coinsurance), PR-3 (copay)", () => {
    const result = adjustmentsOf([adjudication("deductible", 20), adjudication("coinsurance", 8), adjudication("copay", 15)]);
    expect(result).toStrictEqual({
      paidCents: 0,
      adjustments: [{ group: "PR", reason: "1", amountCents: 2000 }, { group: "PR", reason: "2", amountCents: 800 }, { group: "PR", reason: "3", amountCents: 1500 }],
      open: [],
    });
  });

  it("does not add a PR adjustment beside a patient share's own CARC, nor for a zero share", () => {
    const withReason = adjustmentsOf([adjudication("copay", 15, carc("PR-3"))]);
    expect(withReason).toStrictEqual({ paidCents: 0, adjustments: [{ group: "PR", reason: "3", amountCents: 1500 }], open: [] });
    expect(adjustmentsOf([adjudication("deductible", 0), adjudication("copay", 0), adjudication("coinsurance", 0)])).toStrictEqual({ paidCents: 0, adjustments: [], open: [] });
  });
});

describe("readLineAdjudications", () => {
  it("gives each matched line its paid amount and CAS; an open reason takes what is left (itemSequence or sequence)", () => {
    const ctx = context();
    const response = {
      item: [
        { itemSequence: 1, adjudication: [adjudication("submitted", 150), adjudication("eligible", 110), adjudication("noncovered", 40, carc("CO-45")), adjudication("deductible", 20, carc("PR-1")), adjudication("benefit", 90)] },
        { sequence: 2, adjudication: [adjudication("submitted", 25.5), adjudication("eligible", 0, carc("CO-50")), adjudication("benefit", 0)] },
      ],
    };
    const result = readLineAdjudications(ctx, response, [line(15000), line(2550)], "20261203", AT);
    expect(result).toStrictEqual([
      { lineIndex: 0, paidCents: 9000, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }, { group: "PR", reason: "1", amountCents: 2000 }], date: "20261203" },
      { lineIndex: 1, paidCents: 0, adjustments: [{ group: "CO", reason: "50", amountCents: 2550 }], date: "20261203" },
    ]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("balances a CARIN line that states its payment as both benefit and paidtoprovider", () => {
    const ctx = context();
    const paidToProvider: JsonObject = { category: { coding: [{ system: C4BB_ADJUDICATION, code: "paidtoprovider" }] }, amount: { value: 90, currency: "USD" } };
    const response = { item: [{ itemSequence: 1, adjudication: [adjudication("submitted", 150), adjudication("noncovered", 40, carc("CO-45")), adjudication("deductible", 20, carc("PR-1")), adjudication("benefit", 90), paidToProvider] }] };
    expect(readLineAdjudications(ctx, response, [line(15000)], "20261203", AT)).toStrictEqual([
      { lineIndex: 0, paidCents: 9000, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }, { group: "PR", reason: "1", amountCents: 2000 }], date: "20261203" },
    ]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("adds no open reason to a line that already balances", () => {
    const ctx = context();
    const response = { item: [{ itemSequence: 2, adjudication: [adjudication("eligible", 100, carc("CO-45")), adjudication("benefit", 100)] }] };
    const result = readLineAdjudications(ctx, response, [line(5000), line(10000)], "20261203", AT);
    expect(result).toStrictEqual([{ lineIndex: 1, paidCents: 10000, adjustments: [], date: "20261203" }]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("refuses a line whose adjudication does not balance, naming charge, paid and what is left", () => {
    const ctx = context();
    const response = { item: [{ itemSequence: 1, adjudication: [adjudication("eligible", 0, carc("CO-50")), adjudication("benefit", 120.5)] }] };
    expect(readLineAdjudications(ctx, response, [line(10025)], "20261203", AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([invalidData(`${AT}: line 1's adjudication does not balance: charge 100.25, paid 120.5, adjustments leave -20.25 unexplained.`)]);
  });

  it("refuses a line left short with no open reason to explain it", () => {
    const ctx = context();
    const response = { item: [{ itemSequence: 1, adjudication: [adjudication("noncovered", 10, carc("CO-45")), adjudication("benefit", 60)] }] };
    expect(readLineAdjudications(ctx, response, [line(8000)], "20261203", AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([invalidData(`${AT}: line 1's adjudication does not balance: charge 80, paid 60, adjustments leave 10 unexplained.`)]);
  });

  it("refuses items that match no service line, by sequence or for want of one", () => {
    const ctx = context();
    const response = {
      item: [
        { itemSequence: 3, adjudication: [adjudication("benefit", 10)] },
        { adjudication: [adjudication("benefit", 10)] },
        { itemSequence: 1, adjudication: [adjudication("benefit", 50)] },
      ],
    };
    expect(readLineAdjudications(ctx, response, [line(5000), line(2000)], "20261203", AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      invalidData(`${AT}: an adjudicated item (sequence 3) matches no service line of this claim.`),
      invalidData(`${AT}: an adjudicated item (sequence none) matches no service line of this claim.`),
    ]);
  });

  it("reads a response without items as no line adjudication", () => {
    const ctx = context();
    expect(readLineAdjudications(ctx, {}, [line(5000)], "20261203", AT)).toStrictEqual([]);
    expect(ctx.issues).toStrictEqual([]);
  });
});
