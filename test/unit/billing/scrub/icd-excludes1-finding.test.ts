import { beforeAll, describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { checkExcludes1 } from "../../../../src/billing/scrub/rule-icd-excludes1.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { buildClaim } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-excludes1, read whole: the code's own note or its section's, quoted; the finding on the
// diagnosis listed later, once per pair even when both notes name the other; no finding for a
// diagnosis without a code, for a code's note that covers the code itself, or for unrelated codes.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const check = (diagnoses: string[]) => checkExcludes1(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index }));
const at = (position: number, text: string) => expected("icd-excludes1", "warning", "business-rule", text, [`Claim.diagnosis[${position}].diagnosisCodeableConcept`]);
const TAIL = "keep the one that describes the condition and remove the other, unless the two are clearly unrelated conditions.";
const own = (code: string, note: string, other: string) => `${code} has an Excludes1 note "${note}", so ${other} is not reported with it: ${TAIL}`;
const block = (code: string, from: string, note: string, other: string) => `${code} lies in ${from}, whose Excludes1 note is "${note}", so ${other} is not reported with it: ${TAIL}`;

describe("icd-excludes1 finding (real Tabular notes)", () => {
  it("type 1 and type 2 diabetes exclude each other: one finding, on the later diagnosis, quoting the first one's note", () => {
    expect(check(["E11.9", "E10.9"])).toStrictEqual([at(1, own("E11.9", "type 1 diabetes mellitus (E10.-)", "E10.9"))]);
    expect(check(["E10.9", "I10", "E11.9"])).toStrictEqual([at(2, own("E10.9", "type 2 diabetes mellitus (E11.-)", "E11.9"))]);
  });

  it("a section's note is named with its range, in either order", () => {
    const text = block("N05.9", "section N00-N08", "hypertensive chronic kidney disease (I12.-)", "I12.9");
    expect(check(["N05.9", "I12.9"])).toStrictEqual([at(1, text)]);
    expect(check(["I12.9", "N05.9"])).toStrictEqual([at(1, text)]);
  });

  it("a diagnosis without a code is skipped, and unrelated or repeated codes draw nothing", () => {
    expect(check(["", "E11.9", "E10.9"])).toStrictEqual([at(2, own("E11.9", "type 1 diabetes mellitus (E10.-)", "E10.9"))]);
    expect(check(["I10", "E78.5", "J45.909"])).toStrictEqual([]);
    expect(check(["E11.9", "E11.9"])).toStrictEqual([]);
  });
});

describe("icd-excludes1 on made-up notes", () => {
  const entry = (code: string, excludes1: string[]): CodeEntry => ({
    system: ICD10CM, code, display: code, billable: true, validOnDate: true, editions: ["FY2026"], children: [], notes: { excludes1 },
  });
  const withNotes = (diagnoses: string[], notes: Record<string, string[]>): ScrubInput => ({
    ...ruleInput({ diagnoses, lines: [{ code: "99213" }] }),
    icd: (code) => (notes[code] ? entry(code, notes[code]) : undefined),
  });

  it("a note covering the code itself never pairs a diagnosis with itself, only with another diagnosis of the same code", () => {
    expect(checkExcludes1(withNotes(["R05.1"], { "R05.1": ["cough (R05.-)"] }))).toStrictEqual([]);
    expect(checkExcludes1(withNotes(["R05.1", "R05.1"], { "R05.1": ["cough (R05.-)"] }))).toStrictEqual([
      at(1, own("R05.1", "cough (R05.-)", "R05.1")),
    ]);
  });

  it("every excluded diagnosis is named, each pair once, with the note that found it first", () => {
    const notes = { "R05.1": ["acute cough (R05.1-R05.2)", "smoker's cough (J41.0)"], "R05.2": ["subacute cough (R05.1)"] };
    expect(checkExcludes1(withNotes(["R05.1", "J41.0", "R05.2"], notes))).toStrictEqual([
      at(2, own("R05.1", "acute cough (R05.1-R05.2)", "R05.2")),
      at(1, own("R05.1", "smoker's cough (J41.0)", "J41.0")),
    ]);
  });

  it("pairs are told apart however many diagnoses there are: diagnoses 2 and 214 are not diagnoses 13 and 14", () => {
    const diagnoses = Array.from({ length: 214 }, (_, i) => `U70.${i}`);
    diagnoses[1] = "U90.1";
    diagnoses[213] = "U99.3";
    diagnoses[12] = "U91.1";
    diagnoses[13] = "U98.1";
    const notes = { "U90.1": ["late condition (U99.3)"], "U91.1": ["other condition (U98.1)"] };
    expect(checkExcludes1(withNotes(diagnoses, notes))).toStrictEqual([
      at(213, own("U90.1", "late condition (U99.3)", "U99.3")),
      at(13, own("U91.1", "other condition (U98.1)", "U98.1")),
    ]);
  });

  it("a code the index does not know still has its section's notes", () => {
    expect(checkExcludes1(withNotes(["N05.9", "I12.9"], {}))).toStrictEqual([
      at(1, block("N05.9", "section N00-N08", "hypertensive chronic kidney disease (I12.-)", "I12.9")),
    ]);
  });
});
