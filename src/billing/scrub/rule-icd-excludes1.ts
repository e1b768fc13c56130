import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import { isInIcdRange, parseIcdCodeRefs } from "./icd-code-refs.ts";
import { finding } from "./finding.ts";

/** icd-excludes1: two diagnoses that an Excludes1 note says are never reported together. */
export function checkExcludes1(input: ScrubInput): OperationOutcomeIssue[] {
  const reported = new Set<string>();
  const issues: OperationOutcomeIssue[] = [];
  for (const dx of input.diagnoses) {
    const notes = input.icd(dx.code)?.notes.excludes1 ?? [];
    for (const note of notes) {
      for (const other of excludedBy(note, dx, input.diagnoses)) {
        const pair = [dx.index, other.index].sort((a, b) => a - b).join("|");
        if (reported.has(pair)) continue;
        reported.add(pair);
        issues.push(excludesFinding(dx, other, note));
      }
    }
  }
  return issues;
}

function excludedBy(note: string, dx: DiagnosisView, diagnoses: DiagnosisView[]): DiagnosisView[] {
  const ranges = parseIcdCodeRefs(note);
  return diagnoses.filter((other) => other.index !== dx.index && other.code !== "" && ranges.some((range) => isInIcdRange(other.code, range)));
}

function excludesFinding(dx: DiagnosisView, other: DiagnosisView, note: string): OperationOutcomeIssue {
  const later = dx.index > other.index ? dx : other;
  const text = `${dx.code} has an Excludes1 note "${note}", so ${other.code} is not reported with it: keep the one that describes the condition and remove the other, unless the two are clearly unrelated conditions.`;
  return finding("icd-excludes1", "warning", "business-rule", text, [later.path]);
}
