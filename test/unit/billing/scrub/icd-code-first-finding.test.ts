import { beforeAll, describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { checkCodeFirst } from "../../../../src/billing/scrub/rule-icd-code-first.ts";
import type { CodeEntry, CodeIndex } from "../../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { buildClaim } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// icd-code-first, read whole with the real code index: a manifestation listed first (error) or
// after no etiology (warning), quoting the first two "code first" notes; a code whose note names
// codes listed after it, all of them named; a note naming no codes asks for nothing; a manifestation
// without a note (E20.811) is still never first, an infectious agent B95-B97 (left to
// icd-first-listed) gives no finding. On a made-up entry whose note names its own category: a code
// is never its own etiology.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const check = (diagnoses: string[]) => checkCodeFirst(viewClaim(buildClaim({ diagnoses, lines: [{ code: "99213" }] }), { index }));
const codeFirst = (severity: "error" | "warning", at: number, text: string) =>
  expected("icd-code-first", severity, "business-rule", text, [`Claim.diagnosis[${at}].diagnosisCodeableConcept`]);
/** F02.80's first two of its 26 "code first" notes, as the finding quotes them. */
const F02_WANTED = "the underlying physiological condition, such as:; Alzheimer's (G30.-)";

describe("icd-code-first finding", () => {
  it("a manifestation listed first: an error quoting the first two notes", () => {
    expect(check(["F02.80", "G30.1"])).toStrictEqual([
      codeFirst("error", 0, `F02.80 is a manifestation code and cannot be the first-listed diagnosis: list the underlying condition first (code first: ${F02_WANTED}), then F02.80.`),
    ]);
  });

  it("a manifestation without its etiology before it: a warning, also when the etiology comes after it", () => {
    const warning = codeFirst("warning", 1, `F02.80 is a manifestation code whose underlying condition is not listed before it: add the etiology code first (code first: ${F02_WANTED}).`);
    expect(check(["I10", "F02.80"])).toStrictEqual([warning]);
    expect(check(["I10", "F02.80", "G30.1"])).toStrictEqual([warning]);
    expect(check(["G30.1", "F02.80"])).toStrictEqual([]);
  });

  it("a manifestation whose note names no codes ('underlying disease') asks for no etiology", () => {
    expect(check(["I10", "N74"])).toStrictEqual([]);
  });

  it("a manifestation without a code-first note (E20.811, newer than the notes' edition) listed first: an error all the same", () => {
    expect(check(["E20.811", "E83.52"])).toStrictEqual([
      codeFirst("error", 0, "E20.811 is a manifestation code and cannot be the first-listed diagnosis: list the underlying condition first, then E20.811."),
    ]);
    expect(check(["I10", "E20.811"])).toStrictEqual([]);
  });

  it("an infectious agent 'as the cause of diseases classified elsewhere' (B96.20) listed first: no finding here (icd-first-listed reports it)", () => {
    expect(check(["B96.20", "I10"])).toStrictEqual([]);
  });

  it("a code whose note names codes listed after it: every one of them named", () => {
    expect(check(["N18.30", "E11.22", "I12.9"])).toStrictEqual([
      codeFirst("warning", 0, "N18.30 has a \"code first\" note naming E11.22, I12.9, which are on the claim after it: list E11.22, I12.9 before N18.30."),
    ]);
    expect(check(["I10", "N18.30", "E11.22"])).toStrictEqual([
      codeFirst("warning", 1, "N18.30 has a \"code first\" note naming E11.22, which is on the claim after it: list E11.22 before N18.30."),
    ]);
  });

  // Made-up entries: A00.0 with a note naming its own category A00.
  const selfNamed = (display: string, diagnoses: string[]): ScrubInput => {
    const entry: CodeEntry = {
      system: ICD10CM, code: "A00.0", display, billable: true, validOnDate: true, editions: ["FY2026"], children: [],
      notes: { codeFirst: ["underlying condition (A00.-)"] },
    };
    const input = ruleInput({ diagnoses, lines: [{ code: "99213" }] });
    return { ...input, icd: (code) => (code === "A00.0" ? entry : undefined) };
  };

  it("a code is never its own etiology: a note naming the code's own category", () => {
    expect(checkCodeFirst(selfNamed("Cholera, made up", ["A00.0", "I10"]))).toStrictEqual([]);
    expect(checkCodeFirst(selfNamed("Cholera in diseases classified elsewhere, made up", ["I10", "A00.0"]))).toStrictEqual([
      codeFirst("warning", 1, "A00.0 is a manifestation code whose underlying condition is not listed before it: add the etiology code first (code first: underlying condition (A00.-))."),
    ]);
  });
});
