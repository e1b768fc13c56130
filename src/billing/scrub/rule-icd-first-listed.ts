import type { OperationOutcomeIssue } from "fhir/r4";
import type { CodeEntry } from "../../coding/code-index.ts";
import type { ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/**
 * Codes the ICD-10-CM guidelines never allow first-listed, with the reason given to the coder and,
 * where the guideline names it, what goes first instead (else "the condition treated").
 */
const NEVER_FIRST: readonly { test: (code: string) => boolean; why: string; first?: string }[] = [
  { test: (code) => /^[VWXY]\d/.test(code), why: "an external cause code, which is never first-listed (guideline I.C.20)" },
  { test: (code) => /^B9[5-7]/.test(code), why: "a supplementary code for the infectious agent (B95-B97), listed after the infection it identifies" },
  { test: (code) => /^T(3[6-9]|4\d|50)\.[0-9A-Z]{2}6/.test(code), why: "an underdosing code, which is never first-listed (guideline I.C.19.e.5.c)", first: "the condition the underdosing caused" },
  { test: (code) => code.startsWith("Z68"), why: "a BMI code, reported only after its associated weight diagnosis (guideline I.C.21.c.3)" },
  { test: (code) => code.startsWith("Z3A"), why: "a weeks-of-gestation code, listed after the pregnancy condition (Tabular: code first O09-O60, O80-O82)" },
  { test: (code) => /^R40\.2[1-4]/.test(code), why: "a coma scale code, sequenced after the injury or condition (guideline I.C.18.e)" },
];

/** A Tabular note saying the code (or its category) is for use as an additional code. */
const ADDITIONAL_ONLY = /for use as an? (supplementary or )?additional code|for use as additional code/i;

function additionalOnlyNote(entry: CodeEntry | undefined, lookup: (code: string) => CodeEntry | undefined): string | undefined {
  for (let at = entry, depth = 0; at && depth < 6; at = at.parent ? lookup(at.parent) : undefined, depth++) {
    const note = [...(at.notes.inclusionTerms ?? []), ...(at.notes.includes ?? [])].find((text) => ADDITIONAL_ONLY.test(text));
    if (note) return note;
  }
  return undefined;
}

/** icd-first-listed: the first-listed diagnosis is one the guidelines or the Tabular never allow first. */
export function checkFirstListed({ diagnoses, icd }: ScrubInput): OperationOutcomeIssue[] {
  const first = diagnoses[0];
  if (!first || first.code === "") return [];
  const rule = NEVER_FIRST.find((candidate) => candidate.test(first.code));
  const note = rule ? undefined : additionalOnlyNote(icd(first.code), icd);
  if (!rule && !note) return [];
  const why = rule?.why ?? `for use as an additional code only (Tabular: "${note}")`;
  const text = `${first.code} is listed first but is ${why}: list ${rule?.first ?? "the condition treated"} first and ${first.code} after it.`;
  return [finding("icd-first-listed", "error", "business-rule", text, [first.path])];
}
