import { describe, expect, it } from "vitest";
import { CPT, parseCptDescriptorCsv } from "../../../src/coding/index.ts";
import { parseCsv } from "../../../src/coding/parse-csv.ts";

// Descriptors below are made up for the test (never AMA text).
describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF and newlines inside quotes", () => {
    const { rows } = parseCsv('a,"b, c"\r\n"say ""hi""","two\nlines"\n');
    expect(rows.map((r) => r.fields)).toEqual([["a", "b, c"], ['say "hi"', "two\nlines"]]);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it("reports a quote that never closes", () => {
    expect(parseCsv('a,"b\nc').unterminatedQuoteAt).toBe(1);
  });
});

describe("parseCptDescriptorCsv", () => {
  it("imports good rows with or without a header", () => {
    const withHeader = parseCptDescriptorCsv('Code,Descriptor\n99213,"Visit, test text"\n0001F,Quality measure test\n0042T,Emerging tech test\n');
    expect(withHeader.problems).toEqual([]);
    expect(withHeader.entries).toEqual([
      { system: CPT, code: "99213", display: "Visit, test text" },
      { system: CPT, code: "0001F", display: "Quality measure test" },
      { system: CPT, code: "0042T", display: "Emerging tech test" },
    ]);
    const bare = parseCptDescriptorCsv("99214;Second test\n");
    expect(bare.entries).toEqual([{ system: CPT, code: "99214", display: "Second test" }]);
  });

  it("finds the columns by header name, in any order, with a BOM", () => {
    const r = parseCptDescriptorCsv("\ufeffdescription\tcpt code\nTab test\t99215\n");
    expect(r.entries).toEqual([{ system: CPT, code: "99215", display: "Tab test" }]);
  });

  it("skips bad rows with a clear error each, and keeps the good ones", () => {
    const r = parseCptDescriptorCsv("code,descriptor\n99213,Good\nABCDE,Bad code\n99214,\n,No code\n\n99215,Also good\n");
    expect(r.entries.map((e) => e.code)).toEqual(["99213", "99215"]);
    expect(r.problems).toEqual([
      { line: 3, severity: "error", message: expect.stringContaining('"ABCDE" is not a CPT code') },
      { line: 4, severity: "error", message: "no descriptor for 99214" },
      { line: 5, severity: "error", message: "no code" },
    ]);
  });

  it("warns about unquoted commas and repeated codes", () => {
    const r = parseCptDescriptorCsv("99213,Visit, with comma\n99213,Later text\n");
    expect(r.entries).toEqual([{ system: CPT, code: "99213", display: "Later text" }]);
    expect(r.problems.map((p) => [p.line, p.severity])).toEqual([[1, "warning"], [2, "warning"]]);
  });

  it("says when the file holds nothing", () => {
    expect(parseCptDescriptorCsv("").problems).toEqual([{ line: 1, severity: "error", message: "the file holds no codes" }]);
  });
});
