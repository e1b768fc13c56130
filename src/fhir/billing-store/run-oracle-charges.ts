import type { BuildContext, ReadyDraft } from "../../billing/build/build-context.ts";
import type { BillingState } from "../../billing/state/billing-state.ts";
import { planOracleCharges } from "../../billing/state/plan-oracle-charges.ts";
import type { OracleBillCodes } from "../../billing/write-path/oracle-bill-codes.ts";
import type { SubmissionPlan } from "../../billing/write-path/planned-requests.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { executePlan } from "../submit/execute-plan.ts";
import type { ExecuteOptions, SubmissionOutcome } from "../submit/submission-outcome.ts";
import { loadBillingState } from "./load-billing-state.ts";

export interface OracleRun {
  plan: SubmissionPlan;
  outcome: SubmissionOutcome;
  /** The charges as the EHR holds them after the run. */
  state: BillingState;
}

/**
 * Oracle Health: reads the encounter's charges, plans $create/$modify/$credit against them and
 * runs the plan; a stale version answers 409 and is planned again from a fresh read by the caller.
 */
export async function runOracleCharges(gateway: FhirGateway, draft: ReadyDraft, codes: OracleBillCodes, context: BuildContext, options: ExecuteOptions = {}): Promise<OracleRun> {
  const before = await loadBillingState(gateway, draft.encounterRef);
  const plan = planOracleCharges(draft, before, codes, context);
  const outcome = await executePlan(gateway, plan, options);
  const state = await loadBillingState(gateway, draft.encounterRef);
  return { plan, outcome, state };
}
