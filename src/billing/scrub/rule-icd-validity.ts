import type { OperationOutcomeIssue } from "fhir/r4";
import type { CodeEntry } from "../../coding/code-index.ts";
import type { DiagnosisView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/** ICD-10-CM as FHIR writes it: category, then a dot before any further characters. */
const DOTTED = /^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const undot = (code: string): string => code.replace(".", "");
const withDot = (bare: string): string => (bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare);

/** icd-invalid, icd-not-billable, icd-7th-character: each diagnosis is a billable leaf on the date of service. */
export function checkIcdValidity(input: ScrubInput): OperationOutcomeIssue[] {
  return input.diagnoses.flatMap((dx) => {
    if (dx.code === "") {
      return [finding("icd-invalid", "error", "required", `Diagnosis ${dx.index + 1} has no code: enter an ICD-10-CM code or remove it.`, [dx.path])];
    }
    if (!DOTTED.test(dx.code) && input.icd(dx.code)) {
      const text = `${dx.code} is not written as FHIR expects ICD-10-CM codes (a dot after the third character, none in a three-character code): write it as ${withDot(undot(dx.code))}.`;
      return [finding("icd-invalid", "error", "invalid", text, [dx.path])];
    }
    const entry = input.icd(dx.code);
    if (!entry) return [unknownFinding(input, dx)];
    if (entry.children.length > 0 && !entry.billable) return [incompleteFinding(input, dx, entry)];
    if (!entry.validOnDate) {
      const editions = entry.editions.length > 0 ? ` (it exists in ${entry.editions.join(", ")})` : "";
      const text = `${dx.code} is not a valid ICD-10-CM code on ${input.firstDate}${editions}: use the code in force on the date of service.`;
      return [finding("icd-invalid", "error", "invalid", text, [dx.path])];
    }
    return [];
  });
}

/** An unknown code, unless it is a 7th-character code missing its "X" placeholder (T45.01A for T45.0X1A). */
function unknownFinding(input: ScrubInput, dx: DiagnosisView): OperationOutcomeIssue {
  const fixed = placeholderFix(input, dx.code);
  if (fixed) {
    const text = `${dx.code} is missing the "X" placeholder before its 7th character: report ${fixed}.`;
    return finding("icd-7th-character", "error", "invalid", text, [dx.path]);
  }
  const text = `${dx.code} is not an ICD-10-CM code on ${input.firstDate || "the date of service"}: check the spelling (with the dot, e.g. E11.9) or search for the condition.`;
  return finding("icd-invalid", "error", "invalid", text, [dx.path]);
}

function placeholderFix(input: ScrubInput, code: string): string | undefined {
  const bare = undot(code);
  const missing = 7 - bare.length;
  // A code of three characters or fewer leaves the loop below nothing to try.
  if (missing < 1 || !/[A-Z]$/.test(bare)) return undefined;
  for (let at = 3; at < bare.length; at++) {
    const candidate = withDot(bare.slice(0, at) + "X".repeat(missing) + bare.slice(at));
    if (input.icd(candidate)?.billable) return candidate;
  }
  return undefined;
}

/** A header: only a 7th character (and X placeholders) missing, or a category needing more detail. */
function incompleteFinding(input: ScrubInput, dx: DiagnosisView, entry: CodeEntry): OperationOutcomeIssue {
  const leaves = billableDescendants(input, entry, 6);
  const bare = undot(dx.code);
  const onlySeventh = leaves.filter((leaf) => /^X*[0-9A-Z]$/.test(undot(leaf).slice(bare.length)) && undot(leaf).startsWith(bare));
  if ((entry.notes.seventhCharacters?.length ?? 0) > 0 && onlySeventh.length > 0) {
    const meanings = (entry.notes.seventhCharacters ?? []).slice(0, 6).map((s) => `${s.char} ${s.meaning}`).join("; ");
    const placeholder = bare.length < 6 ? ` after "X" placeholders` : "";
    const text = `${dx.code} needs a 7th character${placeholder} (${meanings}): report e.g. ${onlySeventh.slice(0, 3).join(", ")}.`;
    return finding("icd-7th-character", "error", "invalid", text, [dx.path]);
  }
  const choose = leaves.length > 0 ? `choose a billable code under it, such as ${leaves.join(", ")}` : "choose a more specific billable code";
  const text = `${dx.code} is a category header, not a billable code: ${choose}.`;
  return finding("icd-not-billable", "error", "invalid", text, [dx.path]);
}

/** Up to `limit` billable codes under `entry`, breadth first, in Tabular order. */
export function billableDescendants(input: ScrubInput, entry: CodeEntry, limit: number): string[] {
  const found: string[] = [];
  const queue = [...entry.children];
  for (let visited = 0; queue.length > 0 && found.length < limit && visited < 200; visited++) {
    const code = queue.shift() ?? "";
    const child = input.icd(code);
    if (child?.billable) found.push(child.code);
    else if (child) queue.push(...child.children);
  }
  return found;
}
