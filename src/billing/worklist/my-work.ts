import type { Claim, Provenance, Task } from "fhir/r4";
import { READY_FOR_CODING, TASK_TYPE_SYSTEM } from "../state/billing-identifiers.ts";
import { refKey } from "./worklist-resources.ts";

/** What says a claim is someone's work: the Claims they entered, their Provenance, the hand-offs they gave or got. */
export interface MyWorkEvidence {
  claims: readonly Claim[];
  provenances: readonly Provenance[];
  tasks: readonly Task[];
}

const claimKey = (reference: string | undefined) => {
  const key = refKey(reference);
  return key?.startsWith("Claim/") ? key : undefined;
};

function isHandoffTask(task: Task): boolean {
  return task.status !== "entered-in-error" && (task.code?.coding ?? []).some((c) => c.system === TASK_TYPE_SYSTEM && c.code === READY_FOR_CODING.code);
}

/**
 * "Claim/id" of every claim that is the user's work: Claim.enterer is the user, a Provenance
 * agent.who is the user and targets the claim, or a ready-for-coding Task owned or requested by
 * the user has the claim as its focus. Being the rendering provider alone does not count.
 */
export function myWorkClaimRefs(userRef: string, evidence: MyWorkEvidence): Set<string> {
  const me = refKey(userRef);
  const refs = new Set<string>();
  if (!me) return refs;
  const add = (reference: string | undefined) => {
    const key = claimKey(reference);
    if (key) refs.add(key);
  };
  for (const claim of evidence.claims) if (refKey(claim.enterer?.reference) === me) add(`Claim/${claim.id ?? ""}`);
  for (const provenance of evidence.provenances) {
    if (provenance.agent.some((agent) => refKey(agent.who?.reference) === me)) provenance.target.forEach((t) => add(t.reference));
  }
  for (const task of evidence.tasks.filter(isHandoffTask)) {
    if (refKey(task.owner?.reference) === me || refKey(task.requester?.reference) === me) add(task.focus?.reference);
  }
  return refs;
}
