import { describe, expect, it } from "vitest";
import { claimTo837P, IMPLEMENTATION_GUIDE } from "../../../../src/billing/x12/index.ts";
import { FIXTURES, OPTIONS, loadBundle } from "./x12-fixtures.ts";
import { parse837P, valuesOf } from "./parsed-837p.ts";

describe("837P envelope, checked by parsing", () => {
  it.each(FIXTURES)("%s: SE01 counts ST..SE, GE01 and IEA01 count one, control numbers match", (name) => {
    const x12 = claimTo837P(loadBundle(name), OPTIONS);
    const { interchange, transaction, segments } = parse837P(x12);
    const group = interchange.functionalGroups[0];
    expect(Number(transaction.trailer.valueOf(1))).toBe(segments.length + 2);
    expect(x12.split("~").filter((s) => s !== "").length).toBe(segments.length + 6);
    expect(transaction.trailer.valueOf(2)).toBe(transaction.header.valueOf(2));
    expect(group?.trailer.valueOf(1)).toBe(String(interchange.functionalGroups[0]?.transactions.length));
    expect(group?.trailer.valueOf(2)).toBe(group?.header.valueOf(6));
    expect(interchange.trailer.valueOf(1)).toBe(String(interchange.functionalGroups.length));
    expect(Number(interchange.trailer.valueOf(2))).toBe(Number(interchange.header.valueOf(13)));
  });

  it.each([1, 42, 987_654_321, "000123"])("carries control number %s through ISA13, GS06, ST02 and the trailers", (control) => {
    const x12 = claimTo837P(loadBundle("simple-claim"), { ...OPTIONS, controlNumber: control });
    const { interchange, transaction } = parse837P(x12);
    const isa = x12.slice(0, 106).split("*");
    expect(isa[13]).toBe(String(Number(control)).padStart(9, "0"));
    expect(x12).toMatch(new RegExp(`~IEA\\*1\\*${isa[13]}~$`));
    expect(interchange.functionalGroups[0]?.header.valueOf(6)).toBe(String(Number(control)));
    expect(Number(transaction.header.valueOf(2))).toBe(Number(control));
    expect(transaction.header.valueOf(2)?.length).toBeGreaterThanOrEqual(4);
  });

  it("writes ISA with its fixed widths: 106 characters, ids padded to 15, YYMMDD, HHMM", () => {
    const x12 = claimTo837P(loadBundle("simple-claim"), OPTIONS);
    const isa = x12.slice(0, 106).split("*");
    expect(x12[105]).toBe("~");
    expect(isa).toHaveLength(17);
    expect(isa.map((element) => element.length)).toEqual([3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 2]);
    expect(isa[6]?.trimEnd()).toBe(OPTIONS.submitter.id);
    expect(isa[8]?.trimEnd()).toBe(OPTIONS.receiver.id);
    expect([isa[9], isa[10]]).toEqual(["261126", "1830"]);
    expect([isa[11], isa[12], isa[15], isa[16]]).toEqual(["^", "00501", "T", ":~"]);
  });

  it("names the implementation guide in GS08 and ST03, and BHT carries the creation date", () => {
    const { interchange, transaction, segments } = parse837P(claimTo837P(loadBundle("simple-claim"), OPTIONS));
    expect(interchange.functionalGroups[0]?.header.valueOf(8)).toBe(IMPLEMENTATION_GUIDE);
    expect(valuesOf(transaction.header)).toEqual(["837", "0042", IMPLEMENTATION_GUIDE]);
    expect(segments[0] && valuesOf(segments[0])).toEqual(["0019", "00", "42", "20261126", "1830", "CH"]);
  });

  it("defaults ISA15 to P (production) and accepts T", () => {
    const production = claimTo837P(loadBundle("simple-claim"), { ...OPTIONS, usage: undefined });
    expect(production.slice(0, 106).split("*")[15]).toBe("P");
  });

  it("the parser used for these checks rejects a wrong SE01 (so the checks have teeth)", () => {
    const x12 = claimTo837P(loadBundle("simple-claim"), OPTIONS);
    expect(() => parse837P(x12.replace(/~SE\*(\d+)\*/, (_, n: string) => `~SE*${Number(n) + 1}*`))).toThrow(/SE01/);
  });

  it.each([
    ["controlNumber 0", { controlNumber: 0 }, /controlNumber/],
    ["controlNumber too large", { controlNumber: 1_000_000_000 }, /controlNumber/],
    ["controlNumber not digits", { controlNumber: "12a" }, /controlNumber/],
    ["createdAt without time", { createdAt: "2026-11-26" }, /createdAt/],
    ["submitter id with a delimiter", { submitter: { ...OPTIONS.submitter, id: "RFM*42" } }, /submitter.id/],
    ["receiver id over 15 characters", { receiver: { ...OPTIONS.receiver, id: "CLEARINGHOUSE-0001" } }, /receiver.id/],
    ["submitter without phone", { submitter: { name: "X", id: "RFM0042" } }, /contactPhone/],
  ])("refuses options with %s (RangeError)", (_, change, message) => {
    expect(() => claimTo837P(loadBundle("simple-claim"), { ...OPTIONS, ...change })).toThrow(message);
    expect(() => claimTo837P(loadBundle("simple-claim"), { ...OPTIONS, ...change })).toThrow(RangeError);
  });
});
