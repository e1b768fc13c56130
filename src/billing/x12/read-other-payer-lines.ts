import type { X12Adjustment, X12LineAdjudication, X12ServiceLine } from "./claim-837-model.ts";
import { amountKindOf, amountOf } from "../status/adjudication-amounts.ts";
import { reasonsOf } from "../status/adjustment-reasons.ts";
import { codingsOf, numberAt, objectAt, objectsAt, type JsonObject } from "../status/json-shape.ts";
import { report, type ReadContext } from "./read-context.ts";
import { toCents } from "./x12-number.ts";

/** Patient shares an adjudication states without a reason code: deductible PR-1, coinsurance PR-2, copay PR-3. */
const PATIENT_SHARE_CARC = { deductible: "1", coinsurance: "2", copay: "3" } as const;
const PAID = new Set(["benefit"]);

/** Category code "benefit" itself (not CARIN's paidtoprovider, which also reads as the payment). */
function isBenefitCategory(adjudication: JsonObject): boolean {
  return codingsOf(objectAt(adjudication, "category")).some((coding) => coding.code === "benefit");
}

/** CAS adjustments and the paid amount of a list of adjudications (a line's, or the claim's). */
export function adjustmentsOf(adjudications: JsonObject[]): { paidCents: number; adjustments: X12Adjustment[]; open: X12Adjustment[] } {
  let paidCents = 0;
  const adjustments: X12Adjustment[] = [];
  /** CARC reasons sent without an amount (a denial "eligible 0, CO-50"): they take what is left unexplained. */
  const open: X12Adjustment[] = [];
  /** CARIN states the payment as both benefit and paidtoprovider at times: benefit wins, counted once. */
  const hasBenefit = adjudications.some(isBenefitCategory);
  for (const adjudication of adjudications) {
    const kind = amountKindOf(adjudication);
    const cents = toCents(amountOf(adjudication["amount"] as JsonObject | undefined)?.value ?? 0);
    if (kind && PAID.has(kind) && (!hasBenefit || isBenefitCategory(adjudication))) paidCents += cents;
    const carcs = reasonsOf(adjudication).filter((r) => r.kind === "carc");
    for (const reason of carcs) {
      // reasonsOf already gives a reason on a deductible, copay or coinsurance amount the PR group.
      const adjustment: X12Adjustment = { group: reason.group ?? "CO", reason: reason.code, amountCents: kind === "benefit" || kind === "eligible" || kind === "submitted" ? 0 : cents };
      (adjustment.amountCents > 0 ? adjustments : open).push(adjustment);
    }
    if (carcs.length === 0 && cents > 0 && (kind === "deductible" || kind === "copay" || kind === "coinsurance")) {
      adjustments.push({ group: "PR", reason: PATIENT_SHARE_CARC[kind], amountCents: cents });
    }
  }
  return { paidCents, adjustments, open };
}

/**
 * 2430 for each service line the other payer adjudicated: SVD paid amount, CAS that explain the
 * rest of the line's charge (charge = paid + adjustments, as the 837P requires), DTP*573. A line
 * the adjudication does not account for is a finding.
 */
export function readLineAdjudications(ctx: ReadContext, response: JsonObject, lines: readonly X12ServiceLine[], date: string, expression: string): X12LineAdjudication[] | undefined {
  const result: X12LineAdjudication[] = [];
  let ok = true;
  for (const item of objectsAt(response, "item")) {
    const sequence = numberAt(item, "itemSequence") ?? numberAt(item, "sequence");
    const line = sequence === undefined ? undefined : lines[sequence - 1];
    if (sequence === undefined || !line) {
      report(ctx, "x12-invalid-data", `${expression}: an adjudicated item (sequence ${sequence ?? "none"}) matches no service line of this claim.`, expression);
      ok = false;
      continue;
    }
    const { paidCents, adjustments, open } = adjustmentsOf(objectsAt(item, "adjudication"));
    const unexplained = line.chargeCents - paidCents - adjustments.reduce((sum, a) => sum + a.amountCents, 0);
    const first = open[0];
    if (unexplained > 0 && first) adjustments.push({ ...first, amountCents: unexplained });
    else if (unexplained !== 0) {
      report(ctx, "x12-invalid-data", `${expression}: line ${sequence}'s adjudication does not balance: charge ${line.chargeCents / 100}, paid ${paidCents / 100}, adjustments leave ${unexplained / 100} unexplained.`, expression);
      ok = false;
      continue;
    }
    result.push({ lineIndex: sequence - 1, paidCents, adjustments, date });
  }
  return ok ? result : undefined;
}
