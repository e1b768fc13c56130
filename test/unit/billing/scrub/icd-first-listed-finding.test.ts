import { beforeAll, describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { checkFirstListed } from "../../../../src/billing/scrub/rule-icd-first-listed.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { buildClaim } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-first-listed, read whole: each guideline's reason and what goes first instead, the Tabular's
// own "additional code" note quoted, on the first diagnosis; nothing for codes that only contain
// a never-first code, for a claim without diagnoses, and how far up the Tabular the note is sought.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const check = (diagnoses: string[]) => checkFirstListed(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index }));
const firstListed = (text: string) => expected("icd-first-listed", "error", "business-rule", text, ["Claim.diagnosis[0].diagnosisCodeableConcept"]);

describe("icd-first-listed finding", () => {
  it.each([
    ["Y93.A1", "an external cause code, which is never first-listed (guideline I.C.20): list the condition treated first"],
    ["B96.20", "a supplementary code for the infectious agent (B95-B97), listed after the infection it identifies: list the condition treated first"],
    ["T46.5X6A", "an underdosing code, which is never first-listed (guideline I.C.19.e.5.c): list the condition the underdosing caused first"],
    ["T38.3X6A", "an underdosing code, which is never first-listed (guideline I.C.19.e.5.c): list the condition the underdosing caused first"],
    ["Z68.41", "a BMI code, reported only after its associated weight diagnosis (guideline I.C.21.c.3): list the condition treated first"],
    ["Z3A.20", "a weeks-of-gestation code, listed after the pregnancy condition (Tabular: code first O09-O60, O80-O82): list the condition treated first"],
    ["R40.2142", "a coma scale code, sequenced after the injury or condition (guideline I.C.18.e): list the condition treated first"],
  ])("%s first: the guideline's reason and what goes first", (code, why) => {
    expect(check([code, "I10"])).toStrictEqual([firstListed(`${code} is listed first but is ${why} and ${code} after it.`)]);
  });

  it("Z37.0 first: the Tabular note of its category Z37, quoted", () => {
    expect(check(["Z37.0", "O80"])).toStrictEqual([
      firstListed("Z37.0 is listed first but is for use as an additional code only (Tabular: \"This category is intended for use as an additional code to identify the outcome of delivery on the mother's record. It is not for use on the newborn record.\"): list the condition treated first and Z37.0 after it."),
    ]);
  });

  it.each([
    ["unspecified coma, outside the coma scales R40.21-R40.24", "R40.20"],
    ["a mistyped code holding B95.2 after its first character", "XB95.2"],
    ["a mistyped code holding an underdosing code", "XT38.3X6A"],
    ["a mistyped code holding a coma scale code", "XR40.2142"],
    ["an ordinary first diagnosis", "E11.9"],
  ])("no finding for %s", (_label, code) => {
    expect(check([code, "I10"])).toStrictEqual([]);
  });

  it("no diagnosis, or a first diagnosis without a code: no finding and no look-up in the code index", () => {
    // ruleInput's index fails the test when consulted.
    expect(checkFirstListed(ruleInput({ diagnoses: [], lines: [{ code: "99213" }] }))).toStrictEqual([]);
    expect(checkFirstListed(ruleInput({ diagnoses: ["", "I10"], lines: [{ code: "99213" }] }))).toStrictEqual([]);
  });

  // A made-up chain A00.0 > L1 > L2 > ... > L9 with the note on one level only: the walk reads the
  // code and at most five ancestors (a real ICD-10-CM code has at most four), so a bad parent
  // chain, even a loop, ends.
  const chainWithNoteAt = (depth: number): ScrubInput => {
    const names = ["A00.0", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9"];
    const entry = (at: number): CodeEntry => ({
      system: ICD10CM, code: names[at] ?? "", display: `level ${at}`, billable: at === 0, validOnDate: true, editions: ["FY2026"],
      parent: names[at + 1], children: at === 0 ? [] : [names[at - 1] ?? ""],
      notes: at === depth ? { includes: ["Note: this category is for use as an additional code."] } : {},
    });
    const input = ruleInput({ diagnoses: ["A00.0"], lines: [{ code: "99213" }] });
    return { ...input, icd: (code) => { const at = names.indexOf(code); return at < 0 ? undefined : entry(at); } };
  };

  it("the note is sought on the code and up to five ancestors, not further", () => {
    expect(checkFirstListed(chainWithNoteAt(5))).toStrictEqual([
      firstListed("A00.0 is listed first but is for use as an additional code only (Tabular: \"Note: this category is for use as an additional code.\"): list the condition treated first and A00.0 after it."),
    ]);
    expect(checkFirstListed(chainWithNoteAt(6))).toStrictEqual([]);
    expect(checkFirstListed(chainWithNoteAt(9))).toStrictEqual([]);
  });
});
