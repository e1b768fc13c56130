import { describe, expect, it } from "vitest";
import { checkProcedureNotPayable } from "../../../../src/billing/scrub/rule-procedure-not-payable.ts";
import type { ScrubContext } from "../../../../src/billing/scrub/scrub-context.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// procedure-not-payable, read whole (the rule reads the PFS status indicators, never the code
// index): the line number, status, meaning and Medicare fix; the preventive-visit hint on 99381-99387
// and 99391-99397 only (not 99380); the same-day paid service only for status T and only on its
// day; the payer clause when the payer type is unknown; one "not checked" finding for a payer that
// is not Medicare, worded for one code or several; and "no PFS row" for codes CMS's files know
// without a status and for unknown Level II codes, never for unknown CPT-shaped numbers.
const check = (lines: LineSpec[], payerType?: ScrubContext["payerType"]) =>
  checkProcedureNotPayable(ruleInput({ diagnoses: ["M17.11"], lines }, payerType ? { payerType } : {}));
const line = (index: number, text: string, severity: "warning" | "information" = "warning") =>
  expected("procedure-not-payable", severity, "business-rule", text, [`Claim.item[${index}].productOrService`]);

const BUNDLED_B = "bundled: Medicare never pays it separately (its payment is in the service it belongs to) and the patient cannot be billed for it";
const REMOVE = "remove the line, or keep it at $0 for the record";
const NOT_COVERED = "not covered by Medicare";
const ABN = "bill it to the patient with a signed ABN (modifier GA) or as a statutorily non-covered service (GY), or bill the Medicare service that is covered";
const PREVENTIVE = "99381-99397: Medicare covers the initial preventive physical examination (G0402) and the annual wellness visit (G0438, G0439) instead";
const INJECTION = "an injection Medicare pays only when no other PFS service is paid the same day";
const INJECTION_FIX = "remove it when the other service is paid, or acknowledge if that service will not be paid";
const noRow = (index: number, code: string) =>
  expected("procedure-not-payable", "information", "informational", `Not checked: ${code} (line ${index + 1}) has no row in the Medicare fee schedule (PFS 2025) the app carries, so its payment status was not checked: Medicare pays such codes under another fee schedule (DME, drugs, laboratory) or not at all.`, [`Claim.item[${index}].productOrService`]);
const notChecked = (text: string) => expected("procedure-not-payable", "information", "informational", text, ["Claim.item"]);

describe("procedure-not-payable finding", () => {
  it("Medicare: each line's number, status, meaning and fix; the preventive hint on 99381 and 99387, not on 99380; no same-day service for a status other than T", () => {
    const lines = [{ code: "99213" }, { code: "99380" }, { code: "99381", date: "2026-05-13" }, { code: "99387" }];
    expect(check(lines, "medicare")).toStrictEqual([
      line(1, `Line 2 bills 99380, MPFS status B: ${BUNDLED_B}. For Medicare ${REMOVE}.`),
      line(2, `Line 3 bills 99381, MPFS status N: ${NOT_COVERED}. For Medicare ${ABN}: ${PREVENTIVE}.`),
      line(3, `Line 4 bills 99387, MPFS status N: ${NOT_COVERED}. For Medicare ${ABN}: ${PREVENTIVE}.`),
    ]);
  });

  it("payer type unknown: the fix is conditional on Medicare, and says why", () => {
    expect(check([{ code: "99396" }])).toStrictEqual([
      line(0, `Line 1 bills 99396, MPFS status N: ${NOT_COVERED}. For Medicare, if the payer is Medicare (the payer type is not known) ${ABN}: ${PREVENTIVE}.`),
    ]);
  });

  it("status T with a paid service the same day names that line; on another day, or beside a code CMS's files do not know, nothing", () => {
    expect(check([{ code: "99213" }, { code: "36591" }], "medicare")).toStrictEqual([
      line(1, `Line 2 bills 36591, MPFS status T: ${INJECTION} (line 1, 99213, is paid the same day). For Medicare ${INJECTION_FIX}.`),
    ]);
    expect(check([{ code: "36591" }, { code: "99213", date: "2026-05-13" }], "medicare")).toStrictEqual([]);
    expect(check([{ code: "36591" }, { code: "99999" }], "medicare")).toStrictEqual([]);
  });

  it("a payer that is not Medicare: one 'not checked' finding, worded for one code or for several; none when nothing is flagged", () => {
    expect(check([{ code: "99213" }], "other")).toStrictEqual([]);
    expect(check([{ code: "99213" }, { code: "99396" }], "other")).toStrictEqual([
      notChecked("Not checked: 99396 (status N) has a Medicare fee schedule status that Medicare does not pay, but this payer is not Medicare, whose status indicators these are; check the payer's own coverage of it."),
    ]);
    expect(check([{ code: "99396" }, { code: "99213" }, { code: "99080" }], "other")).toStrictEqual([
      notChecked("Not checked: 99396 (status N), 99080 (status B) have a Medicare fee schedule status that Medicare does not pay, but this payer is not Medicare, whose status indicators these are; check the payer's own coverage of them."),
    ]);
  });

  it("no PFS row: codes CMS's files know without a status (HCPCS E0601, PLA 0001U) and unknown Level II codes; not unknown CPT-shaped numbers, codes with a status, or malformed codes", () => {
    const lines = [{ code: "99213" }, { code: "99999" }, { code: "Z9999" }, { code: "E0601" }, { code: "0001U" }, { code: "J3301" }, { code: "E06011" }];
    expect(check(lines, "medicare")).toStrictEqual([noRow(2, "Z9999"), noRow(3, "E0601"), noRow(4, "0001U")]);
  });
});
