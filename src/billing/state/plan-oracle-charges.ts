import type { Bundle } from "fhir/r4";
import type { BuildContext, ReadyDraft } from "../build/build-context.ts";
import { buildClaim } from "../build/build-claim.ts";
import { buildProvenance } from "../build/build-provenance.ts";
import { deterministicUrnUuid } from "../build/deterministic-uuid.ts";
import type { OracleBillCodes } from "../write-path/oracle-bill-codes.ts";
import { buildOracleChargeItemCreate, buildOracleChargeItemCredit, buildOracleChargeItemModify } from "../write-path/oracle-charge-operations.ts";
import { exportDownload, operationRequest, type PlannedRequest, type SubmissionPlan } from "../write-path/planned-requests.ts";
import { CLAIM_GENERATION_SYSTEM, claimGenerationValue } from "./billing-identifiers.ts";
import type { BillingState } from "./billing-state.ts";
import { lineContentHash } from "./claim-content.ts";

/**
 * Oracle Health takes charges only, through operations: one billable charge per service, read
 * back from the EHR. Unchanged lines send nothing; a changed line is `$modify`d (the old charge
 * becomes entered-in-error), a new one `$create`d, a removed one `$credit`ed. The generation is
 * the highest the charges carry, plus one when anything changes. The Claim itself is exported:
 * a replacement (frequency 7) of the previous generation when charges were billed before.
 */
export function planOracleCharges(draft: ReadyDraft, state: BillingState, codes: OracleBillCodes, context: BuildContext): SubmissionPlan {
  const generation = state.generation + 1;
  const requests: PlannedRequest[] = [];
  const kept = new Set<string>();
  for (const line of draft.lines) {
    const hash = lineContentHash(draft, line);
    const same = state.charges.find((c) => c.lineId === line.id && c.hash === hash);
    if (same) {
      kept.add(same.ref);
      continue;
    }
    const old = state.charges.find((c) => c.lineId === line.id && !kept.has(c.ref));
    if (old) {
      kept.add(old.ref);
      const op = buildOracleChargeItemModify(draft, line, codes, { id: old.ref.split("/")[1] ?? "", versionId: old.versionId }, generation);
      requests.push(operationRequest(`ChargeItem/$modify ${line.code}`, op.url, op.body));
    } else {
      const op = buildOracleChargeItemCreate(draft, line, codes, generation);
      requests.push(operationRequest(`ChargeItem/$create ${line.code}`, op.url, op.body));
    }
  }
  for (const charge of state.charges) {
    if (kept.has(charge.ref)) continue;
    const op = buildOracleChargeItemCredit(draft, { id: charge.ref.split("/")[1] ?? "", versionId: charge.versionId });
    requests.push(operationRequest(`${charge.ref}/$credit`, op.url, op.body));
  }
  if (requests.length === 0) return { kind: "oracle-operations", requests: [] };
  return { kind: "oracle-operations", requests, download: exportDownload(draft, claimFile(draft, state.generation, context)) };
}

/**
 * The Claim file (a transaction Bundle of a conditional create) of the generation after
 * `priorGeneration`: a replacement of it (frequency 7) when there was one.
 */
export function claimFile(draft: ReadyDraft, priorGeneration: number, context: BuildContext): Bundle {
  const generation = priorGeneration + 1;
  const prior = priorGeneration > 0 ? { replaces: { identifier: { system: CLAIM_GENERATION_SYSTEM, value: claimGenerationValue(draft.encounterRef, draft.coverageRef, priorGeneration) } } } : {};
  const claim = buildClaim(draft, context, { generation, ...prior });
  const value = claimGenerationValue(draft.encounterRef, draft.coverageRef, generation);
  const fullUrl = deterministicUrnUuid(`${CLAIM_GENERATION_SYSTEM}|${value}`);
  const provenance = buildProvenance(draft, { targets: [fullUrl], activity: generation > 1 ? "UPDATE" : "CREATE" }, context);
  return {
    resourceType: "Bundle",
    type: "transaction",
    entry: [
      { fullUrl, resource: claim, request: { method: "POST", url: "Claim", ifNoneExist: `identifier=${encodeURIComponent(`${CLAIM_GENERATION_SYSTEM}|${value}`)}` } },
      { fullUrl: deterministicUrnUuid(`${value}|provenance`), resource: provenance, request: { method: "POST", url: "Provenance" } },
    ],
  };
}
