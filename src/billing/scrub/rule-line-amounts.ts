import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/** Anesthesia (00100-01999) may be reported in fractional time units; everything else in whole units. */
const allowsFractionalUnits = (code: string): boolean => /^0[01]\d{3}$/.test(code) && code >= "00100" && code <= "01999";

/** units-invalid: quantity missing, zero, negative, not a number, or fractional where units are whole. */
export function checkUnits({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    const problem = unitsProblem(line);
    if (!problem) return [];
    return [finding("units-invalid", "error", "value", `Line ${line.index + 1} (${line.code}) ${problem}`, [`${line.path}.quantity`])];
  });
}

function unitsProblem({ quantity, code }: LineView): string | undefined {
  if (quantity === undefined || !Number.isFinite(quantity)) return "has no units: enter the number of units of service (usually 1).";
  if (quantity <= 0) return `has ${quantity} units: enter a positive number of units, or remove the line.`;
  if (!Number.isInteger(quantity) && !allowsFractionalUnits(code))
    return `has fractional units (${quantity}): report whole units of service, rounding as the code's unit definition says.`;
  return undefined;
}

/** CPT Category II codes (4 digits and F) track quality measures: they are reported at $0.00. */
const isTrackingCode = (code: string): boolean => /^\d{4}F$/.test(code);

/** charge-invalid: unit price must be positive (a Category II tracking code may be $0), and net (when given) must equal unit price x units. */
export function checkCharges({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    const label = `Line ${line.index + 1} (${line.code})`;
    if (line.unitPrice === 0 && isTrackingCode(line.code)) return [];
    if (line.unitPrice === undefined || !Number.isFinite(line.unitPrice) || line.unitPrice <= 0) {
      const what = line.unitPrice === undefined ? "has no charge" : `has a charge of ${line.unitPrice}`;
      return [finding("charge-invalid", "error", "value", `${label} ${what}: enter the practice's positive fee for the code.`, [`${line.path}.unitPrice`])];
    }
    if (line.net === undefined || line.quantity === undefined) return [];
    const expected = Math.round(line.unitPrice * line.quantity * 100) / 100;
    if (Math.abs(line.net - expected) < 0.005) return [];
    const text = `${label} has a line total of ${line.net} but ${line.unitPrice} x ${line.quantity} units = ${expected.toFixed(2)}: correct the total or the units.`;
    return [finding("charge-invalid", "error", "value", text, [`${line.path}.net`])];
  });
}
