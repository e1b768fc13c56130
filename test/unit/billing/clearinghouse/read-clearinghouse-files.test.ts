import { describe, expect, it } from "vitest";
import { readClearinghouseFiles, type ClearinghouseTransaction } from "../../../../src/billing/clearinghouse/index.ts";
import { fixtureFile } from "./clearinghouse-fixtures.ts";

const one = (name: string): ClearinghouseTransaction => {
  const read = readClearinghouseFiles([fixtureFile(name)]);
  expect(read.issues).toEqual([]);
  const [transaction] = read.transactions;
  if (!transaction) throw new Error(`nothing read from ${name}`);
  return transaction;
};

describe("reading clearinghouse files", () => {
  it.each([
    ["999-accepted.x12", "999", "801"],
    ["999-rejected.x12", "999", "802"],
    ["277ca-accepted-and-rejected.x12", "277CA", "811"],
    ["835-three-claims.x12", "835", "901"],
    ["835-reversal-and-correction.x12", "835", "902"],
    ["835-provider-adjustment.x12", "835", "903"],
    ["835-split-payment-1.x12", "835", "911"],
  ])("%s is a %s (GS06 %s) from the clearinghouse to the practice", (name, kind, group) => {
    const transaction = one(name);
    expect(transaction.kind).toBe(kind);
    expect(transaction.envelope).toMatchObject({ fileName: name, sender: "CLRCLM01", receiver: "RFM0042", groupControlNumber: group, transactionControlNumber: "0001" });
  });

  it("reads 999 AK1, AK2, IK3, IK4, IK5 and AK9", () => {
    const ack = one("999-rejected.x12");
    if (ack.kind !== "999") throw new Error("not a 999");
    expect(ack).toMatchObject({ groupControlNumber: "43", groupCode: "R", groupAccepted: false });
    expect(ack.sets).toEqual([{
      setControlNumber: "0043", code: "R", accepted: false, syntaxErrorCodes: ["5"],
      errors: [
        { segmentId: "NM1", segmentPosition: "15", loopId: "2010BA", segmentErrorCode: "8", elementPosition: "8", elementErrorCode: "7", badValue: "ZZ" },
        { segmentId: "DMG", segmentPosition: "17", loopId: "2010BA", segmentErrorCode: "3" },
      ],
    }]);
  });

  it("reads 277CA NM1*PR, NM1*QC, TRN*2, STC (01 and 10), REF*1K and DTP*472, and leaves line STCs out", () => {
    const status = one("277ca-accepted-and-rejected.x12");
    if (status.kind !== "277CA") throw new Error("not a 277CA");
    expect(status.payer).toEqual({ name: "ACME HEALTH PLAN", id: "60054" });
    expect(status.claims).toEqual([
      { claimControlNumber: "ENC1001R1", payerClaimControlNumber: "PCN26112600017", patient: { lastName: "DOE", firstName: "JANE", memberId: "XJH482913307" }, serviceDate: "2026-11-20", statuses: [{ category: "A2", status: "20", entity: "PR" }], actionCode: "WQ", chargeCents: 17550, statusDate: "2026-11-27", accepted: true },
      { claimControlNumber: "ENC1003", patient: { lastName: "SMITH", firstName: "JOHN", memberId: "XJH100200300" }, serviceDate: "2026-11-21", statuses: [{ category: "A7", status: "562", entity: "85" }, { category: "A6", status: "164", entity: "IL" }], actionCode: "U", chargeCents: 21000, statusDate: "2026-11-27", accepted: false },
    ]);
  });

  it("reads 835 BPR, TRN, DTM*405, N1*PR + REF*2U, N1*PE + REF*TJ, CLP, NM1*QC, DTM*232/050, SVC, DTM*472, CAS, REF*6R, AMT*B6, LQ*HE", () => {
    const remit = one("835-three-claims.x12");
    if (remit.kind !== "835") throw new Error("not an 835");
    expect(remit.payment).toEqual({ handlingCode: "I", amountCents: 22220, creditDebit: "C", method: "ACH", date: "2026-12-01", traceNumber: "EFT20261201A", originatorId: "1512345678" });
    expect(remit).toMatchObject({ productionDate: "2026-11-30", payer: { name: "ACME HEALTH PLAN", id: "60054" }, payee: { name: "RIVERSIDE FAMILY MEDICINE", npi: "1456789027", taxId: "364827193" } });
    expect(remit.claims.map((c) => [c.claimControlNumber, c.statusCode, c.chargeCents, c.paidCents, c.patientResponsibilityCents, c.payerClaimControlNumber, c.serviceDate])).toEqual([
      ["ENC1001R1", "1", 17550, 10420, 3730, "PCN26112600017", "2026-11-20"],
      ["ENC1003", "4", 21000, 0, 0, "PCN26112600018", "2026-11-21"],
      ["UNKNOWN77", "1", 6000, 4800, 0, "PCN26112600019", "2026-11-19"],
      ["ZZ4471", "1", 9200, 7000, 0, "PCN26112600020", "2026-11-18"],
    ]);
    const [first, denied] = remit.claims;
    expect(first?.receivedDate).toBe("2026-11-27");
    expect(first?.lines[1]).toEqual({
      qualifier: "HC", code: "83036", modifiers: [], chargeCents: 2550, paidCents: 920, units: 1, serviceDate: "2026-11-20", lineControlNumber: "2", allowedCents: 2150, remarks: [],
      adjustments: [{ group: "CO", reason: "45", amountCents: 400 }, { group: "PR", reason: "1", amountCents: 1000 }, { group: "PR", reason: "2", amountCents: 230 }],
    });
    expect(denied?.lines.map((l) => [l.code, l.modifiers, l.remarks, l.adjustments])).toEqual([
      ["99213", ["25"], ["M76"], [{ group: "CO", reason: "16", amountCents: 13000 }]],
      ["93000", [], ["MA130"], [{ group: "CO", reason: "16", amountCents: 8000 }]],
    ]);
  });

  it("names the clearinghouse (NM1*AY) when it acknowledges instead of the payer, and reads a DTP*472 range (RD8) by its start", () => {
    const text = fixtureFile("277ca-accepted-and-rejected.x12").text.replace("NM1*PR*2*ACME HEALTH PLAN*****PI*60054", "NM1*AY*2*CLEAR CLAIMS*****46*CLRCLM01").replace("DTP*472*D8*20261120", "DTP*472*RD8*20261119-20261120");
    const [status] = readClearinghouseFiles([{ name: "ay.277", text }]).transactions;
    if (status?.kind !== "277CA") throw new Error("not a 277CA");
    expect(status.payer).toEqual({ name: "CLEAR CLAIMS", id: "CLRCLM01" });
    expect(status.claims[0]?.serviceDate).toBe("2026-11-19");
  });

  it("reads PLB with each reason:reference and amount pair", () => {
    const remit = one("835-provider-adjustment.x12");
    if (remit.kind !== "835") throw new Error("not an 835");
    expect(remit.payment).toMatchObject({ method: "CHK", amountCents: 7250, date: "2026-12-18", traceNumber: "CHK004417" });
    expect(remit.providerAdjustments).toEqual([
      { providerId: "1456789027", fiscalPeriodDate: "2026-12-31", reason: "WO", reference: "PCN26110100007", amountCents: 3000 },
      { providerId: "1456789027", fiscalPeriodDate: "2026-12-31", reason: "L6", amountCents: -250 },
    ]);
  });

  it("skips a transaction read before (same interchange and ST control number), under any file name and in any order", () => {
    const files = [fixtureFile("835-three-claims.x12"), fixtureFile("999-accepted.x12"), { ...fixtureFile("835-three-claims.x12"), name: "copy.835" }, fixtureFile("999-accepted.x12")];
    const read = readClearinghouseFiles(files);
    expect(read.transactions.map((t) => t.kind)).toEqual(["835", "999"]);
    expect(read.duplicates.map((d) => [d.fileName, d.interchangeControlNumber])).toEqual([["copy.835", "000000901"], ["999-accepted.x12", "000000801"]]);
  });

  it("reads several interchanges in one file", () => {
    const both = `${fixtureFile("999-accepted.x12").text}${fixtureFile("277ca-accepted-and-rejected.x12").text}`;
    expect(readClearinghouseFiles([{ name: "both.x12", text: both }]).transactions.map((t) => t.kind)).toEqual(["999", "277CA"]);
  });

  it.each([
    ["not X12 at all", "hello", "error"],
    ["an 837P (not an answer)", "ISA*00*          *00*          *ZZ*RFM0042        *ZZ*CLRCLM01       *261126*1830*^*00501*000000042*0*T*:~GS*HC*RFM0042*CLRCLM01*20261126*1830*42*X*005010X222A1~ST*837*0042*005010X222A1~BHT*0019*00*42*20261126*1830*CH~SE*3*0042~GE*1*42~IEA*1*000000042~", "warning"],
  ])("reports %s instead of throwing", (_label, text, severity) => {
    const read = readClearinghouseFiles([{ name: "bad.x12", text }]);
    expect(read.transactions).toEqual([]);
    expect(read.issues.map((i) => [i.severity, i.expression?.[0]])).toEqual([[severity, "bad.x12"]]);
  });
});
