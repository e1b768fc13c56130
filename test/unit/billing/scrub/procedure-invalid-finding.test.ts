import { beforeAll, describe, expect, it } from "vitest";
import { viewClaim } from "../../../../src/billing/scrub/claim-view.ts";
import { procedureFacts } from "../../../../src/billing/scrub/procedure-facts.ts";
import { checkProcedureValidity } from "../../../../src/billing/scrub/rule-procedure-invalid.ts";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import type { LoadedCodeIndex } from "../../../../src/coding/search/create-code-index.ts";
import { CPT } from "../../../../src/coding/systems.ts";
import { buildClaim, type LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// procedure-invalid, read whole: the line's number, the code and the date in each text, the
// severity of each case (HCPCS unknown or not yet in force, neither shape, a CPT number only the
// EMR knows, an unknown Category II code, a CPT number first in CMS's 2026 files billed before
// 2026), and the lines that give no finding (no code, a known code, a 2026 code on or after 2026-01-01).
let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
  // A CPT number CMS's public files do not know, sent by the EMR with its own display.
  (index as LoadedCodeIndex).addCodings([{ system: CPT, code: "0999T", display: "EMR-only service" }]);
});

const check = (lines: LineSpec[]) => checkProcedureValidity(viewClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index }));
const at = (line: number) => [`Claim.item[${line}].productOrService`];
const error = (line: number, text: string) => expected("procedure-invalid", "error", "invalid", text, at(line));
const warning = (line: number, text: string) => expected("procedure-invalid", "warning", "invalid", text, at(line));
/** 37254: in CMS's 2026 Q2 MUE table only. */
const NEW_IN_2026 = "37254";

describe("procedure-invalid finding", () => {
  it("the data these cases stand on: 37254 first appears in 2026, 99213 before; 0999T and 9999F are in no CMS file", () => {
    expect(procedureFacts(NEW_IN_2026)?.since2026).toBe(true);
    expect(procedureFacts("99213")?.since2026).toBe(false);
    expect(procedureFacts("0999T")).toBeUndefined();
    expect(procedureFacts("9999F")).toBeUndefined();
  });

  it("a line without a code is not this rule's (and needs no code index)", () => {
    expect(checkProcedureValidity(ruleInput({ diagnoses: ["M17.11"], lines: [{ code: "" }] }))).toStrictEqual([]);
  });

  it("a code of neither shape, on line 2: the code quoted, an error, without consulting the index", () => {
    expect(checkProcedureValidity(ruleInput({ diagnoses: ["M17.11"], lines: [{ code: "" }, { code: "ABCDE" }] }))).toStrictEqual([
      error(1, 'Line 2 bills "ABCDE", which is neither a CPT number (5 characters, e.g. 99213, 0042T) nor a HCPCS Level II code (a letter and 4 digits): correct the code.'),
    ]);
  });

  it("a HCPCS code terminated before 2026, on line 2", () => {
    expect(check([{ code: "99213" }, { code: "A9155" }])).toStrictEqual([
      error(1, "Line 2 bills A9155, which is not a HCPCS Level II code in force (unknown, or terminated before the January 2026 file): choose the current code for the service."),
    ]);
  });

  it("a HCPCS code added on 2026-01-01, billed on 2025-12-15: not in force on that date; on 2026-01-01 or without a date it is", () => {
    expect(check([{ code: "99213" }, { code: "A4295", date: "2025-12-15" }])).toStrictEqual([
      error(1, "Line 2 bills A4295, which is not in force on 2025-12-15: choose the code valid on the date of service."),
    ]);
    expect(check([{ code: "A4295", date: "2026-01-01" }, { code: "A4295", date: "" }])).toStrictEqual([]);
  });

  it("a CPT number only the EMR knows: a warning naming the date, or 'the date of service' when the line has none", () => {
    const tail = "which the EMR or a licensed list knows but CMS's public files (PFS 2025, MUE 2026 Q2, PTP) do not: check it is current on";
    expect(check([{ code: "99213" }, { code: "0999T" }, { code: "0999T", date: "" }])).toStrictEqual([
      warning(1, `Line 2 bills CPT 0999T, ${tail} 2026-05-12 before submitting.`),
      warning(2, `Line 3 bills CPT 0999T, ${tail} the date of service before submitting.`),
    ]);
  });

  it("a CPT number nobody knows is an error; an unknown Category II code (ending in F) only a warning", () => {
    expect(check([{ code: "99213" }, { code: "99999" }, { code: "9999F" }])).toStrictEqual([
      error(1, "Line 2 bills CPT 99999, which CMS's public files (PFS 2025, MUE 2026 Q2, PTP) do not know: it is deleted or does not exist; choose the current code for the service."),
      warning(2, "Line 3 bills CPT 9999F, which CMS's public files (PFS 2025, MUE 2026 Q2, PTP) do not know: it is deleted or does not exist; choose the current code for the service."),
    ]);
  });

  it("a CPT number first in CMS's 2026 files, billed on 2025-12-31: a warning naming the date", () => {
    expect(check([{ code: "99213", date: "2025-12-31" }, { code: NEW_IN_2026, date: "2025-12-31" }])).toStrictEqual([
      warning(1, `Line 2 bills CPT ${NEW_IN_2026}, which first appears in CMS's 2026 files, on 2025-12-31: check that the code was in force on that date.`),
    ]);
  });

  it("no finding for that code on 2026-01-01 or later, nor on a line without a date; none for an older code billed in 2025", () => {
    expect(check([{ code: NEW_IN_2026, date: "2026-01-01" }, { code: NEW_IN_2026 }, { code: NEW_IN_2026, date: "" }, { code: "99213", date: "2025-06-30" }])).toStrictEqual([]);
  });
});
