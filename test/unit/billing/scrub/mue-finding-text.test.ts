import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import type { MueEntry, MueTable } from "../../../../src/billing/ncci/mue-table.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// What the biller reads in an MUE finding: which lines, how many units of which code, the limit,
// its adjudication indicator and the edition. A small table keeps the limits in plain sight.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const LIMITS: Record<string, Omit<MueEntry, "code" | "rationale">> = {
  "96372": { value: 2, mai: 1 },
  "97110": { value: 4, mai: 2 },
  "99213": { value: 1, mai: 3 },
  "G0438": { value: 0, mai: 2 },
};
const table: MueTable = {
  edition: "MUE test edition",
  effectiveDate: "2026-01-01",
  size: Object.keys(LIMITS).length,
  lookup: (code) => {
    const limit = LIMITS[code];
    return limit && { code, rationale: "", ...limit };
  },
};

const mue = (lines: LineSpec[], payerType?: "medicare" | "other") =>
  findingsOf(scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index, edits: { mue: table }, ...(payerType ? { payerType } : {}) }), "mue")
    .map((issue) => ({ severity: issue.severity, code: issue.code, text: issue.details?.text, expression: issue.expression }));

describe("mue finding text", () => {
  it("without a table: names what was not checked, on the claim's lines", () => {
    const issues = findingsOf(scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines: [{ code: "96372", units: 9 }] }), { index, edits: {} }), "mue");
    expect(issues.map((issue) => ({ code: issue.code, text: issue.details?.text, expression: issue.expression }))).toEqual([{
      code: "informational",
      text: "No NCCI MUE edition is loaded, so units were not checked against Medically Unlikely Edits: load the NCCI tables.",
      expression: ["Claim.item"],
    }]);
  });

  it("MAI 1, one line: the line, its units, code, limit and edition", () => {
    expect(mue([{ code: "99203" }, { code: "96372", units: 3 }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: "Line 2 reports 3 units of 96372, over its MUE of 2 per line (MAI 1, MUE test edition): reduce the units, or if more were truly given report them on separate lines with an appropriate modifier (76, 91, 59/XS, or RT/LT).",
      expression: ["Claim.item[1].quantity"],
    }]);
  });

  it("MAI 1: identical lines (other modifiers aside) are named together; a line with 76 stands alone", () => {
    const lines = [{ code: "96372", units: 2 }, { code: "96372", units: 2, modifiers: ["76"] }, { code: "96372", units: 1, modifiers: ["GA"] }];
    expect(mue(lines)).toEqual([{
      severity: "error",
      code: "business-rule",
      text: "Identical lines 1, 3 (counted as one line) report 3 units of 96372, over its MUE of 2 per line (MAI 1, MUE test edition): reduce the units, or if more were truly given report them on separate lines with an appropriate modifier (76, 91, 59/XS, or RT/LT).",
      expression: ["Claim.item[0].quantity", "Claim.item[2].quantity"],
    }]);
  });

  it("MAI 1: the same distinct modifiers in another order make identical lines", () => {
    const lines = [{ code: "96372", units: 2, modifiers: ["RT", "76"] }, { code: "96372", units: 1, modifiers: ["76", "RT"] }];
    expect(mue(lines).map((issue) => issue.expression)).toEqual([["Claim.item[0].quantity", "Claim.item[1].quantity"]]);
  });

  it("MAI 2, one line: the date and the limit that cannot be appealed", () => {
    expect(mue([{ code: "99203" }, { code: "97110", units: 5 }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: "Line 2 reports 5 units of 97110 on 2026-05-12, over its MUE of 4 per day (MAI 2, a policy limit that cannot be appealed, MUE test edition): reduce the units to 4.",
      expression: ["Claim.item[1].quantity"],
    }]);
  });

  it("MAI 3: every line of the code that day counts, modifiers 76 and 25 included; another day is apart", () => {
    const lines = [{ code: "99213" }, { code: "99213", modifiers: ["76"] }, { code: "99213", modifiers: ["25"], units: 2 }, { code: "99213", date: "2026-05-13" }];
    expect(mue(lines)).toEqual([{
      severity: "error",
      code: "business-rule",
      text: "Lines 1, 2, 3 report 4 units of 99213 on 2026-05-12, over its MUE of 1 per day (MAI 3, clinical, MUE test edition): reduce the units to 1, or if more were medically necessary bill them and appeal the denial with documentation.",
      expression: ["Claim.item[0].quantity", "Claim.item[1].quantity", "Claim.item[2].quantity"],
    }]);
  });

  it("a line with no or negative units neither counts nor offsets the others", () => {
    expect(mue([{ code: "97110", units: 5 }, { code: "97110", units: -1 }, { code: "97110", units: null }]).map((issue) => issue.text)).toEqual([
      "Line 1 reports 5 units of 97110 on 2026-05-12, over its MUE of 4 per day (MAI 2, a policy limit that cannot be appealed, MUE test edition): reduce the units to 4.",
    ]);
  });

  it("MUE 0: the code and edition, for Medicare and for an unknown payer", () => {
    expect(mue([{ code: "99203" }, { code: "G0438" }], "medicare")).toEqual([{
      severity: "warning",
      code: "business-rule",
      text: "Medicare's MUE for G0438 is 0 (MUE test edition): it is not payable on a Medicare practitioner claim: remove it or bill the Medicare equivalent.",
      expression: ["Claim.item[1].quantity"],
    }]);
    expect(mue([{ code: "G0438" }]).map((issue) => issue.text)).toEqual([
      "Medicare's MUE for G0438 is 0 (MUE test edition) and the payer's kind is unknown (no Source of Payment Typology code on the coverage): if the payer is Medicare remove it or bill the Medicare equivalent; for a payer that covers it, acknowledge and keep it.",
    ]);
  });
});
