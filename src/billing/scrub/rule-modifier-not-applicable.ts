import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { takesEmModifiers } from "./em-codes.ts";
import { finding } from "./finding.ts";
import { procedureFacts, type ProcedureFacts } from "./procedure-facts.ts";

/** Clinical laboratory tests, where modifier 91 (repeat test the same day) applies. */
export function isLabTest(code: string): boolean {
  return /^8\d{4}$/.test(code) || /^\d{4}U$/.test(code) || /^P\d{4}$/.test(code) || /^G048[0-3]$/.test(code);
}

type Check = (line: LineView, facts: ProcedureFacts | undefined) => string | undefined;

/** Per modifier: why it does not apply to the line's code, or undefined when it may. */
const CHECKS: ReadonlyMap<string, Check> = new Map<string, Check>([
  ["26", (line, facts) => (facts?.pfs && !facts.modifier26 ? `${line.code} has no professional component in the PFS (PC/TC indicator): remove 26` : undefined)],
  ["TC", (line, facts) => (facts?.pfs && !facts.modifierTC ? `${line.code} has no technical component in the PFS (PC/TC indicator): remove TC` : undefined)],
  ["50", (line, facts) => (facts?.pfs && !facts.modifier50 ? `${line.code} is not a bilateral procedure in the PFS (bilateral indicator 0, 2 or 9): remove 50 (use RT/LT or units where the code allows)` : undefined)],
  ["25", (line) => (takesEmModifiers(line.code) ? undefined : `25 goes only on an E/M visit, not on ${line.code}: remove it (for a distinct procedure use 59 or XE/XS/XP/XU)`)],
  ["57", (line) => (takesEmModifiers(line.code) ? undefined : `57 goes only on the E/M visit that decided on surgery, not on ${line.code}: remove it`)],
  ["91", (line) => (isLabTest(line.code) ? undefined : `91 marks a repeated clinical laboratory test; ${line.code} is not one: remove it (76/77 for a repeated procedure)`)],
]);

/**
 * modifier-not-applicable: 26/TC by the PFS PC/TC indicator, 50 by the bilateral indicator,
 * 25/57 only on E/M, 91 only on laboratory tests (CMS PFS RVU file; NCCI Policy Manual ch. I).
 */
export function checkModifierApplicable({ lines }: ScrubInput): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    const facts = procedureFacts(line.code);
    return line.modifiers.flatMap((modifier, at) => {
      const why = CHECKS.get(modifier)?.(line, facts);
      if (!why) return [];
      const text = `Line ${line.index + 1}: modifier ${modifier} does not apply to ${line.code}; ${why}.`;
      return [finding("modifier-not-applicable", "error", "business-rule", text, [`${line.path}.modifier[${at}]`])];
    });
  });
}
