import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { createPtpTable, type PtpEdit } from "../../../../src/billing/ncci/ptp-table.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// What the biller reads in an NCCI PTP finding: which line is column 2 and which column 1, the
// date, edition and rationale, the advice that fits the column-2 code, and the modifier that does
// not bypass. The pairs and rationales are those of the CMS practitioner table (2024 Q3); a small
// table keeps them in plain sight.
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const EDITS: PtpEdit[] = [
  { column1: "43239", column2: "43235", modifierIndicator: 0, rationale: "CPT Separate procedure definition" },
  { column1: "20610", column2: "76942", modifierIndicator: 1, rationale: "CPT Manual or CMS manual coding instruction" },
  { column1: "20610", column2: "99213", modifierIndicator: 1, rationale: "CPT Manual or CMS manual coding instruction" },
  { column1: "99291", column2: "36000", modifierIndicator: 1, rationale: "Standards of medical/surgical practice" },
  { column1: "99221", column2: "99213", modifierIndicator: 1, rationale: "CPT Manual or CMS manual coding instruction" },
  // An edit without a rationale category, and a code listed against itself.
  { column1: "97530", column2: "97110", modifierIndicator: 1 },
  { column1: "96372", column2: "96372", modifierIndicator: 1, rationale: "Misuse of Column Two code with Column One code" },
];
const table = createPtpTable("PTP test edition", "2024-07-01", EDITS);

const ptp = (lines: LineSpec[]) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index, edits: { ptp: table } }), "ncci-ptp")
    .map((issue) => ({ severity: issue.severity, code: issue.code, text: issue.details?.text, expression: issue.expression }));

const PROCEDURE_ADVICE = (code: string) =>
  `if the services were distinct (separate site, session or practitioner), add XS, XE, XP, XU, 59 or an anatomic modifier to ${code}; otherwise remove ${code}.`;
const EM_ADVICE = (code: string) =>
  `if the visit was significant and separately identifiable from the procedure, add 25 (57 if it was the decision for major surgery) to ${code}; otherwise remove ${code}.`;

describe("ncci-ptp finding text", () => {
  it("without a table: names what was not checked, on the claim's lines", () => {
    const issues = findingsOf(scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines: [{ code: "43239" }, { code: "43235" }] }), { index, edits: {} }), "ncci-ptp");
    expect(issues.map((issue) => ({ severity: issue.severity, code: issue.code, text: issue.details?.text, expression: issue.expression }))).toEqual([{
      severity: "information",
      code: "informational",
      text: "No NCCI PTP edition is loaded, so code pairs were not checked: load the NCCI tables to check procedure-to-procedure edits.",
      expression: ["Claim.item"],
    }]);
  });

  it("indicator 0: the column-2 line (here line 1) and column-1 line (line 2), date, edition and rationale; a modifier changes nothing", () => {
    expect(ptp([{ code: "43235", modifiers: ["59"] }, { code: "43239" }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: "43235 (line 1) is a column-2 code of 43239 (line 2) on 2026-05-12 in PTP test edition (CPT Separate procedure definition), and no modifier can bypass this edit (indicator 0): remove 43235, which is not paid with 43239.",
      expression: ["Claim.item[0].productOrService"],
    }]);
  });

  it("indicator 1 without a modifier: advice for a procedure; an edit without a rationale names none", () => {
    expect(ptp([{ code: "97110" }, { code: "97530" }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: `97110 (line 1) is a column-2 code of 97530 (line 2) on 2026-05-12 in PTP test edition: ${PROCEDURE_ADVICE("97110")}`,
      expression: ["Claim.item[0].modifier"],
    }]);
  });

  it("a bypass modifier on the column-1 line: a note on that modifier (not on a side modifier before it) naming the column-2 line to move it to", () => {
    expect(ptp([{ code: "76942" }, { code: "20610", modifiers: ["RT", "59"] }])).toEqual([{
      severity: "information",
      code: "business-rule",
      text: "76942 (line 1) is a column-2 code of 20610 (line 2) on 2026-05-12 in PTP test edition: the bypass modifier 59 belongs on the column-2 line; move it to 76942 (line 1).",
      expression: ["Claim.item[1].modifier[1]"],
    }]);
  });

  it("a procedure's bypass modifier on the column-1 line does not fit an E/M column-2 code: the E/M advice, as an error", () => {
    expect(ptp([{ code: "20610", modifiers: ["59"] }, { code: "99213" }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: `99213 (line 2) is a column-2 code of 20610 (line 1) on 2026-05-12 in PTP test edition (CPT Manual or CMS manual coding instruction): ${EM_ADVICE("99213")}`,
      expression: ["Claim.item[1].modifier"],
    }]);
  });

  it("25 on an E/M column-1 code does not fit a procedure column-2 code: the procedure advice, as an error, not a note to move 25", () => {
    expect(ptp([{ code: "99291", modifiers: ["25"] }, { code: "36000" }])).toEqual([{
      severity: "error",
      code: "business-rule",
      text: `36000 (line 2) is a column-2 code of 99291 (line 1) on 2026-05-12 in PTP test edition (Standards of medical/surgical practice): ${PROCEDURE_ADVICE("36000")}`,
      expression: ["Claim.item[1].modifier"],
    }]);
  });

  it("25 on an E/M column-1 code fits an E/M column-2 code: the note to move it", () => {
    expect(ptp([{ code: "99221", modifiers: ["25"] }, { code: "99213" }]).map((issue) => [issue.severity, issue.text])).toEqual([[
      "information",
      "99213 (line 2) is a column-2 code of 99221 (line 1) on 2026-05-12 in PTP test edition: the bypass modifier 25 belongs on the column-2 line; move it to 99213 (line 2).",
    ]]);
  });

  it.each([
    ["59 on an E/M, after a payment modifier", [{ code: "20610" }, { code: "99213", modifiers: ["GA", "59"] }], `${EM_ADVICE("99213")} Modifier 59 does not bypass this edit on an E/M.`],
    ["25 on a procedure", [{ code: "20610" }, { code: "76942", modifiers: ["25"] }], `${PROCEDURE_ADVICE("76942")} Modifier 25 does not bypass this edit on this procedure.`],
    ["91 on a procedure", [{ code: "20610" }, { code: "76942", modifiers: ["91"] }], `${PROCEDURE_ADVICE("76942")} Modifier 91 does not bypass this edit on this procedure (91 only marks a repeated lab test).`],
    ["only a payment modifier", [{ code: "20610" }, { code: "76942", modifiers: ["GA"] }], PROCEDURE_ADVICE("76942")],
  ])("names the modifier that does not bypass: %s", (_label, lines, ending) => {
    const column2 = lines[1]?.code ?? "";
    expect(ptp(lines)).toEqual([{
      severity: "error",
      code: "business-rule",
      text: `${column2} (line 2) is a column-2 code of 20610 (line 1) on 2026-05-12 in PTP test edition (CPT Manual or CMS manual coding instruction): ${ending}`,
      expression: ["Claim.item[1].modifier"],
    }]);
  });

  it("never pairs a code with itself, even where a table lists it (repeats are the MUE's concern)", () => {
    expect(ptp([{ code: "96372" }, { code: "96372" }])).toEqual([]);
  });
});
