// Pins the 2320/2330 loops of the payers ahead of this one and their 2430 line adjudications:
// CAS pairs separated by an empty quantity, AMT*EAF only when the patient owes something, no
// N3/N4 without an address, no 2430 loop for a line a payer did not adjudicate.
import { describe, expect, it } from "vitest";
import type { X12OtherPayer, X12ServiceLine } from "../../../../src/billing/x12/claim-837-model.ts";
import { segment, writeSegment } from "../../../../src/billing/x12/segment.ts";
import { cas, writeLineAdjudicationLoops, writeOtherPayerLoops } from "../../../../src/billing/x12/write-other-payer-loops.ts";

const primary: X12OtherPayer = {
  responsibility: "P",
  relationship: "18",
  filingIndicator: "CI",
  adjustments: [{ group: "CO", reason: "45", amountCents: 2500 }],
  paidCents: 8000,
  patientResponsibilityCents: 0,
  subscriber: { name: { kind: "person", last: "Doe", first: "Jane" }, memberId: "M1" },
  payer: { name: "Acme Health", payerId: "ACME1" },
  date: "20261201",
  lines: [{ lineIndex: 1, paidCents: 8000, adjustments: [{ group: "CO", reason: "45", amountCents: 2500 }], date: "20261202" }],
};

const line: X12ServiceLine = { code: "99213", modifiers: [], chargeCents: 10500, units: 1, pointers: [1], serviceDate: "20261120" };

describe("CAS", () => {
  it("separates the reason/amount pairs of one group by an empty quantity", () => {
    const written = cas([
      { group: "PR", reason: "1", amountCents: 2000 },
      { group: "CO", reason: "45", amountCents: 500 },
      { group: "PR", reason: "2", amountCents: 350 },
    ]);
    expect(written).toStrictEqual([segment("CAS", "PR", "1", "20", "", "2", "3.5"), segment("CAS", "CO", "45", "5")]);
    expect(written.map(writeSegment)).toStrictEqual(["CAS*PR*1*20**2*3.5~", "CAS*CO*45*5~"]);
  });
});

describe("CAS with more than six reasons in a group", () => {
  const co = (n: number) => Array.from({ length: n }, (_, i) => ({ group: "CO" as const, reason: String(i + 1), amountCents: (i + 1) * 100 }));
  it("six reasons fill one CAS; a seventh starts a second CAS of the same group", () => {
    expect(cas(co(6)).map(writeSegment)).toStrictEqual(["CAS*CO*1*1**2*2**3*3**4*4**5*5**6*6~"]);
    expect(cas(co(7)).map(writeSegment)).toStrictEqual(["CAS*CO*1*1**2*2**3*3**4*4**5*5**6*6~", "CAS*CO*7*7~"]);
    expect(cas(co(12)).map(writeSegment)).toStrictEqual(["CAS*CO*1*1**2*2**3*3**4*4**5*5**6*6~", "CAS*CO*7*7**8*8**9*9**10*10**11*11**12*12~"]);
    expect(cas([])).toStrictEqual([]);
  });
});

describe("2320 other payer loops", () => {
  it("writes one payer with nothing owed by the patient and no subscriber address", () => {
    expect(writeOtherPayerLoops([primary])).toStrictEqual([
      segment("SBR", "P", "18", "", "", "", "", "", "", "CI"),
      segment("CAS", "CO", "45", "25"),
      segment("AMT", "D", "80"),
      segment("OI", "", "", "Y", "", "", "Y"),
      segment("NM1", "IL", "1", "Doe", "Jane", "", "", "", "MI", "M1"),
      segment("NM1", "PR", "2", "Acme Health", "", "", "", "", "PI", "ACME1"),
      segment("DTP", "573", "D8", "20261201"),
    ]);
  });

  it("writes each payer in turn, with AMT*EAF and the subscriber's address when given", () => {
    const second: X12OtherPayer = {
      ...primary,
      responsibility: "S",
      groupNumber: "G7",
      adjustments: [],
      paidCents: 1000,
      patientResponsibilityCents: 1500,
      subscriber: { ...primary.subscriber, address: { line1: "1 Main St", city: "Dover", state: "DE", postalCode: "19901" } },
      payer: { name: "Second Mutual", payerId: "SM2" },
    };
    expect(writeOtherPayerLoops([primary, second]).slice(7)).toStrictEqual([
      segment("SBR", "S", "18", "G7", "", "", "", "", "", "CI"),
      segment("AMT", "D", "10"),
      segment("AMT", "EAF", "15"),
      segment("OI", "", "", "Y", "", "", "Y"),
      segment("NM1", "IL", "1", "Doe", "Jane", "", "", "", "MI", "M1"),
      segment("N3", "1 Main St", ""),
      segment("N4", "Dover", "DE", "19901"),
      segment("NM1", "PR", "2", "Second Mutual", "", "", "", "", "PI", "SM2"),
      segment("DTP", "573", "D8", "20261201"),
    ]);
    expect(writeOtherPayerLoops([])).toStrictEqual([]);
  });
});

describe("2430 line adjudication", () => {
  it("writes nothing for a line no payer adjudicated", () => {
    expect(writeLineAdjudicationLoops(line, 0, [primary])).toStrictEqual([]);
  });

  it("writes only the payers that adjudicated the line", () => {
    const other: X12OtherPayer = { ...primary, payer: { name: "Second Mutual", payerId: "SM2" }, lines: [] };
    expect(writeLineAdjudicationLoops(line, 1, [other, primary])).toStrictEqual([
      segment("SVD", "ACME1", "80", ["HC", "99213"], "", "1"),
      segment("CAS", "CO", "45", "25"),
      segment("DTP", "573", "D8", "20261202"),
    ]);
  });
});
