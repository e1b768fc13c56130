// Pins the X12 segment reader: envelopes and segments of every transaction set, over several
// interchanges, a byte-order mark, line breaks and padded values, and the exact message of each
// way the text can fail to be X12 (short ISA, wrong element count, no ISA16, no SE); line breaks and a
// byte-order mark inside a value are kept, and an ST without elements reads as empty strings.
import { describe, expect, it } from "vitest";
import { readTransactions } from "../../../../src/billing/clearinghouse/x12-segments.ts";

const isa = (control: string, sender = "SENDER         ", tail = ":~") =>
  `ISA*00*          *00*          *ZZ*${sender}*ZZ*RECEIVER       *261120*1200*^*00501*${control}*0*P*${tail}`;

describe("reading X12 transaction sets", () => {
  it("reads envelopes and segments of each interchange, ignoring line breaks and padding", () => {
    const text = [
      "\uFEFF  \r\n", isa("000000001"), "\r\nGS*HN*CH*APP*20261120*1200* 7 *X*005010X214~\r\n",
      "ST*277* 0001 *005010X214~\r\n BHT*0085*08~TRN*1*T1:X~\r\nSE*4*0001~GE*1*7~IEA*1*000000001~\r\n",
      isa(" 00000002 ", "CLEARING       "), "ST*999*0002~AK1*HC*42~SE*3*0002~IEA*1*000000002~  \n",
    ].join("");
    expect(readTransactions(text, "in.x12")).toStrictEqual([
      {
        envelope: { fileName: "in.x12", sender: "SENDER", receiver: "RECEIVER", interchangeControlNumber: "000000001", groupControlNumber: "7", transactionControlNumber: "0001" },
        setId: "277", version: "005010X214", componentSeparator: ":",
        segments: [{ tag: "BHT", values: ["0085", "08"] }, { tag: "TRN", values: ["1", "T1:X"] }],
      },
      {
        envelope: { fileName: "in.x12", sender: "CLEARING", receiver: "RECEIVER", interchangeControlNumber: "00000002", groupControlNumber: "", transactionControlNumber: "0002" },
        setId: "999", version: "", componentSeparator: ":",
        segments: [{ tag: "AK1", values: ["HC", "42"] }],
      },
    ]);
  });

  it("takes the version from ST03 when there is no GS", () => {
    const text = `${isa("000000003")}ST*835*0003*005010X221A1~BPR*I~ ~SE*3*0003~SE*1*9~`;
    expect(readTransactions(text, "a.835").map((t) => [t.setId, t.version, t.segments])).toStrictEqual([["835", "005010X221A1", [{ tag: "BPR", values: ["I"] }]]]);
  });

  it("says why text is not readable X12", () => {
    expect(() => readTransactions("ISA*00*~ST*999*1~SE*1*1~", "short.x12")).toThrow(new Error("short.x12: not an X12 interchange (no complete ISA segment)."));
    const fewer = `ISA*00*${" ".repeat(90)}*00*ZZ*SENDER*ZZ*RECEIVER*1*2*^*00501*3*0*P*:~`;
    expect(() => readTransactions(fewer, "fewer.x12")).toThrow(new Error("fewer.x12: the ISA segment has 15 elements, not 16."));
    expect(() => readTransactions(isa("000000004", "SENDER          ", ":"), "noterm.x12")).toThrow(new Error("noterm.x12: ISA16 names no component separator and segment terminator."));
    expect(() => readTransactions(`${isa("000000005")}ST*999* 0005 ~AK1*HC*1~`, "open.x12")).toThrow(new Error("open.x12: transaction 0005 has no SE segment."));
    expect(() => readTransactions(`ISA*00*~${" ".repeat(110)}`, "blank.x12")).toThrow(new Error("blank.x12: not an X12 interchange (no complete ISA segment)."));
    expect(readTransactions("no interchange here", "none.x12")).toStrictEqual([]);
  });

  it("keeps a byte-order mark and line breaks inside a value, and strips breaks before a terminator", () => {
    const text = `${isa("000000006")}ST*999*0006~AK1*H\uFEFFC*4\r\n2\r\n~AK2*837*1\n\n~SE*4*0006~`;
    expect(readTransactions(text, "inner.x12")).toStrictEqual([
      {
        envelope: { fileName: "inner.x12", sender: "SENDER", receiver: "RECEIVER", interchangeControlNumber: "000000006", groupControlNumber: "", transactionControlNumber: "0006" },
        setId: "999", version: "", componentSeparator: ":",
        segments: [{ tag: "AK1", values: ["H\uFEFFC", "4\r\n2"] }, { tag: "AK2", values: ["837", "1"] }],
      },
    ]);
  });

  it("reads an ST without elements as an empty set id and control number", () => {
    const text = `${isa("000000007")}ST~AK1*HC~SE~`;
    expect(readTransactions(text, "bare.x12")).toStrictEqual([
      {
        envelope: { fileName: "bare.x12", sender: "SENDER", receiver: "RECEIVER", interchangeControlNumber: "000000007", groupControlNumber: "", transactionControlNumber: "" },
        setId: "", version: "", componentSeparator: ":",
        segments: [{ tag: "AK1", values: ["HC"] }],
      },
    ]);
  });
});
