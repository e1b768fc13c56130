import type { OperationOutcomeIssue } from "fhir/r4";
import type { PtpEdit, PtpTable } from "../ncci/ptp-table.ts";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { NCCI_ANATOMIC_MODIFIERS, NCCI_DISTINCT_MODIFIERS, NCCI_EM_BYPASS_MODIFIERS, NCCI_PROCEDURE_BYPASS_MODIFIERS } from "./known-modifiers.ts";
import { takesEmModifiers } from "./em-codes.ts";

/** ncci-ptp: column-2 code billed with its column-1 code on the same date. */
export function checkPtp({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const table = context.edits?.ptp;
  if (!table) {
    const text = "No NCCI PTP edition is loaded, so code pairs were not checked: load the NCCI tables to check procedure-to-procedure edits.";
    return [finding("ncci-ptp", "information", "informational", text, ["Claim.item"])];
  }
  const issues: OperationOutcomeIssue[] = [];
  for (const column1 of lines) {
    for (const column2 of lines) {
      if (column1 === column2 || column1.date !== column2.date || column1.code === column2.code || !column1.code || !column2.code) continue;
      const edit = table.lookup(column1.code, column2.code, column1.date);
      if (edit) issues.push(...editFindings(edit, column1, column2, table));
    }
  }
  return issues;
}

/**
 * The modifier on `line` that bypasses an edit against `other`, fitting the code (NCCI Policy
 * Manual ch. I): on an E/M 24, 25 or 57; on a procedure 59, XE/XS/XP/XU, 27, 58, 78, 79 or, on the
 * column-2 line only, an anatomic modifier the column-1 line does not carry (RT on both is one site).
 */
export function bypassModifier(line: LineView, other: LineView, anatomic: boolean): string | undefined {
  const fitting = takesEmModifiers(line.code) ? NCCI_EM_BYPASS_MODIFIERS : NCCI_PROCEDURE_BYPASS_MODIFIERS;
  return line.modifiers.find(
    (modifier) => fitting.has(modifier) || (anatomic && !takesEmModifiers(line.code) && NCCI_ANATOMIC_MODIFIERS.has(modifier) && !other.modifiers.includes(modifier)),
  );
}

/** An NCCI-associated modifier on `line` that does not fit its code (59 on an E/M, 25 or 91 on a procedure). */
function misfitModifier(line: LineView): string | undefined {
  return line.modifiers.find((modifier) => NCCI_DISTINCT_MODIFIERS.has(modifier) || NCCI_ANATOMIC_MODIFIERS.has(modifier));
}

function advice(column2: LineView): string {
  return takesEmModifiers(column2.code)
    ? `if the visit was significant and separately identifiable from the procedure, add 25 (57 if it was the decision for major surgery) to ${column2.code}; otherwise remove ${column2.code}`
    : `if the services were distinct (separate site, session or practitioner), add XS, XE, XP, XU, 59 or an anatomic modifier to ${column2.code}; otherwise remove ${column2.code}`;
}

function editFindings(edit: PtpEdit, column1: LineView, column2: LineView, table: PtpTable): OperationOutcomeIssue[] {
  const pair = `${column2.code} (line ${column2.index + 1}) is a column-2 code of ${column1.code} (line ${column1.index + 1}) on ${column1.date} in ${table.edition}`;
  const why = edit.rationale ? ` (${edit.rationale})` : "";
  if (edit.modifierIndicator === 0) {
    const text = `${pair}${why}, and no modifier can bypass this edit (indicator 0): remove ${column2.code}, which is not paid with ${column1.code}.`;
    return [finding("ncci-ptp", "error", "business-rule", text, [`${column2.path}.productOrService`])];
  }
  if (bypassModifier(column2, column1, true)) return [];
  // A bypass modifier on the column-1 line is worth moving only if it fits the column-2 code.
  const onColumn1 = bypassModifier(column1, column2, false);
  const fitsColumn2 = takesEmModifiers(column2.code) ? NCCI_EM_BYPASS_MODIFIERS : NCCI_PROCEDURE_BYPASS_MODIFIERS;
  if (onColumn1 && fitsColumn2.has(onColumn1)) {
    const text = `${pair}: the bypass modifier ${onColumn1} belongs on the column-2 line; move it to ${column2.code} (line ${column2.index + 1}).`;
    return [finding("ncci-ptp", "information", "business-rule", text, [`${column1.path}.modifier[${column1.modifiers.indexOf(onColumn1)}]`])];
  }
  const misfit = misfitModifier(column2);
  const wrong = misfit ? ` Modifier ${misfit} does not bypass this edit on ${takesEmModifiers(column2.code) ? "an E/M" : "this procedure"}${misfit === "91" ? " (91 only marks a repeated lab test)" : ""}.` : "";
  const text = `${pair}${why}: ${advice(column2)}.${wrong}`;
  return [finding("ncci-ptp", "error", "business-rule", text, [`${column2.path}.modifier`])];
}
