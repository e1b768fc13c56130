import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { isInIcdRange, parseIcdCodeRefs, type IcdCodeRange } from "./icd-code-refs.ts";

/**
 * Notes that ask for a code only in some cases ("if applicable", "such as", "any"), list items
 * under a "code to identify:" heading (alternatives, e.g. insulin or oral drugs), and notes for
 * the infectious agent (only when documented) or an external cause (voluntary reporting, guideline
 * I.C.20) are never demanded: a missing code there is no error.
 */
const CONDITIONAL = /if applicable|if known|if present|if desired|if any|such as|\bany\b|associated|, if |organism|infectious agent|bacteri|external cause|adverse effect|exposure/i;

const dotted = (bare: string): string => (bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare);

/** The ranges a "Use additional code" note demands, or undefined when it demands none the scrubber can check. */
export function demandedRanges(note: string, exists: (code: string) => boolean): IcdCodeRange[] | undefined {
  if (!/^code\b/i.test(note) || note.trim().endsWith(":") || CONDITIONAL.test(note)) return undefined;
  const ranges = parseIcdCodeRefs(note);
  if (ranges.length === 0 || ranges.some((range) => range.suffix !== undefined)) return undefined;
  if (ranges.every((range) => /^[V-Y]/.test(range.from))) return undefined;
  return ranges.every((range) => exists(dotted(range.from)) && exists(dotted(range.to))) ? ranges : undefined;
}

/**
 * icd-use-additional: a diagnosis whose Tabular "Use additional code" note (its own or its
 * category's) names codes, none of which is on the claim, e.g. E11.22 without the CKD stage
 * (N18.1-N18.6). Only notes that demand the code and name codes the code set knows are checked.
 */
export function checkUseAdditional(input: ScrubInput): OperationOutcomeIssue[] {
  const exists = (code: string): boolean => input.icd(code) !== undefined;
  return input.diagnoses.flatMap((dx) => {
    const notes = input.icd(dx.code)?.notes.useAdditionalCode ?? [];
    const missing = notes.filter((note) => {
      const ranges = demandedRanges(note, exists);
      return ranges !== undefined && !input.diagnoses.some((other) => other !== dx && ranges.some((range) => isInIcdRange(other.code, range)));
    });
    return missing.map((note) => useAdditionalFinding(dx, note));
  });
}

function useAdditionalFinding(dx: DiagnosisView, note: string): OperationOutcomeIssue {
  const text = `${dx.code} has the Tabular instruction "Use additional ${note}", and no diagnosis on the claim is one of those codes: add the code the record supports, after ${dx.code}.`;
  return finding("icd-use-additional", "warning", "business-rule", text, [dx.path]);
}
