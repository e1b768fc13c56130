import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/** CMS-1500 / 837P limits. */
export const MAX_DIAGNOSES = 12;
export const MAX_POINTERS = 4;

/** dx-limit: at most 12 diagnoses on a professional claim. */
export function checkDiagnosisCount({ diagnoses }: ScrubInput): OperationOutcomeIssue[] {
  if (diagnoses.length <= MAX_DIAGNOSES) return [];
  const extra = diagnoses.slice(MAX_DIAGNOSES).map((dx) => dx.code).join(", ");
  const text = `The claim has ${diagnoses.length} diagnoses but a professional claim holds ${MAX_DIAGNOSES}: remove or split off ${extra} (keep the ones the lines point to).`;
  return [finding("dx-limit", "error", "business-rule", text, [`Claim.diagnosis[${MAX_DIAGNOSES}]`])];
}

/** dx-pointer-missing, dx-pointer-limit, dx-pointer-invalid: each line points at 1-4 listed diagnoses. */
export function checkPointers({ lines, diagnoses }: ScrubInput): OperationOutcomeIssue[] {
  const position = new Map<number, number>();
  diagnoses.forEach((dx) => dx.sequence !== undefined && position.set(dx.sequence, dx.index));
  return lines.flatMap((line) => pointerFindings(line, position));
}

function pointerFindings(line: LineView, position: Map<number, number>): OperationOutcomeIssue[] {
  const label = `Line ${line.index + 1} (${line.code || "no code"})`;
  if (line.pointers.length === 0) {
    const text = `${label} points at no diagnosis: add the diagnosis that justifies it (primary first).`;
    return [finding("dx-pointer-missing", "error", "required", text, [`${line.path}.diagnosisSequence`])];
  }
  const issues: OperationOutcomeIssue[] = [];
  if (line.pointers.length > MAX_POINTERS) {
    const text = `${label} points at ${line.pointers.length} diagnoses but a line holds ${MAX_POINTERS}: keep the ${MAX_POINTERS} most relevant.`;
    issues.push(finding("dx-pointer-limit", "error", "business-rule", text, [`${line.path}.diagnosisSequence[${MAX_POINTERS}]`]));
  }
  line.pointers.forEach((pointer, i) => {
    const problem = pointerProblem(pointer, line.pointers.indexOf(pointer) !== i, position.get(pointer));
    if (problem) issues.push(finding("dx-pointer-invalid", "error", "invalid", `${label} ${problem}`, [`${line.path}.diagnosisSequence[${i}]`]));
  });
  return issues;
}

function pointerProblem(pointer: number, repeated: boolean, index: number | undefined): string | undefined {
  if (repeated) return `points at diagnosis ${pointer} twice: remove the repeated pointer.`;
  if (index === undefined) return `points at diagnosis ${pointer}, which is not on the claim: point at a listed diagnosis.`;
  if (index >= MAX_DIAGNOSES)
    return `points at diagnosis ${pointer}, beyond the ${MAX_DIAGNOSES} a claim can carry: move that diagnosis into the first ${MAX_DIAGNOSES}.`;
  return undefined;
}
