import type { OperationOutcome } from "fhir/r4";
import type { ClaimDraft } from "../claim-draft.ts";

/** Values the builders need besides the draft; time comes in as a value. */
export interface BuildContext {
  /** ISO dateTime of the submission ("2026-11-26T18:00:00Z"). */
  now: string;
  /**
   * The launch user's fhirUser ("Practitioner/123"): Provenance agent and default enterer. Absent
   * when the EHR did not say who the user is: then no resource names an empty reference (an
   * enterer is left out) and what must name its author (Provenance, a hand-off) is refused.
   */
  fhirUserRef?: string | undefined;
  /** Who entered the charges, when not the launch user. */
  entererRef?: string;
  /** ISO 4217 currency of the fee schedule; USD by default. */
  currency?: string;
}

export const NO_USER_TEXT = "The EHR did not say who the user is (no fhirUser in this launch): a Provenance or hand-off must name its author, so nothing is written.";

/** A write refused because it would have to name a user nobody knows (BuildContext.fhirUserRef absent). */
export class MissingUserError extends Error {
  constructor() {
    super(NO_USER_TEXT);
    this.name = "MissingUserError";
  }
}

/** Who entered the claim and charges: the given enterer or the launch user; undefined when neither is known. */
export function entererOf(context: BuildContext): string | undefined {
  return context.entererRef?.trim() || context.fhirUserRef?.trim() || undefined;
}

/** The launch user, for what must name its author (Provenance.agent.who is required); throws MissingUserError when unknown. */
export function requireUser(context: BuildContext): string {
  const user = context.fhirUserRef?.trim();
  if (!user) throw new MissingUserError();
  return user;
}

/** A draft with everything a professional Claim requires. */
export type ReadyDraft = ClaimDraft & { coverageRef: string; billingProviderRef: string };

export type ReadyCheck = { ok: true; draft: ReadyDraft } | { ok: false; outcome: OperationOutcome };

/** Checks that the draft can become a Claim; the problems come back as an OperationOutcome. */
export function checkReadyDraft(draft: ClaimDraft): ReadyCheck {
  const problems: [string, string][] = [];
  if (!draft.coverageRef) problems.push(["coverageRef", "Choose the patient's active coverage."]);
  if (!draft.billingProviderRef) problems.push(["billingProviderRef", "Choose the billing provider."]);
  if (draft.lines.length === 0) problems.push(["lines", "Add at least one service line."]);
  if (draft.diagnoses.length === 0) problems.push(["diagnoses", "Add at least one diagnosis."]);
  if (problems.length === 0 && draft.coverageRef && draft.billingProviderRef) {
    return { ok: true, draft: { ...draft, coverageRef: draft.coverageRef, billingProviderRef: draft.billingProviderRef } };
  }
  return {
    ok: false,
    outcome: {
      resourceType: "OperationOutcome",
      issue: problems.map(([field, text]) => ({
        severity: "error" as const,
        code: "required" as const,
        details: { text },
        expression: [`ClaimDraft.${field}`],
      })),
    },
  };
}

export function currencyOf(context: BuildContext): string {
  return context.currency ?? "USD";
}

/** Money amounts rounded to cents, so 3 x 33.333 does not become 99.999. */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}
