import { describe, expect, it } from "vitest";
import { addAmounts, amountKindOf, amountOf, amountsByKind, patientShare } from "../../../../src/billing/status/adjudication-amounts.ts";
import { codingsOf, isJsonObject, numberAt, objectAt, objectsAt, stringAt } from "../../../../src/billing/status/json-shape.ts";
import { describePatientOwed, explainReasonCode, isFinalStatus, pollDelayMs, type ClaimStatus } from "../../../../src/billing/status/index.ts";

const usd = (value: number) => ({ value, currency: "USD" });
const adjudication = (code: string, value?: number, currency?: string) => ({
  category: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code }] },
  ...(value === undefined ? {} : { amount: { value, ...(currency ? { currency } : {}) } }),
});

describe("reading payer JSON defensively", () => {
  it("tells objects from arrays, null and scalars", () => {
    expect(isJsonObject({})).toBe(true);
    expect([null, [], "x", 1, undefined].map(isJsonObject)).toEqual([false, false, false, false, false]);
  });

  it("returns a value only of the expected shape", () => {
    const value = { o: { a: 1 }, arr: [{ a: 1 }, 2, null, [], { b: 2 }], s: "text", empty: "", n: 4.5, inf: Number.POSITIVE_INFINITY, nan: Number.NaN, ns: "4" };
    expect(objectAt(value, "o")).toEqual({ a: 1 });
    expect(objectAt(value, "arr")).toBeUndefined();
    expect(objectAt("x", "o")).toBeUndefined();
    expect(objectsAt(value, "arr")).toEqual([{ a: 1 }, { b: 2 }]);
    expect(objectsAt(value, "o")).toEqual([]);
    expect(objectsAt(null, "arr")).toEqual([]);
    expect(stringAt(value, "s")).toBe("text");
    expect(stringAt(value, "empty")).toBeUndefined();
    expect(stringAt(value, "n")).toBeUndefined();
    expect(stringAt([], "s")).toBeUndefined();
    expect(numberAt(value, "n")).toBe(4.5);
    expect(numberAt(value, "inf")).toBeUndefined();
    expect(numberAt(value, "nan")).toBeUndefined();
    expect(numberAt(value, "ns")).toBeUndefined();
    expect(numberAt(undefined, "n")).toBeUndefined();
  });

  it("keeps only codings with a code, with their system and display", () => {
    const concept = { coding: [{ system: "s", code: "a", display: "A" }, { system: "s" }, { code: "" }, { code: "b" }, "c"] };
    expect(codingsOf(concept)).toEqual([{ system: "s", code: "a", display: "A" }, { system: undefined, code: "b", display: undefined }]);
    expect(codingsOf({ coding: "a" })).toEqual([]);
  });
});

describe("adjudication amounts", () => {
  it("knows each category by meaning, using the first known coding", () => {
    const kinds = ["submitted", "eligible", "deductible", "copay", "coinsurance", "benefit", "paidtoprovider", "paidtopatient", "paidbypatient", "paidbypatientcash", "paidbypatientother", "memberliability", "noncovered"].map((code) => amountKindOf(adjudication(code)));
    expect(kinds).toEqual(["submitted", "eligible", "deductible", "copay", "coinsurance", "benefit", "benefit", "paidToPatient", "paidByPatient", "paidByPatient", "paidByPatient", "patient", "noncovered"]);
    expect(amountKindOf({ category: { coding: [{ code: "tax" }, { code: "copay" }] } })).toBe("copay");
    expect(amountKindOf(adjudication("tax"))).toBeUndefined();
    expect(amountKindOf({})).toBeUndefined();
  });

  it("reads an amount in USD unless another currency is given", () => {
    expect(amountOf({ value: 12.5 })).toEqual(usd(12.5));
    expect(amountOf({ value: 0, currency: "CAD" })).toEqual({ value: 0, currency: "CAD" });
    expect(amountOf({ value: "12" })).toBeUndefined();
    expect(amountOf(undefined)).toBeUndefined();
  });

  it("adds to the cent, keeping the first currency", () => {
    expect(addAmounts(usd(0.1), usd(0.2))).toEqual(usd(0.3));
    expect(addAmounts({ value: 1.005, currency: "CAD" }, usd(1))).toEqual({ value: 2.01, currency: "CAD" });
    expect(addAmounts(undefined, usd(1))).toEqual(usd(1));
    expect(addAmounts(usd(2), undefined)).toEqual(usd(2));
    expect(addAmounts(undefined, undefined)).toBeUndefined();
  });

  it("sums per kind, skipping uncategorised or unvalued entries", () => {
    const sums = amountsByKind([adjudication("copay", 10), adjudication("copay", 15.25), adjudication("tax", 3), adjudication("deductible"), adjudication("submitted", 200)]);
    expect(sums).toEqual({ copay: usd(25.25), submitted: usd(200) });
  });

  it("counts paidtoprovider as the benefit unless a benefit is also sent, then the benefit wins", () => {
    expect(amountsByKind([adjudication("paidtoprovider", 80)])).toEqual({ benefit: usd(80) });
    expect(amountsByKind([adjudication("paidtoprovider", 80), adjudication("benefit", 75)])).toEqual({ benefit: usd(75) });
    expect(amountsByKind([adjudication("benefit", 75), adjudication("paidtoprovider", 80), adjudication("benefit", 5)])).toEqual({ benefit: usd(80) });
  });

  it("takes the patient's share as stated, else deductible + copay + coinsurance, plus what was paid to the patient", () => {
    expect(patientShare({ patient: usd(40), deductible: usd(100) })).toEqual(usd(40));
    expect(patientShare({ deductible: usd(100), copay: usd(20), coinsurance: usd(5.5) })).toEqual(usd(125.5));
    expect(patientShare({ copay: usd(20), paidToPatient: usd(60) })).toEqual(usd(80));
    expect(patientShare({ patient: usd(10), paidToPatient: usd(60) })).toEqual(usd(70));
    expect(patientShare({ benefit: usd(90) })).toBeUndefined();
  });
});

describe("describePatientOwed", () => {
  it("names a single part that is the whole amount", () => {
    expect(describePatientOwed({ total: usd(120), deductible: usd(120) })).toBe("Applied to deductible: patient owes $120.00");
    expect(describePatientOwed({ total: usd(25), copay: usd(25) })).toBe("Copay: patient owes $25.00");
    expect(describePatientOwed({ total: usd(18.4), coinsurance: usd(18.4) })).toBe("Coinsurance: patient owes $18.40");
  });

  it("lists the parts when they are not the whole, and shows a currency other than USD", () => {
    expect(describePatientOwed({ total: usd(50), copay: usd(20) })).toBe("Patient responsibility: patient owes $50.00 (copay $20.00)");
    expect(describePatientOwed({ total: usd(45), deductible: usd(20), coinsurance: usd(25) })).toBe("Patient responsibility: patient owes $45.00 (deductible $20.00, coinsurance $25.00)");
    expect(describePatientOwed({ total: { value: 30, currency: "CAD" } })).toBe("Patient responsibility: patient owes $30.00 CAD");
  });

  it("says to collect from the patient what the payer paid the patient", () => {
    expect(describePatientOwed({ total: usd(60), copay: usd(60), paidToPatient: usd(60) })).toBe("Paid to the patient: collect $60.00 from the patient");
  });
});

describe("explainReasonCode", () => {
  it("shows an unknown code as the code itself, by kind", () => {
    expect(explainReasonCode("carc", "ZZ9")).toEqual({ explanation: "Adjustment reason ZZ9" });
    expect(explainReasonCode("rarc", "ZZ9")).toEqual({ explanation: "Remark ZZ9" });
    expect(explainReasonCode("carc", "toString")).toEqual({ explanation: "Adjustment reason toString" });
  });

  it("looks a code up only in its own table", () => {
    const carc = explainReasonCode("carc", "45");
    expect(carc.explanation).not.toBe("Adjustment reason 45");
    expect(explainReasonCode("rarc", "45")).toEqual({ explanation: "Remark 45" });
    const rarc = explainReasonCode("rarc", "N130");
    expect(rarc.explanation).not.toBe("Remark N130");
    expect(explainReasonCode("carc", "N130")).toEqual({ explanation: "Adjustment reason N130" });
  });
});

describe("claim status polling", () => {
  it("polls on only while the payer may still change its answer", () => {
    const kinds = ["queued", "in-process", "paid", "partially-paid", "denied", "patient-responsibility", "authorized", "partially-authorized", "error", "invalid"];
    const final = kinds.map((kind) => isFinalStatus({ kind } as ClaimStatus));
    expect(final).toEqual([false, false, true, true, true, true, true, true, true, true]);
  });

  it("doubles the delay from 2 s, capped at a minute", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => pollDelayMs(n))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });

  it("takes its own start and cap, and treats odd attempt numbers sanely", () => {
    expect(pollDelayMs(3, { initialMs: 100, maxMs: 10_000 })).toBe(800);
    expect(pollDelayMs(10, { initialMs: 100, maxMs: 10_000 })).toBe(10_000);
    expect(pollDelayMs(-4, { initialMs: 100 })).toBe(100);
    expect(pollDelayMs(2.9, { initialMs: 100 })).toBe(400);
    expect(pollDelayMs(1000, { initialMs: 1, maxMs: Number.MAX_SAFE_INTEGER })).toBe(2 ** 30);
  });
});
