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
  for (const key of ["eligible", "deductible", "copay", "coinsurance", "benefit"] as const) {
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

/** A line the payer paid nothing on although something was billed. */
export function isUnpaidLine(line: LineAdjudication): boolean {
  const billed = (line.submitted?.value ?? line.eligible?.value ?? 0) > 0 || line.reasons.length > 0;
  return billed && line.benefit !== undefined && line.benefit.value === 0;
}
