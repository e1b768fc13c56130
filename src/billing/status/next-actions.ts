import type { AdjustmentReason, ClaimStatus } from "./claim-status.ts";

/**
 * What the next person does about a payer's answer, by its reasons: recoding cannot help a
 * timely-filing denial, a medical-necessity denial is appealed with the notes, a deductible is
 * billed to the patient, a contractual adjustment is written off. Reasons the table does not know
 * are reviewed by a person (never silently "correct and resubmit").
 */
export type NextActionKind = "correct-and-resubmit" | "appeal" | "bill-patient" | "write-off" | "verify-coverage" | "review";

export interface NextAction {
  kind: NextActionKind;
  /** The reasons that call for it ("CO-16", "PR-1"). */
  because: string[];
  /** What to do, in words, with the documents the reason asks for. */
  advice: string;
}

interface Rule { kind: NextActionKind; advice: string }

/** CARC codes (any group but PR) by the action they call for. */
const BY_CARC: Record<string, Rule> = {
  "4": { kind: "correct-and-resubmit", advice: "Correct the modifier for the code and send a corrected claim." },
  "5": { kind: "correct-and-resubmit", advice: "Correct the place of service for the code and send a corrected claim." },
  "6": { kind: "correct-and-resubmit", advice: "Check the patient's age against the code; correct the code or the demographics and resubmit." },
  "7": { kind: "correct-and-resubmit", advice: "Check the patient's sex against the code; correct the code or the demographics and resubmit." },
  "11": { kind: "correct-and-resubmit", advice: "Point the line at the diagnosis that supports it (or code the documented one) and resubmit." },
  "16": { kind: "correct-and-resubmit", advice: "Add the missing information the remark names and send a corrected claim." },
  "97": { kind: "correct-and-resubmit", advice: "The service is bundled: remove it, or add the modifier the documentation supports, and resubmit." },
  "236": { kind: "correct-and-resubmit", advice: "NCCI pair: remove the column-2 code, or add the NCCI modifier the documentation supports, and resubmit." },
  "50": { kind: "appeal", advice: "Appeal for medical necessity with the visit note, the history and any test results that support the service." },
  "197": { kind: "appeal", advice: "Appeal with the prior authorization number (or obtain a retro-authorization first)." },
  "15": { kind: "appeal", advice: "Appeal with the authorization that covers this service and date." },
  "29": { kind: "write-off", advice: "Past the payer's filing limit: recoding cannot help. Appeal only with proof of timely filing (a clearinghouse acceptance report, 999/277CA); otherwise write it off." },
  "45": { kind: "write-off", advice: "Contractual adjustment: write off the amount above the allowed fee; do not bill the patient for it." },
  "18": { kind: "review", advice: "Duplicate: find the original claim's answer before doing anything; do not resubmit." },
  "27": { kind: "verify-coverage", advice: "Coverage had ended on the date of service: verify the patient's insurance and bill the payer that covered the date (or the patient)." },
  "31": { kind: "verify-coverage", advice: "The payer does not know the patient as its member: check the member id and the payer, correct them and resubmit." },
  "109": { kind: "verify-coverage", advice: "Not covered by this payer: send the claim to the right payer." },
  "22": { kind: "verify-coverage", advice: "Another payer is primary: bill it first, then send this payer the claim with the primary's adjudication." },
};

const PATIENT_SHARE: Rule = { kind: "bill-patient", advice: "The patient's share (deductible, coinsurance or copay): bill the patient for it." };
const UNKNOWN: Rule = { kind: "review", advice: "The app has no rule for this reason: read the payer's words and the remarks, then choose." };

export function actionForReason(reason: AdjustmentReason): Rule | undefined {
  if (reason.kind !== "carc") return undefined;
  if (reason.group === "PR") return PATIENT_SHARE;
  return BY_CARC[reason.code] ?? UNKNOWN;
}

const ORDER: NextActionKind[] = ["correct-and-resubmit", "appeal", "verify-coverage", "review", "bill-patient", "write-off"];

/** The next actions a payer's answer calls for, most pressing first; none for a claim paid in full. */
export function nextActions(status: ClaimStatus): NextAction[] {
  if (!("reasons" in status)) return status.kind === "error" ? [{ kind: "correct-and-resubmit", because: status.errors.map((e) => e.code), advice: "The claim was rejected before adjudication: correct what the errors name and resubmit." }] : [];
  const byKind = new Map<NextActionKind, NextAction>();
  for (const reason of status.reasons) {
    const rule = actionForReason(reason);
    if (!rule) continue;
    const label = `${reason.group ? `${reason.group}-` : ""}${reason.code}`;
    const existing = byKind.get(rule.kind);
    if (existing) {
      if (!existing.because.includes(label)) existing.because.push(label);
      if (!existing.advice.includes(rule.advice)) existing.advice = `${existing.advice} ${rule.advice}`;
    } else byKind.set(rule.kind, { kind: rule.kind, because: [label], advice: rule.advice });
  }
  return ORDER.flatMap((kind) => byKind.get(kind) ?? []);
}
