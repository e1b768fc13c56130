// Pins read999 on sparse and odd 999s: missing AK1/AK2/IK3/IK5 elements, an IK4 without IK3,
// empty IK5 elements, segments it does not read, and each AK901 group code.
import { describe, expect, it } from "vitest";
import { read999 } from "../../../../src/billing/clearinghouse/read-999.ts";
import { readTransactions } from "../../../../src/billing/clearinghouse/x12-segments.ts";

function x12(body: string[]): string {
  return [
    "ISA*00*          *00*          *ZZ*CLRCLM01       *ZZ*RFM0042        *261127*0810*^*00501*000000802*0*T*:",
    "GS*FA*CLRCLM01*RFM0042*20261127*0810*802*X*005010X231A1", "ST*999*0001*005010X231A1", ...body,
    `SE*${body.length + 2}*0001`, "GE*1*802", "IEA*1*000000802",
  ].join("~\n") + "~\n";
}

function read(body: string[]) {
  const [transaction] = readTransactions(x12(body), "t.x12");
  if (!transaction) throw new Error("no transaction");
  const { envelope: _envelope, ...rest } = read999(transaction);
  return rest;
}

describe("read999", () => {
  it("a file without AK1, AK2 or AK9 has no group, no sets and no group code", () => {
    expect(read(["CTX*X"])).toStrictEqual({ kind: "999", groupControlNumber: "", sets: [], groupCode: "", groupAccepted: false });
  });

  it("empty AK102, AK202, IK3 and IK5 elements read as empty strings, and an AK2 without IK5 stays rejected", () => {
    expect(read(["AK1*HC", "AK2*837", "IK3", "IK4***7", "IK5", "AK2*837*0044", "AK9"])).toStrictEqual({
      kind: "999", groupControlNumber: "", groupCode: "", groupAccepted: false,
      sets: [
        { setControlNumber: "", code: "", accepted: false, syntaxErrorCodes: [], errors: [{ segmentId: "", elementErrorCode: "7" }] },
        { setControlNumber: "0044", code: "", accepted: false, syntaxErrorCodes: [], errors: [] },
      ],
    });
  });

  it("an IK4 without an IK3 before it, and empty IK5 syntax codes left out", () => {
    expect(read(["AK1*HC*43", "AK2*837*0043", "IK4*8:1*66*7*ZZ", "IK5*R**5", "AK9*R*1*1*0", "CTX*A"])).toStrictEqual({
      kind: "999", groupControlNumber: "43", groupCode: "R", groupAccepted: false,
      sets: [{ setControlNumber: "0043", code: "R", accepted: false, syntaxErrorCodes: ["5"], errors: [{ segmentId: "", elementPosition: "8", elementErrorCode: "7", badValue: "ZZ" }] }],
    });
  });

  it.each([["A", true], ["E", true], ["P", true], ["R", false], ["X", false]])("AK901 %s: group accepted %s", (code, accepted) => {
    expect(read(["AK1*HC*43", `AK9*${code}*1*1*1`])).toStrictEqual({ kind: "999", groupControlNumber: "43", sets: [], groupCode: code, groupAccepted: accepted });
  });

  it("an IK3 with only a segment id has no other keys", () => {
    expect(read(["AK1*HC*43", "AK2*837*0043", "IK3*NM1", "IK5*A", "AK9*A"]).sets).toStrictEqual([
      { setControlNumber: "0043", code: "A", accepted: true, syntaxErrorCodes: [], errors: [{ segmentId: "NM1" }] },
    ]);
  });
});
