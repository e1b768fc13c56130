import { beforeAll, describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { checkUseAdditional } from "../../../../src/billing/scrub/rule-icd-use-additional.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { buildClaim } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-use-additional, read whole. With the real code index: the finding's text, a note naming
// only external cause codes (W89, X32) is not demanded. With made-up entries and a look-up that
// knows codes only as the index contract writes them (with the dot): which notes demand a code
// (a note starting with "code", not a heading ending with ":", even with a trailing space; no
// "with .42" qualifier in any group; not only V-Y codes, judged by the first character; every
// code it names known, both ends of a range) and that the code's own note is not met by itself.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const check = (diagnoses: string[]) => checkUseAdditional(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index }));
const useAdditional = (at: number, code: string, note: string) =>
  expected("icd-use-additional", "warning", "business-rule",
    `${code} has the Tabular instruction "Use additional ${note}", and no diagnosis on the claim is one of those codes: add the code the record supports, after ${code}.`,
    [`Claim.diagnosis[${at}].diagnosisCodeableConcept`]);

/** A claim whose code look-up knows only `known` and the codes in `notes` (exactly as written, with the dot). */
const madeUp = (diagnoses: string[], notes: Record<string, string[]>, known: string[]): ScrubInput => {
  const entry = (code: string): CodeEntry => ({
    system: ICD10CM, code, display: `made-up ${code}`, billable: true, validOnDate: true, editions: ["FY2026"], children: [],
    notes: notes[code] ? { useAdditionalCode: notes[code] } : {},
  });
  const input = ruleInput({ diagnoses, lines: [{ code: "99213" }] });
  return { ...input, icd: (code) => (code in notes || known.includes(code) ? entry(code) : undefined) };
};
/** E11.22 carrying one made-up note, alone on the claim. */
const withNote = (note: string, known: string[]) => checkUseAdditional(madeUp(["E11.22"], { "E11.22": [note] }, known));
const STAGES = ["N18.1", "N18.6"];

describe("icd-use-additional finding", () => {
  it("the real E11.22 without the stage: the note quoted whole; with N18.30: no finding", () => {
    expect(check(["E11.22"])).toStrictEqual([
      expected("icd-use-additional", "warning", "business-rule",
        "E11.22 has the Tabular instruction \"Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)\", and no diagnosis on the claim is one of those codes: add the code the record supports, after E11.22.",
        ["Claim.diagnosis[0].diagnosisCodeableConcept"]),
    ]);
    expect(check(["E11.22", "N18.30"])).toStrictEqual([]);
  });

  it("a note naming only external cause codes (L56.8: W89, X32) is not demanded", () => {
    expect(check(["L56.8"])).toStrictEqual([]);
  });

  it("the codes a note names are looked up as written with the dot, four-character and three-character ones", () => {
    const stage = "code to identify the stage (N18.1-N18.6)";
    expect(withNote(stage, STAGES)).toStrictEqual([useAdditional(0, "E11.22", stage)]);
    const failure = "code to identify the type of heart failure (I50.-)";
    expect(withNote(failure, ["I50"])).toStrictEqual([useAdditional(0, "E11.22", failure)]);
  });

  it("only a note that starts with 'code' and is not a heading (ending with ':', spaces after it too) demands a code", () => {
    expect(withNote("stage code (N18.1-N18.6)", STAGES)).toStrictEqual([]);
    expect(withNote("code to identify the stage (N18.1-N18.6), one of:", STAGES)).toStrictEqual([]);
    expect(withNote("code to identify the stage (N18.1-N18.6): ", STAGES)).toStrictEqual([]);
  });

  it("a note with a 'with .42' group, alone or beside a plain one, demands nothing", () => {
    expect(withNote("code for the complication (E08-E13 with .42)", ["E08", "E13"])).toStrictEqual([]);
    expect(withNote("code for the complication (E08-E13 with .42) or the neuropathy (G62.9)", ["E08", "E13", "G62.9"])).toStrictEqual([]);
  });

  it("external cause codes are told by their first character: V-Y with other codes, or X inside a code, still demanded", () => {
    const mixed = "code to identify the place and the ulcer site (Y92.0, L97.4)";
    expect(withNote(mixed, ["Y92.0", "L97.4"])).toStrictEqual([useAdditional(0, "E11.22", mixed)]);
    const drug = "code to identify the drug (T38.3X6)";
    expect(withNote(drug, ["T38.3X6"])).toStrictEqual([useAdditional(0, "E11.22", drug)]);
  });

  it("a note naming a code the code set does not know (one end of a range, or one of two references) demands nothing", () => {
    expect(withNote("code to identify the stage (N18.1-N18.7)", ["N18.1"])).toStrictEqual([]);
    expect(withNote("code to identify the stage (N18.1-N18.6, Q99.9)", STAGES)).toStrictEqual([]);
  });

  it("a code does not meet its own note: another diagnosis must be in the range", () => {
    const own = "code to identify the strain (A00.-)";
    expect(checkUseAdditional(madeUp(["A00.0"], { "A00.0": [own] }, ["A00"]))).toStrictEqual([useAdditional(0, "A00.0", own)]);
    expect(checkUseAdditional(madeUp(["I10", "A00.0", "A00.1"], { "A00.0": [own] }, ["A00"]))).toStrictEqual([]);
  });
});
