import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { blockExcludes1 } from "../../../../src/billing/scrub/rule-icd-excludes1.ts";
import { buildClaim, findingsOf } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const excludes = (diagnoses: string[]) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses, lines: [{ code: "99214", pointers: diagnoses.slice(0, 4).map((_, i) => i + 1) }] }), { index }), "icd-excludes1");

describe("icd-excludes1 inherited from the Tabular's sections and chapters", () => {
  it("reads the section and chapter notes a code lies in", () => {
    expect(blockExcludes1("N05.9").map((note) => note.from)).toContain("section N00-N08");
    expect(blockExcludes1("S06.0X0A").map((note) => note.from)).toContain("chapter S00-T88");
    expect(blockExcludes1("E11.9").map((note) => note.from)).toEqual(["chapter E00-E89"]);
  });

  it.each([
    ["a glomerular disease (section N00-N08) with hypertensive CKD", ["N05.9", "I12.9"], 1, "section N00-N08"],
    ["hypertension (section I10-I16) with primary pulmonary hypertension", ["I10", "I27.0"], 1, "section I10-I16"],
    ["an injury (chapter S00-T88) with birth trauma", ["S06.0X0A", "P10.0"], 1, "chapter S00-T88"],
    ["an endocrine disorder (chapter E00-E89) with a transitory newborn disorder", ["E87.1", "P74.22"], 1, "chapter E00-E89"],
    ["a general examination (section Z00-Z13) with a pregnancy supervision code", ["Z34.82", "Z00.00"], 1, "section Z00-Z13"],
  ])("warns for %s", (_label, diagnoses, at, from) => {
    const issues = excludes(diagnoses);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", expression: [`Claim.diagnosis[${at}].diagnosisCodeableConcept`] });
    expect(issues[0]?.details?.text).toContain(from);
  });

  it.each([
    ["diabetic CKD with its stage and hypertensive CKD", ["E11.22", "I12.9", "N18.30"]],
    ["a glomerular disease with essential hypertension", ["N05.9", "I10"]],
    ["an injury with its external cause", ["S61.411A", "W26.0XXA"]],
    ["hypertension with hyperlipidemia", ["I10", "E78.5"]],
  ])("is quiet for %s", (_label, diagnoses) => {
    expect(excludes(diagnoses)).toEqual([]);
  });
});
