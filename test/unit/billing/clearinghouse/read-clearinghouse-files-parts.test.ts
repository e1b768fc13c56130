// Pins the issues readClearinghouseFiles reports (whole issue objects), which 277s it reads as
// 277CA (set 277 with an X214 version only), and that duplicate keys keep their parts apart.
import { describe, expect, it } from "vitest";
import { readClearinghouseFiles } from "../../../../src/billing/clearinghouse/read-clearinghouse-files.ts";
import { fixtureFile } from "./clearinghouse-fixtures.ts";

const accepted999 = (): string => fixtureFile("999-accepted.x12").text;

describe("readClearinghouseFiles issues", () => {
  it("a file that is not X12 is an error, with the reason", () => {
    expect(readClearinghouseFiles([{ name: "x.x12", text: "ISA*short~" }])).toStrictEqual({
      transactions: [], duplicates: [],
      issues: [{ severity: "error", code: "structure", diagnostics: "x.x12: not a readable X12 file (x.x12: not an X12 interchange (no complete ISA segment).)", expression: ["x.x12"] }],
    });
  });

  it("an interchange without a transaction set is an error", () => {
    expect(readClearinghouseFiles([{ name: "b.x12", text: accepted999().split("ST*")[0] ?? "" }])).toStrictEqual({
      transactions: [], duplicates: [],
      issues: [{ severity: "error", code: "structure", diagnostics: "b.x12: no transaction set found", expression: ["b.x12"] }],
    });
  });

  it("a 276 with an X214 version is not supported", () => {
    const text = accepted999().replace("ST*999", "ST*276").replaceAll("X231A1", "X214");
    expect(readClearinghouseFiles([{ name: "c.x12", text }])).toStrictEqual({
      transactions: [], duplicates: [],
      issues: [{ severity: "warning", code: "not-supported", diagnostics: "c.x12: transaction 276 005010X214 is not a 999, 277CA or 835", expression: ["c.x12"] }],
    });
  });

  it("a 277 that is not a 277CA (no X214 version) is not supported", () => {
    const text = accepted999().replace("ST*999", "ST*277");
    expect(readClearinghouseFiles([{ name: "d.x12", text }])).toStrictEqual({
      transactions: [], duplicates: [],
      issues: [{ severity: "warning", code: "not-supported", diagnostics: "d.x12: transaction 277 005010X231A1 is not a 999, 277CA or 835", expression: ["d.x12"] }],
    });
  });
});

describe("readClearinghouseFiles duplicates", () => {
  it("group 801 with set 0001 and group 8010 with set 001 are different transactions", () => {
    const other = accepted999().replace("*801*X*", "*8010*X*").replace("GE*1*801", "GE*1*8010").replace("ST*999*0001", "ST*999*001").replace("SE*", "SE*").replace(/SE\*(\d+)\*0001/, "SE*$1*001");
    const read = readClearinghouseFiles([{ name: "e.x12", text: accepted999() }, { name: "f.x12", text: other }]);
    expect(read.issues).toStrictEqual([]);
    expect(read.duplicates).toStrictEqual([]);
    expect(read.transactions.map((t) => [t.envelope.groupControlNumber, t.envelope.transactionControlNumber])).toStrictEqual([["801", "0001"], ["8010", "001"]]);
  });
});
