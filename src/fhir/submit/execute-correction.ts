import type { SubmissionPlan } from "../../billing/write-path/planned-requests.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { executePlan } from "./execute-plan.ts";
import type { ExecuteOptions, SubmissionOutcome } from "./submission-outcome.ts";

/**
 * Runs a correction plan (planCorrection): the replacement Claim and new charges first, then the
 * old Claim cancelled and old charges retired (PUT with If-Match), or Oracle's $modify/$credit.
 * After a failure, do not run the same plan again: read the old Claim and charges back and plan
 * again (a stale If-Match answers 412 rather than overwrite someone's change); the creates are
 * conditional and what is already cancelled or retired is planned no more.
 */
export function executeCorrection(gateway: FhirGateway, plan: SubmissionPlan, options: ExecuteOptions = {}): Promise<SubmissionOutcome> {
  return executePlan(gateway, plan, options);
}
