import type { OperationOutcomeIssue } from "fhir/r4";
import type { ClaimDraft, DraftDiagnosis, DraftLine } from "../claim-draft.ts";
import { MAX_DIAGNOSES } from "./draft-actions.ts";
import { describeStoredValue as found, draftIssue, isRecord, isText } from "./draft-issue.ts";
import { readDraftEm } from "./draft-em.ts";
import { validateDraftLine } from "./validate-draft-line.ts";

/**
 * A draft read back from storage: either a draft that is safe to render (every field of the
 * right type and range; what was not is replaced and named in `issues`), or not a draft at all.
 * Issue expressions point into the returned draft (`ClaimDraft.lines[0].unitCharge`); an entry
 * that was left out is named by its position in the stored value.
 */
export type DraftValidation =
  | { kind: "draft"; draft: ClaimDraft; issues: OperationOutcomeIssue[] }
  | { kind: "unreadable"; issues: OperationOutcomeIssue[] };

type Issues = OperationOutcomeIssue[];

const ICD10CM_CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

const OPTIONAL_TEXT = {
  renderingProviderRef: "rendering provider",
  renderingTaxonomy: "rendering provider's taxonomy",
  accountRef: "encounter account",
  billingProviderRef: "billing provider",
  coverageRef: "coverage",
  locationRef: "location",
  periodStart: "visit start",
  periodEnd: "visit end",
  replacesClaimRef: "claim being corrected",
} as const satisfies Partial<Record<keyof ClaimDraft, string>>;
type OptionalKey = keyof typeof OPTIONAL_TEXT;

const unreadable = (diagnostics: string): DraftValidation => ({ kind: "unreadable", issues: [draftIssue("error", "structure", "ClaimDraft", diagnostics)] });

function readDiagnosis(value: unknown): DraftDiagnosis | undefined {
  if (!isRecord(value) || typeof value.code !== "string" || !ICD10CM_CODE.test(value.code)) return undefined;
  // A diagnosis without its text keeps the code as its text: the code is what the claim carries.
  const display = typeof value.display === "string" ? value.display : value.code;
  return { code: value.code, display, ...(isText(value.conditionRef) ? { conditionRef: value.conditionRef } : {}) };
}

/** Diagnoses that cannot be read, repeat an earlier one or exceed the claim's 12 are left out; pointers follow. */
function validateDiagnoses(stored: unknown[], issues: Issues) {
  const diagnoses: DraftDiagnosis[] = [];
  const pointers = new Map<number, number>();
  stored.forEach((value, i) => {
    const diagnosis = readDiagnosis(value);
    const why = !diagnosis ? `could not be read (${found(isRecord(value) ? value.code : value)})` : diagnoses.some((d) => d.code === diagnosis.code) ? `repeats ${diagnosis.code}` : diagnoses.length >= MAX_DIAGNOSES ? `is past the claim's ${MAX_DIAGNOSES}` : undefined;
    if (why || !diagnosis) {
      issues.push(draftIssue("warning", "structure", `ClaimDraft.diagnoses[${i}]`, `Diagnosis ${i + 1} in the saved draft ${why} and was left out, with the line pointers to it.`));
      return;
    }
    if (isRecord(value) && diagnosis.display !== value.display) {
      issues.push(draftIssue("information", "value", `ClaimDraft.diagnoses[${diagnoses.length}].display`, `The saved text of ${diagnosis.code} (${found(value.display)}) was not text: the code stands for it.`));
    }
    diagnoses.push(diagnosis);
    pointers.set(i + 1, diagnoses.length);
  });
  return { diagnoses, pointerFor: (p: number) => pointers.get(p) };
}

function validateLines(stored: unknown[], storedDiagnosisCount: number, pointerFor: (p: number) => number | undefined, fallbackServiceDate: string, issues: Issues): DraftLine[] {
  const lines: DraftLine[] = [];
  const takenIds = new Set<string>();
  stored.forEach((value, i) => {
    const checked = validateDraftLine(value, i, { index: lines.length, storedDiagnosisCount, pointerFor, takenIds, fallbackServiceDate });
    issues.push(...checked.issues);
    if (checked.line) lines.push(checked.line);
  });
  return lines;
}

/** References and dates the workspace does not edit: a bad one is taken from the chart (or left out). */
function validateOptionalText(v: Record<string, unknown>, chart: ClaimDraft | undefined, issues: Issues): Partial<Pick<ClaimDraft, OptionalKey>> {
  const out: Partial<Pick<ClaimDraft, OptionalKey>> = {};
  for (const [key, label] of Object.entries(OPTIONAL_TEXT) as [OptionalKey, string][]) {
    const value = v[key];
    if (isText(value)) out[key] = value;
    else if (value !== undefined) {
      const replacement = chart?.[key];
      if (replacement) out[key] = replacement;
      issues.push(draftIssue("warning", "value", `ClaimDraft.${key}`, `The saved ${label} (${found(value)}) could not be read: ${replacement ? `the chart's ${replacement} is used` : "it was left out"}.`));
    }
  }
  return out;
}

const CLAIM_STATUSES = ["draft", "active", "cancelled", "entered-in-error"] as const;
type ClaimStatus = (typeof CLAIM_STATUSES)[number];
const isClaimStatus = (value: unknown): value is ClaimStatus => CLAIM_STATUSES.some((s) => s === value);

/** The server's Claim version the draft rests on: kept whole or left out (a warning). */
function validateBasedOn(value: unknown, issues: Issues): { basedOn?: { claimRef: string; versionId: string; generation: number; status: ClaimStatus } } {
  if (value === undefined) return {};
  if (isRecord(value) && typeof value.claimRef === "string" && value.claimRef.startsWith("Claim/") && isText(value.versionId)
    && typeof value.generation === "number" && Number.isSafeInteger(value.generation) && value.generation >= 1 && isClaimStatus(value.status)) {
    return { basedOn: { claimRef: value.claimRef, versionId: value.versionId, generation: value.generation, status: value.status } };
  }
  issues.push(draftIssue("warning", "value", "ClaimDraft.basedOn", `The saved server version of the claim (${found(value)}) could not be read and was left out.`));
  return {};
}

function readRef(value: unknown, type: "Encounter" | "Patient", chartRef: string | undefined): { ref: string } | { problem: string } {
  if (typeof value !== "string" || !value.startsWith(`${type}/`)) return { problem: `The saved value names no ${type.toLowerCase()} (${found(value)}).` };
  if (chartRef !== undefined && value !== chartRef) return { problem: `The saved draft is for ${value}, not ${chartRef}.` };
  return { ref: value };
}

/**
 * Checks a value read back from browser storage, field by field, before anything renders it.
 * `chart` is the draft the chart gives for the same encounter: the encounter and patient must
 * match it, and it supplies references the stored value lost. Pure; never throws.
 */
export function validateDraft(value: unknown, chart?: ClaimDraft): DraftValidation {
  if (!isRecord(value)) return unreadable(`The saved value is ${found(value)}, not a draft.`);
  if (!Array.isArray(value.diagnoses) || !Array.isArray(value.lines)) return unreadable("The saved value has no lists of diagnoses and service lines: it is not a draft.");
  const encounter = readRef(value.encounterRef, "Encounter", chart?.encounterRef);
  if ("problem" in encounter) return unreadable(encounter.problem);
  const patient = readRef(value.patientRef, "Patient", chart?.patientRef);
  if ("problem" in patient) return unreadable(patient.problem);
  const issues: Issues = [];
  const optional = validateOptionalText(value, chart, issues);
  const revision = typeof value.revision === "number" && Number.isSafeInteger(value.revision) && value.revision >= 0 ? value.revision : (chart?.revision ?? 0);
  if (revision !== value.revision) issues.push(draftIssue("warning", "value", "ClaimDraft.revision", `The saved revision (${found(value.revision)}) could not be read: counting starts again at ${revision}.`));
  const { diagnoses, pointerFor } = validateDiagnoses(value.diagnoses, issues);
  const fallbackDate = (optional.periodStart ?? chart?.periodStart ?? "").slice(0, 10);
  const lines = validateLines(value.lines, value.diagnoses.length, pointerFor, fallbackDate, issues);
  const em = value.em === undefined ? undefined : readDraftEm(value.em);
  if (value.em !== undefined && !em) issues.push(draftIssue("warning", "value", "ClaimDraft.em", `The saved E/M choices (${found(value.em)}) could not be read: the chart's are used.`));
  const draft: ClaimDraft = { encounterRef: encounter.ref, patientRef: patient.ref, revision, ...validateBasedOn(value.basedOn, issues), diagnoses, lines, ...optional, ...(em ? { em } : {}) };
  return { kind: "draft", draft, issues };
}

/** Issues that must be corrected before the claim is reviewed (errors); warnings only inform. */
export function isBlockingIssue(issue: OperationOutcomeIssue): boolean {
  return issue.severity === "error" || issue.severity === "fatal";
}
