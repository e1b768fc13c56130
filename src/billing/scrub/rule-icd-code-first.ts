import type { OperationOutcomeIssue } from "fhir/r4";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import { isInIcdRange, parseIcdCodeRefs } from "./icd-code-refs.ts";
import { finding } from "./finding.ts";

/** Manifestation codes carry "in diseases classified elsewhere" in their title (ICD-10-CM guideline I.A.13). */
const MANIFESTATION = /classified elsewhere/i;
/** B95-B97, "... as the cause of diseases classified elsewhere": infectious agents, which icd-first-listed reports. */
const INFECTIOUS_AGENT = /as the cause of diseases classified elsewhere/i;
const isManifestationWithoutNote = (display: string): boolean => MANIFESTATION.test(display) && !INFECTIOUS_AGENT.test(display);

/**
 * icd-code-first: a manifestation code ("classified elsewhere" in its title) is never listed first,
 * and its etiology must be listed before it when its "Code first" note names the etiology codes.
 */
export function checkCodeFirst(input: ScrubInput): OperationOutcomeIssue[] {
  return input.diagnoses.flatMap((dx) => {
    const entry = input.icd(dx.code);
    const notes = entry?.notes.codeFirst ?? [];
    if (!entry) return [];
    // A code newer than the Tabular notes' edition (E20.811) has no note, yet its title still makes it a manifestation.
    if (notes.length === 0) return dx.index === 0 && isManifestationWithoutNote(entry.display) ? [listedFirst(dx, "")] : [];
    if (!MANIFESTATION.test(entry.display)) return checkSequence(dx, input.diagnoses, notes);
    const wanted = `${notes.slice(0, 2).join("; ")}`;
    if (dx.index === 0) return [listedFirst(dx, ` (code first: ${wanted})`)];
    const ranges = notes.flatMap(parseIcdCodeRefs);
    if (ranges.length === 0 || hasEtiologyBefore(dx, input.diagnoses, ranges)) return [];
    const text = `${dx.code} is a manifestation code whose underlying condition is not listed before it: add the etiology code first (code first: ${wanted}).`;
    return [finding("icd-code-first", "warning", "business-rule", text, [dx.path])];
  });
}

function listedFirst(dx: DiagnosisView, codeFirst: string): OperationOutcomeIssue {
  const text = `${dx.code} is a manifestation code and cannot be the first-listed diagnosis: list the underlying condition first${codeFirst}, then ${dx.code}.`;
  return finding("icd-code-first", "error", "business-rule", text, [dx.path]);
}

/**
 * A code with a "Code first" note (N18.3- for diabetic CKD E11.22, say) that is not a manifestation:
 * when a code the note names is on the claim, it must come before this one. Absent ones are not asked for.
 */
function checkSequence(dx: DiagnosisView, diagnoses: DiagnosisView[], notes: string[]): OperationOutcomeIssue[] {
  const ranges = notes.flatMap(parseIcdCodeRefs);
  const after = diagnoses.filter((other) => other.index > dx.index && ranges.some((range) => isInIcdRange(other.code, range)));
  if (after.length === 0) return [];
  const codes = after.map((a) => a.code).join(", ");
  const text = `${dx.code} has a "code first" note naming ${codes}, which ${after.length === 1 ? "is" : "are"} on the claim after it: list ${codes} before ${dx.code}.`;
  return [finding("icd-code-first", "warning", "business-rule", text, [dx.path])];
}

function hasEtiologyBefore(dx: DiagnosisView, diagnoses: DiagnosisView[], ranges: ReturnType<typeof parseIcdCodeRefs>): boolean {
  return diagnoses.some((other) => other.index < dx.index && ranges.some((range) => isInIcdRange(other.code, range)));
}
