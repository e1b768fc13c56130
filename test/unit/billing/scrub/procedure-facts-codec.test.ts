import { describe, expect, it } from "vitest";
import { procedureFacts } from "../../../../src/billing/scrub/procedure-facts.ts";
import { codeNumber, decodeProcedureFacts, encodeProcedureFacts, FACT_SETS, STATUS_SHIFT, type FactSet } from "../../../../src/billing/scrub/procedure-facts-codec.ts";

// The committed procedure facts' format, byte by byte: code numbers of the three CPT/HCPCS shapes,
// delta varints, one bitmap per fact, one status letter per code; a round trip over a seeded
// random set; and the facts of real codes as CMS's files give them.
const noSets = (): Record<FactSet, string[]> => Object.fromEntries(FACT_SETS.map((set) => [set, []])) as unknown as Record<FactSet, string[]>;
const base64 = (bytes: number[]) => Buffer.from(bytes).toString("base64");

describe("procedure facts codec", () => {
  it("numbers five digits as themselves, Category III-style codes from 100,000 and HCPCS Level II from 400,000, by letter", () => {
    expect(codeNumber("00000")).toBe(0);
    expect(codeNumber("99213")).toBe(99213);
    expect(codeNumber("0001U")).toBe(100_000 + 20 * 10_000 + 1);
    expect(codeNumber("0001A")).toBe(100_001);
    expect(codeNumber("A1234")).toBe(401_234);
    expect(codeNumber("G2211")).toBe(400_000 + 6 * 10_000 + 2211);
    expect(codeNumber("Z9999")).toBe(659_999);
    for (const bad of ["", "1234", "123456", "9921A3", "a1234", "0001u", "A123", "AB123", " 99213", "99213 ", "A12345", "10001U", "1A1234"]) expect(codeNumber(bad), bad).toBe(-1);
  });

  it("writes the sorted numbers as varints of the gap minus one, a bitmap per fact, and a status letter per code", () => {
    const sets = { ...noSets(), addOn: ["00001", "99213", "99999"], pfs: ["00000"] };
    const file = encodeProcedureFacts("test source", ["99213", "00130", "00001", "00000", "00130", "9921", "A12"], sets, (code) => (code === "99213" ? "A" : code === "00000" ? "X" : undefined));
    // numbers 0, 1, 130, 99213: gaps-1 are 0, 0, 128 (two bytes) and 99082 (three bytes)
    expect(file).toStrictEqual({
      source: "test source",
      codes: base64([0, 0, 0x80, 0x01, 0x8a, 0x86, 0x06]),
      sets: { pfs: base64([0b0001]), since2026: base64([0]), global090: base64([0]), addOn: base64([0b1010]), modifier26: base64([0]), modifierTC: base64([0]), modifier50: base64([0]) },
      status: "X--A",
    });
    const flags = decodeProcedureFacts(file);
    expect([...flags]).toStrictEqual([
      [0, ("X".charCodeAt(0) << STATUS_SHIFT) | 1],
      [1, 1 << FACT_SETS.indexOf("addOn")],
      [130, 0],
      [99213, ("A".charCodeAt(0) << STATUS_SHIFT) | (1 << FACT_SETS.indexOf("addOn"))],
    ]);
  });

  it("a status that is not one capital letter reads as no PFS row", () => {
    const file = { ...encodeProcedureFacts("s", ["00001", "00002", "00003"], noSets()), status: "a-Z" };
    expect([...decodeProcedureFacts(file)]).toStrictEqual([[1, 0], [2, 0], [3, "Z".charCodeAt(0) << STATUS_SHIFT]]);
  });

  it("round-trips a seeded random set of 3,000 codes of every shape with every fact", () => {
    let seed = 20261207;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const letter = () => String.fromCharCode(65 + Math.floor(random() * 26));
    const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, "0");
    const codes = Array.from({ length: 3000 }, () => {
      const shape = random();
      return shape < 0.5 ? digits(5) : shape < 0.7 ? digits(4) + letter() : letter() + digits(4);
    });
    const sets = Object.fromEntries(FACT_SETS.map((set) => [set, codes.filter(() => random() < 0.3)])) as Record<FactSet, string[]>;
    const statuses = new Map(codes.map((code) => [code, random() < 0.2 ? undefined : letter()]));
    const flags = decodeProcedureFacts(encodeProcedureFacts("seeded", codes, sets, (code) => statuses.get(code)));
    const expected = new Map<number, number>();
    for (const code of codes) {
      const status = statuses.get(code);
      let value = status ? status.charCodeAt(0) << STATUS_SHIFT : 0;
      FACT_SETS.forEach((set, bit) => { if (sets[set].includes(code)) value |= 1 << bit; });
      expected.set(codeNumber(code), value);
    }
    expect(flags.size).toBe(expected.size);
    expect(new Map([...flags].sort((a, b) => a[0] - b[0]))).toStrictEqual(new Map([...expected].sort((a, b) => a[0] - b[0])));
  });
});

describe("procedure facts of real codes (CY2025 PFS, 2026 Q2 MUE)", () => {
  const none = { pfs: false, since2026: false, global090: false, addOn: false, modifier26: false, modifierTC: false, modifier50: false };
  it.each([
    ["99213", { ...none, pfs: true, status: "A" }],
    ["71046", { ...none, pfs: true, modifier26: true, modifierTC: true, status: "A" }],
    ["27447", { ...none, pfs: true, global090: true, modifier50: true, status: "A" }],
    ["99417", { ...none, pfs: true, addOn: true, status: "I" }],
    ["G2211", { ...none, pfs: true, addOn: true, status: "A" }],
    ["99381", { ...none, pfs: true, status: "N" }],
    ["J3301", { ...none, pfs: true, status: "E" }],
    ["37254", { ...none, since2026: true }],
    ["0001U", none],
  ])("%s", (code, facts) => {
    expect(procedureFacts(code)).toStrictEqual(facts);
  });

  it("a number no CMS file has, or a code of no known shape, has no facts", () => {
    expect(procedureFacts("99999")).toBeUndefined();
    expect(procedureFacts("A0000")).toBeUndefined();
    expect(procedureFacts("1234")).toBeUndefined();
  });
});
