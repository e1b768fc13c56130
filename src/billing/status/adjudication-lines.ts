import type { Claim } from "fhir/r4";
import type { AdjustmentReason, LineAdjudication } from "./claim-status.ts";
import { amountOf, amountsByKind, patientShare } from "./adjudication-amounts.ts";
import { reasonsOf } from "./adjustment-reasons.ts";
import { codingsOf, numberAt, objectAt, objectsAt, type JsonObject } from "./json-shape.ts";

/** Per-line adjudication from ClaimResponse.item (itemSequence) or ExplanationOfBenefit.item (sequence). */
export function adjudicationLines(response: JsonObject, claim?: Claim): LineAdjudication[] {
  return objectsAt(response, "item").flatMap((item, index) => {
    const sequence = numberAt(item, "itemSequence") ?? numberAt(item, "sequence") ?? index + 1;
    return [toLine(item, sequence, claim)];
  });
}

function toLine(item: JsonObject, sequence: number, claim?: Claim): LineAdjudication {
  const adjudications = objectsAt(item, "adjudication");
  const amounts = amountsByKind(adjudications);
  const claimItem = claim?.item?.find((i) => i.sequence === sequence);
  const line: LineAdjudication = {
    sequence,
    reasons: adjudications.flatMap((a) => reasonsOf(a, sequence)),
  };
  const code = codingsOf(objectAt(item, "productOrService"))[0]?.code ?? claimItem?.productOrService.coding?.[0]?.code;
  if (code) line.code = code;
  const submitted = amounts.submitted ?? amountOf(claimItem?.net as JsonObject | undefined);
  if (submitted) line.submitted = submitted;
  for (const key of ["eligible", "deductible", "copay", "coinsurance", "benefit", "paidToPatient"] as const) {
    const amount = amounts[key];
    if (amount) line[key] = amount;
  }
  const patient = patientShare(amounts);
  if (patient) line.patientResponsibility = patient;
  return line;
}

/** Reasons given for the claim as a whole (ClaimResponse/ExplanationOfBenefit.adjudication). */
export function claimLevelReasons(response: JsonObject): AdjustmentReason[] {
  return objectsAt(response, "adjudication").flatMap((a) => reasonsOf(a));
}

/**
 * CARCs that only price a line (the allowed amount is below the charge, or sequestration): an
 * adjustment the provider writes off, never a refusal of the service.
 */
const PRICING_CARCS = new Set(["42", "45", "253"]);

/**
 * True when every reason only prices the line or moves it to the patient (group PR: deductible,
 * coinsurance, copay): the payer allowed the service even if it paid nothing on it.
 */
export function isPatientShareOrPricing(reasons: readonly AdjustmentReason[]): boolean {
  return reasons.every((r) => r.group === "PR" || (r.kind === "carc" && PRICING_CARCS.has(r.code)) || (r.kind === "rarc"));
}

/**
 * A line the payer refused although something was billed: nothing paid on it and not because it
 * went to the patient's share (a line wholly applied to the deductible is allowed, not unpaid).
 */
export function isUnpaidLine(line: LineAdjudication): boolean {
  const billed = (line.submitted?.value ?? line.eligible?.value ?? 0) > 0 || line.reasons.length > 0;
  if (!billed || line.benefit === undefined || line.benefit.value !== 0) return false;
  const toPatient = (line.patientResponsibility?.value ?? 0) > 0;
  return !(toPatient && isPatientShareOrPricing(line.reasons));
}
