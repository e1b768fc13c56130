import { describe, expect, it } from "vitest";
import { decodeLatin1, parseCsv } from "../../../../src/billing/ncci/parse-csv.ts";

describe("parseCsv", () => {
  it.each([
    ["plain LF rows", "a,b\nc,d\n", [["a", "b"], ["c", "d"]]],
    ["CRLF rows without final newline", "a,b\r\nc,d", [["a", "b"], ["c", "d"]]],
    ["quoted delimiter and doubled quote", '"x,y","say ""hi"""\n', [["x,y", 'say "hi"']]],
    ["newline inside a quoted cell", '"HCPCS/\nCPT Code",MUE\n1,2\n', [["HCPCS/\nCPT Code", "MUE"], ["1", "2"]]],
    ["empty cells", ",,\n", [["", "", ""]]],
  ])("reads %s", (_label, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it("splits on a tab when asked", () => {
    expect(parseCsv("a\tb,c\n", "\t")).toEqual([["a", "b,c"]]);
  });

  it("decodes the Latin-1 registered sign", () => {
    expect(decodeLatin1(new Uint8Array([0x43, 0x50, 0x54, 0xae]))).toBe("CPT®");
  });
});
