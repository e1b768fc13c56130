import { requireUser, type BuildContext, type ReadyDraft } from "../../billing/build/build-context.ts";
import type { BillingState } from "../../billing/state/billing-state.ts";
import { planOracleCharges } from "../../billing/state/plan-oracle-charges.ts";
import type { OracleBillCodes } from "../../billing/write-path/oracle-bill-codes.ts";
import type { SubmissionPlan } from "../../billing/write-path/planned-requests.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { executePlan } from "../submit/execute-plan.ts";
import type { ExecuteOptions, SubmissionOutcome } from "../submit/submission-outcome.ts";
import { loadBillingState } from "./load-billing-state.ts";

export interface OracleRun {
  /** True when the EHR's charges changed since `seen` was read: nothing was sent. */
  conflict: boolean;
  plan: SubmissionPlan;
  outcome: SubmissionOutcome;
  /** The charges as the EHR holds them after the run. */
  state: BillingState;
}

const chargeVersions = (state: BillingState) => state.charges.map((c) => `${c.ref}@${c.versionId}`).sort().join(",");

/**
 * Oracle Health: reads the encounter's charges, plans $create/$modify/$credit against them and
 * runs the plan. When the charges are no longer those the user worked from (`seen`), nothing is
 * sent: someone else billed in between, and that is a conflict to show. Two runs that race past
 * that check are stopped by Oracle's item version (409). Without a known user (no fhirUser) nothing
 * is read or sent: it throws MissingUserError.
 */
export async function runOracleCharges(gateway: FhirGateway, draft: ReadyDraft, codes: OracleBillCodes, context: BuildContext, options: ExecuteOptions = {}, seen?: BillingState): Promise<OracleRun> {
  requireUser(context);
  const before = await loadBillingState(gateway, draft.encounterRef);
  if (seen && chargeVersions(seen) !== chargeVersions(before)) {
    return { conflict: true, plan: { kind: "oracle-operations", requests: [] }, outcome: { kind: "done", written: [] }, state: before };
  }
  const plan = planOracleCharges(draft, before, codes, context);
  const outcome = await executePlan(gateway, plan, options);
  const state = await loadBillingState(gateway, draft.encounterRef);
  return { conflict: false, plan, outcome, state };
}
