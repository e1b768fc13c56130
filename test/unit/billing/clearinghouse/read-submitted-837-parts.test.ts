/**
 * Pins readSubmitted837 piece by piece: only 837 transaction sets are read; a claim's patient comes
 * only from NM1*IL / NM1*QC (a patient without a member id keeps the subscriber's); CLM01 (empty
 * when missing); the first DTP*472 after a CLM is its service date (not DTP*431, not the 835's
 * DTM*472, not a later line's date); the default file name in read errors.
 */
import { describe, expect, it } from "vitest";
import { readSubmitted837 } from "../../../../src/billing/clearinghouse/index.ts";

const ISA = "ISA*00*          *00*          *ZZ*RFM0042        *ZZ*CLRCLM01       *261126*1830*^*00501*000000042*0*T*:";

/** One interchange with one functional group per entry: [GS06, [ST01, ST02, body segments][]]. */
function interchange(groups: [string, [string, string, string[]][]][]): string {
  const segments = [ISA];
  for (const [gs06, sets] of groups) {
    segments.push(`GS*HC*RFM0042*CLRCLM01*20261126*1830*${gs06}*X*005010X222A1`);
    for (const [st01, st02, body] of sets) segments.push(`ST*${st01}*${st02}*005010X222A1`, ...body, `SE*${body.length + 2}*${st02}`);
    segments.push(`GE*${sets.length}*${gs06}`);
  }
  segments.push("IEA*1*000000042");
  return `${segments.join("~\n")}~\n`;
}

describe("readSubmitted837: which claims an 837P carried", () => {
  it("reads every 837 set with its GS06 and ST02, and skips other sets in the same file", () => {
    const text = interchange([
      ["7", [
        ["837", "0701", ["NM1*IL*1*DOE*JANE****MI*M100", "CLM*ENC1*100***11:B:1*Y*A*Y*Y"]],
        ["999", "0702", ["AK1*HC*42*005010X222A1", "NM1*IL*1*ROE*RICK****MI*M999", "CLM*NOT-A-CLAIM*1"]],
      ]],
      ["8", [["837", "0801", ["NM1*IL*1*SMITH*JOHN****MI*M200", "CLM*ENC2*50***11:B:1*Y*A*Y*Y"]]]],
    ]);
    expect(readSubmitted837(text, "batch.x12")).toStrictEqual([
      { groupControlNumber: "7", transactionControlNumber: "0701", claims: [{ claimControlNumber: "ENC1", patient: { lastName: "DOE", firstName: "JANE", memberId: "M100" } }] },
      { groupControlNumber: "8", transactionControlNumber: "0801", claims: [{ claimControlNumber: "ENC2", patient: { lastName: "SMITH", firstName: "JOHN", memberId: "M200" } }] },
    ]);
  });

  it("a file with no 837 set gives no submissions", () => {
    const text = interchange([["9", [["277", "0901", ["NM1*QC*1*DOE*JANE****MI*M100", "CLM*X1*1"]]]]]);
    expect(readSubmitted837(text)).toStrictEqual([]);
  });

  it("a patient (NM1*QC) replaces the subscriber's name and keeps the subscriber's member id; other NM1s and other segments do not", () => {
    const text = interchange([["5", [["837", "0501", [
      "NM1*IL*1*DOE*JANE*QUINN***MI*XJH482913307",
      "N4*IL*IL*62704",
      "NM1*PR*2*ACME HEALTH PLAN*****PI*60054",
      "CLM*ENC-SUB*175.5***11:B:1*Y*A*Y*Y",
      "NM1*82*1*LOPEZ*MARIA****XX*1234567893",
      "NM1*QC*1*DOE*TIM",
      "N3*QC",
      "CLM*ENC-DEP*80***11:B:1*Y*A*Y*Y",
      "NM1*IL*1*ROE*RITA****MI*R55",
      "CLM*ENC-ROE*60***11:B:1*Y*A*Y*Y",
    ]]]]]);
    expect(readSubmitted837(text)).toStrictEqual([{
      groupControlNumber: "5",
      transactionControlNumber: "0501",
      claims: [
        { claimControlNumber: "ENC-SUB", patient: { lastName: "DOE", firstName: "JANE", memberId: "XJH482913307" } },
        { claimControlNumber: "ENC-DEP", patient: { lastName: "DOE", firstName: "TIM", memberId: "XJH482913307" } },
        { claimControlNumber: "ENC-ROE", patient: { lastName: "ROE", firstName: "RITA", memberId: "R55" } },
      ],
    }]);
  });

  it("each claim gets its own copy of the patient, and a CLM without CLM01 has an empty control number", () => {
    const text = interchange([["6", [["837", "0601", ["NM1*IL*1*DOE*JANE****MI*M1", "CLM**10***11:B:1*Y*A*Y*Y", "NM1*IL*1*ROE*RICK****MI*M2", "CLM*ENC-R*20"]]]]]);
    const [submission] = readSubmitted837(text);
    expect(submission).toStrictEqual({
      groupControlNumber: "6",
      transactionControlNumber: "0601",
      claims: [
        { claimControlNumber: "", patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" } },
        { claimControlNumber: "ENC-R", patient: { lastName: "ROE", firstName: "RICK", memberId: "M2" } },
      ],
    });
    expect(submission?.claims[0]?.patient).not.toBe(submission?.claims[1]?.patient);
  });

  it("the service date is the first DTP*472 after the CLM: not DTP*431, not a DTM*472, not a later line's date", () => {
    const text = interchange([["4", [["837", "0401", [
      "DTP*454*D8*20261001",
      "NM1*IL*1*DOE*JANE****MI*M1",
      "CLM*ENC-A*100***11:B:1*Y*A*Y*Y",
      "DTP*431*D8*20261101",
      "DTP*472*RD8*20261118-20261119",
      "LX*1",
      "SV1*HC:99214*100*UN*1***1",
      "DTP*472*D8*20261120",
      "CLM*ENC-B*40***11:B:1*Y*A*Y*Y",
      "DTM*472*20261121",
      "CLM*ENC-C*40***11:B:1*Y*A*Y*Y",
      "LX*1",
      "DTP*472*D8*20261122",
    ]]]]]);
    expect(readSubmitted837(text)).toStrictEqual([{
      groupControlNumber: "4",
      transactionControlNumber: "0401",
      claims: [
        { claimControlNumber: "ENC-A", patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" }, serviceDate: "2026-11-18" },
        { claimControlNumber: "ENC-B", patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" } },
        { claimControlNumber: "ENC-C", patient: { lastName: "DOE", firstName: "JANE", memberId: "M1" }, serviceDate: "2026-11-22" },
      ],
    }]);
  });

  it("names the file \"837P\" in read errors when no file name is given", () => {
    expect(() => readSubmitted837("ISA*00*short~")).toThrow(new Error("837P: not an X12 interchange (no complete ISA segment)."));
    expect(() => readSubmitted837("ISA*00*short~", "sent.x12")).toThrow(new Error("sent.x12: not an X12 interchange (no complete ISA segment)."));
  });
});
