import type { ChargeItem, Claim } from "fhir/r4";
import { buildReplacementClaim } from "../../billing/build/build-corrections.ts";
import type { BuildContext, ReadyDraft } from "../../billing/build/build-context.ts";
import { buildSubmission } from "../../billing/build/build-submission.ts";
import type { WritePath } from "../../billing/write-path/choose-write-path.ts";
import { oracleTenantFromBase } from "../../billing/write-path/oracle-bill-codes.ts";
import { planCorrection } from "../../billing/write-path/plan-correction.ts";
import { planSubmission } from "../../billing/write-path/plan-submission.ts";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import { executeCorrection } from "../../fhir/submit/execute-correction.ts";
import { executePlan } from "../../fhir/submit/execute-plan.ts";
import type { ExecuteOptions, SubmissionOutcome } from "../../fhir/submit/submission-outcome.ts";
import type { SubmissionRecord } from "./submission-storage.ts";

export interface RunInput {
  gateway: FhirGateway;
  path: WritePath;
  draft: ReadyDraft;
  context: BuildContext;
  /** The earlier submission when this one corrects it (a newer draft revision). */
  previous?: SubmissionRecord;
  options?: ExecuteOptions;
}

const oracleCodes = (gateway: FhirGateway) => {
  const tenant = oracleTenantFromBase(gateway.baseUrl);
  return tenant ? { oracleBillCodes: { tenant } } : {};
};

/** A first submission: builds, plans for the chosen write path and executes. */
function submitNew({ gateway, path, draft, context, options }: RunInput): Promise<SubmissionOutcome> {
  const submission = buildSubmission(draft, context);
  return executePlan(gateway, planSubmission(path, { draft, submission, ...oracleCodes(gateway) }), options);
}

/** A correction: reads the submitted claim and charges back, replaces the claim, retires the charges. */
async function submitCorrection(input: RunInput, previous: { claimRef: string; chargeRefs?: string[] }): Promise<SubmissionOutcome> {
  const { gateway, path, draft, context, options } = input;
  const [type, id] = previous.claimRef.split("/");
  const old = await gateway.read<Claim>((type ?? "Claim") as "Claim", id ?? "");
  const previousCharges = await Promise.all((previous.chargeRefs ?? []).map((ref) => gateway.read<ChargeItem>("ChargeItem", ref.split("/")[1] ?? "")));
  const replacement = buildReplacementClaim({ ...draft, replacesClaimRef: previous.claimRef }, old, context);
  return executeCorrection(gateway, planCorrection(path, { draft, replacement, previousCharges, ...oracleCodes(gateway) }), options);
}

/** Submits the reviewed draft once, whatever the network does: every write is conditional. */
export function runSubmission(input: RunInput): Promise<SubmissionOutcome> {
  const replacing = replacedBy(input.previous, input.draft.revision);
  return replacing ? submitCorrection(input, replacing) : submitNew(input);
}

/** The submission a draft revision replaces: a submitted older one, or the one an interrupted correction was replacing. */
export function replacedBy(previous: SubmissionRecord | undefined, revision: number): { claimRef: string; chargeRefs?: string[] } | undefined {
  if (previous?.state === "submitted" && previous.claimRef && previous.revision < revision) {
    return { claimRef: previous.claimRef, ...(previous.chargeRefs ? { chargeRefs: previous.chargeRefs } : {}) };
  }
  if (previous?.state === "in-flight" && previous.replacing) return previous.replacing;
  return undefined;
}

/** The record to keep after an outcome. */
export function recordAfter(outcome: SubmissionOutcome, revision: number, at: string, before?: SubmissionRecord): SubmissionRecord {
  if (outcome.kind === "exported") return { revision, state: "exported", at };
  if (outcome.kind === "partial") return { ...(before ?? {}), revision, state: "in-flight", at };
  const claimRef = outcome.written.find((w) => w.label === "Claim" && w.reference)?.reference;
  const chargeRefs = outcome.written.filter((w) => w.label.startsWith("ChargeItem") && w.reference).map((w) => w.reference as string);
  if (!claimRef) return { revision, state: "exported", at, chargeRefs };
  return { revision, state: "submitted", claimRef, chargeRefs, at };
}
