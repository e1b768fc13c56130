// Pins read277CA on crafted 277CAs: what is read only inside a patient (PT) HL, which NM1 names
// the payer or the patient, STC parts that may be missing, and REF/DTP qualifiers it must check.
import { describe, expect, it } from "vitest";
import { read277CA } from "../../../../src/billing/clearinghouse/read-277ca.ts";
import { readTransactions } from "../../../../src/billing/clearinghouse/x12-segments.ts";

function read(body: string[]) {
  const text = [
    "ISA*00*          *00*          *ZZ*CLRCLM01       *ZZ*RFM0042        *261127*0900*^*00501*000000811*0*T*:",
    "GS*HN*CLRCLM01*RFM0042*20261127*0900*811*X*005010X214", "ST*277*0001*005010X214", ...body,
    `SE*${body.length + 2}*0001`, "GE*1*811", "IEA*1*000000811",
  ].join("~\n") + "~\n";
  const [transaction] = readTransactions(text, "t.x12");
  if (!transaction) throw new Error("no transaction");
  const { envelope: _envelope, ...rest } = read277CA(transaction);
  return rest;
}

describe("read277CA", () => {
  it("reads claims only inside PT HLs, with only their own NM1*QC, REF*1K and DTP*472", () => {
    expect(read([
      "TRN*2*EARLY", "HL*1**20*1", "NM1*41*2*RECEIVER", "QTY*PR*1",
      "HL*4*3*PT", "NM1*QC*1*DOE*JANE****MI*M1", "NM1*IL*1*OTHER", "AMT*QC*5", "TRN*2*C1", "STC*A7", "STC*:20",
      "AMT*1K*9", "REF*EJ*X", "DTP*472*D8*20261120", "QTY*472*D8*20261101", "DTP*050*D8*20261127",
      "HL*5*3*PT", "TRN*2", "STC*A2:20*20261127**12.5******A7:562*A3:21*see notes",
      "HL*6*3*PT", "TRN*2*C3",
    ])).toStrictEqual({
      kind: "277CA", payer: {},
      claims: [
        { claimControlNumber: "C1", patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" }, statuses: [{ category: "A7", status: "" }, { category: "", status: "20" }], accepted: false, serviceDate: "2026-11-20" },
        { claimControlNumber: "", patient: {}, statuses: [{ category: "A2", status: "20" }, { category: "A7", status: "562" }, { category: "A3", status: "21" }], accepted: false, statusDate: "2026-11-27", chargeCents: 1250, freeText: "see notes" },
        { claimControlNumber: "C3", patient: {}, statuses: [], accepted: false },
      ],
    });
  });

  it("without an action code, a claim whose statuses are all accepting is accepted", () => {
    expect(read(["HL*4*3*PT", "TRN*2*C1", "STC*A2:20*20261127"]).claims).toStrictEqual([
      { claimControlNumber: "C1", patient: {}, statuses: [{ category: "A2", status: "20" }], accepted: true, statusDate: "2026-11-27" },
    ]);
  });

  it("NM1*PR names the payer over NM1*AY; NM1*AY only when no payer is named yet", () => {
    expect(read(["HL*1**20*1", "NM1*AY*2*CLEARINGHOUSE*****46*CH1", "NM1*PR*2*PAYER*****PI*P1", "NM1*AY*2*LATE*****46*CH2"])).toStrictEqual({ kind: "277CA", payer: { name: "PAYER", id: "P1" }, claims: [] });
    expect(read(["HL*1**20*1", "NM1*AY*2*CLEARINGHOUSE*****46*CH1", "NM1*AY*2*LATE*****46*CH2"])).toStrictEqual({ kind: "277CA", payer: { name: "CLEARINGHOUSE", id: "CH1" }, claims: [] });
  });
});
