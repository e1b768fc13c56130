import { beforeAll, describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import type { ScrubRuleId } from "../../../../src/billing/scrub/finding.ts";
import { billableDescendants, checkIcdValidity } from "../../../../src/billing/scrub/rule-icd-validity.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { buildClaim, DOS } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-invalid, icd-not-billable and icd-7th-character, read whole against the real FY2025/FY2026
// code sets: which of the three a code draws, its issue type, its path, and the exact advice (the
// dotted form, the placeholder fix, the 7th-character meanings, the billable codes under a
// header). Made-up code trees pin how far the search for billable codes goes.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const check = (diagnoses: string[], date = DOS) => checkIcdValidity(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213", date }] }), { index }));
const at = (position: number, rule: ScrubRuleId, text: string, code: "invalid" | "required" = "invalid") =>
  expected(rule, "error", code, text, [`Claim.diagnosis[${position}].diagnosisCodeableConcept`]);
const spelling = (code: string, date = DOS) =>
  `${code} is not an ICD-10-CM code on ${date}: check the spelling (with the dot, e.g. E11.9) or search for the condition.`;
const undotted = (code: string, fixed: string) =>
  `${code} is not written as FHIR expects ICD-10-CM codes (a dot after the third character, none in a three-character code): write it as ${fixed}.`;

describe("icd validity findings", () => {
  it("a valid billable code draws nothing; a diagnosis without a code is required", () => {
    expect(check(["E11.9", "I10", "S93.401A"])).toStrictEqual([]);
    expect(check(["E11.9", ""])).toStrictEqual([at(1, "icd-invalid", "Diagnosis 2 has no code: enter an ICD-10-CM code or remove it.", "required")]);
  });

  it("a known code written without its dot, or with a stray one, is shown as FHIR writes it", () => {
    expect(check(["E119", "T450X1A", "E11."])).toStrictEqual([
      at(0, "icd-invalid", undotted("E119", "E11.9")),
      at(1, "icd-invalid", undotted("T450X1A", "T45.0X1A")),
      at(2, "icd-invalid", undotted("E11.", "E11")),
    ]);
  });

  it("an unknown code, dotted or not, too short or too long, is a spelling problem on the date of service", () => {
    expect(check(["ZZZ.9", "E1199", "S3", "T45.0X1AB", "S02.0XXAA"])).toStrictEqual(
      ["ZZZ.9", "E1199", "S3", "T45.0X1AB", "S02.0XXAA"].map((code, i) => at(i, "icd-invalid", spelling(code))),
    );
  });

  it("without any date on the claim the text says 'the date of service'", () => {
    const input = viewClaim(buildClaim({ diagnoses: ["ZZZ.9"], lines: [{ code: "99213" }] }), { index });
    expect(checkIcdValidity({ ...input, firstDate: "" })).toStrictEqual([
      at(0, "icd-invalid", "ZZZ.9 is not an ICD-10-CM code on the date of service: check the spelling (with the dot, e.g. E11.9) or search for the condition."),
    ]);
  });

  it("a 7th-character code missing one, two or three 'X' placeholders is given the code with them", () => {
    const missing = (code: string, fixed: string) => `${code} is missing the "X" placeholder before its 7th character: report ${fixed}.`;
    expect(check(["T45.01A", "S02.0A", "S02.0XA", "T66A"])).toStrictEqual([
      at(0, "icd-7th-character", missing("T45.01A", "T45.0X1A")),
      at(1, "icd-7th-character", missing("S02.0A", "S02.0XXA")),
      at(2, "icd-7th-character", missing("S02.0XA", "S02.0XXA")),
      at(3, "icd-7th-character", missing("T66A", "T66.XXXA")),
    ]);
  });

  it("no placeholder fix for a code without a letter at the end, one too short to hold a placeholder, or a full-length code", () => {
    // O32.1XX0 exists (a 7th character that is a digit, the fetus), but a code ending in a digit is
    // not read as one missing its placeholders; "S02A" would need the non-code S02.XXXA.
    expect(check(["O32.10", "T45.011", "S02A", "T6A", "T45.0Y1A"])).toStrictEqual(
      ["O32.10", "T45.011", "S02A", "T6A", "T45.0Y1A"].map((code, i) => at(i, "icd-invalid", spelling(code))),
    );
  });

  it("a code that needs only its 7th character lists the meanings (the first six of S52's sixteen) and three codes, with 'X' placeholders where it is short", () => {
    expect(check(["S93.401", "T45.0X1", "M80.08", "S02.0", "S52.501"])).toStrictEqual([
      at(0, "icd-7th-character", "S93.401 needs a 7th character (A initial encounter; D subsequent encounter; S sequela): report e.g. S93.401A, S93.401D, S93.401S."),
      at(1, "icd-7th-character", "T45.0X1 needs a 7th character (A initial encounter; D subsequent encounter; S sequela): report e.g. T45.0X1A, T45.0X1D, T45.0X1S."),
      at(2, "icd-7th-character", 'M80.08 needs a 7th character after "X" placeholders (A initial encounter for fracture; D subsequent encounter for fracture with routine healing; G subsequent encounter for fracture with delayed healing; K subsequent encounter for fracture with nonunion; P subsequent encounter for fracture with malunion; S sequela): report e.g. M80.08XA, M80.08XD, M80.08XG.'),
      at(3, "icd-7th-character", 'S02.0 needs a 7th character after "X" placeholders (A initial encounter for closed fracture; B initial encounter for open fracture; D subsequent encounter for fracture with routine healing; G subsequent encounter for fracture with delayed healing; K subsequent encounter for fracture with nonunion; S sequela): report e.g. S02.0XXA, S02.0XXB, S02.0XXD.'),
      at(4, "icd-7th-character", "S52.501 needs a 7th character (A initial encounter for closed fracture; B initial encounter for open fracture type I or II; C initial encounter for open fracture type IIIA, IIIB, or IIIC; D subsequent encounter for closed fracture with routine healing; E subsequent encounter for open fracture type I or II with routine healing; F subsequent encounter for open fracture type IIIA, IIIB, or IIIC with routine healing): report e.g. S52.501A, S52.501B, S52.501C."),
    ]);
  });

  it("a header that needs more than a 7th character names up to six billable codes under it, breadth first", () => {
    expect(check(["E11", "S93.40", "O09.9"])).toStrictEqual([
      at(0, "icd-not-billable", "E11 is a category header, not a billable code: choose a billable code under it, such as E11.8, E11.9, E11.A, E11.00, E11.01, E11.10."),
      at(1, "icd-not-billable", "S93.40 is a category header, not a billable code: choose a billable code under it, such as S93.401A, S93.401D, S93.401S, S93.402A, S93.402D, S93.402S."),
      at(2, "icd-not-billable", "O09.9 is a category header, not a billable code: choose a billable code under it, such as O09.90, O09.91, O09.92, O09.93."),
    ]);
  });

  it("a code is judged on the date of service: E11.A before FY2026 names the edition that has it; G35 is billable in FY2025 and a header in FY2026", () => {
    expect(check(["E11.A", "G35"], "2025-06-01")).toStrictEqual([
      at(0, "icd-invalid", "E11.A is not a valid ICD-10-CM code on 2025-06-01 (it exists in FY2026): use the code in force on the date of service."),
    ]);
    expect(check(["G35"], "2026-05-12")).toStrictEqual([
      at(0, "icd-not-billable", "G35 is a category header, not a billable code: choose a billable code under it, such as G35.A, G35.D, G35.B0, G35.B1, G35.B2, G35.C0."),
    ]);
  });
});

describe("icd validity on made-up code trees", () => {
  const entry = (code: string, fields: Partial<CodeEntry>): CodeEntry => ({
    system: ICD10CM, code, display: code, billable: false, validOnDate: true, editions: ["FY2026"], children: [], notes: {}, ...fields,
  });
  const withTree = (diagnoses: string[], tree: Map<string, CodeEntry>): ScrubInput => ({
    ...ruleInput({ diagnoses, lines: [{ code: "99213" }] }),
    icd: (code) => tree.get(code),
  });

  it("a code not valid on the date and in no edition has no edition list", () => {
    const tree = new Map([["A00.0", entry("A00.0", { billable: true, validOnDate: false, editions: [] })]]);
    expect(checkIcdValidity(withTree(["A00.0"], tree))).toStrictEqual([
      at(0, "icd-invalid", `A00.0 is not a valid ICD-10-CM code on ${DOS}: use the code in force on the date of service.`),
    ]);
  });

  it("a code not valid on the date names every edition that has it", () => {
    const tree = new Map([["A00.0", entry("A00.0", { billable: true, validOnDate: false, editions: ["FY2025", "FY2026"] })]]);
    expect(checkIcdValidity(withTree(["A00.0"], tree))).toStrictEqual([
      at(0, "icd-invalid", `A00.0 is not a valid ICD-10-CM code on ${DOS} (it exists in FY2025, FY2026): use the code in force on the date of service.`),
    ]);
  });

  it("a header with nothing billable under it asks for a more specific code", () => {
    const tree = new Map([["A00", entry("A00", { children: ["A00.0"] })], ["A00.0", entry("A00.0", {})]]);
    expect(checkIcdValidity(withTree(["A00"], tree))).toStrictEqual([
      at(0, "icd-not-billable", "A00 is a category header, not a billable code: choose a more specific billable code."),
    ]);
  });

  it("7th-character notes without a code that differs only in its 7th character give the header finding", () => {
    const tree = new Map([
      ["A00", entry("A00", { children: ["A00.1"], notes: { seventhCharacters: [{ char: "A", meaning: "initial" }] } })],
      ["A00.1", entry("A00.1", { children: ["A00.12"] })],
      ["A00.12", entry("A00.12", { billable: true })],
    ]);
    expect(checkIcdValidity(withTree(["A00"], tree))).toStrictEqual([
      at(0, "icd-not-billable", "A00 is a category header, not a billable code: choose a billable code under it, such as A00.12."),
    ]);
  });

  it("the search takes billable codes level by level, skips codes the index does not know, and stops at the limit", () => {
    const tree = new Map([
      ["R", entry("R", { children: ["R1", "R2", "GONE", "R3"] })],
      ["R1", entry("R1", { children: ["R1a", "R1b"] })],
      ["R1a", entry("R1a", { billable: true })],
      ["R1b", entry("R1b", { billable: true })],
      ["R2", entry("R2", { billable: true })],
      ["R3", entry("R3", { billable: true, children: ["R3a"] })],
      ["R3a", entry("R3a", { billable: true })],
    ]);
    const input = withTree([], tree);
    const root = tree.get("R")!;
    expect(billableDescendants(input, root, 6)).toStrictEqual(["R2", "R3", "R1a", "R1b"]);
    expect(billableDescendants(input, root, 3)).toStrictEqual(["R2", "R3", "R1a"]);
    expect(billableDescendants(input, root, 0)).toStrictEqual([]);
  });

  it("the search visits at most 200 codes, so a huge or looping tree ends", () => {
    const wide = (billableAt: number) => {
      const names = Array.from({ length: 250 }, (_, i) => `N${i}`);
      const tree = new Map<string, CodeEntry>([["ROOT", entry("ROOT", { children: names })]]);
      for (const [i, name] of names.entries()) tree.set(name, entry(name, { billable: i === billableAt }));
      return billableDescendants(withTree([], tree), tree.get("ROOT")!, 6);
    };
    expect(wide(199)).toStrictEqual(["N199"]);
    expect(wide(200)).toStrictEqual([]);
    const loop = new Map([["L", entry("L", { children: ["L"] })]]);
    expect(billableDescendants(withTree([], loop), loop.get("L")!, 6)).toStrictEqual([]);
  });
});
