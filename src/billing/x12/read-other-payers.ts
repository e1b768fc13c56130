import type { Claim, ClaimInsurance, ExplanationOfBenefit } from "fhir/r4";
import type { X12OtherPayer, X12ServiceLine } from "./claim-837-model.ts";
import { amountOf } from "../status/adjudication-amounts.ts";
import { objectAt, objectsAt, stringAt, type JsonObject } from "../status/json-shape.ts";
import { report, type ReadContext } from "./read-context.ts";
import { adjustmentsOf, readLineAdjudications } from "./read-other-payer-lines.ts";
import { focalInsurance, readPayer, readSubscriber } from "./read-subscriber.ts";
import { toX12Date } from "./x12-date.ts";
import { toCents } from "./x12-number.ts";

const RESPONSIBILITY = { 1: "P", 2: "S", 3: "T" } as const;

/** The insurances ahead of the one this claim goes to (a secondary claim: the primary). */
function priorInsurances(claim: Claim): { insurance: ClaimInsurance; index: number }[] {
  const focal = focalInsurance(claim);
  if (!focal) return [];
  return (claim.insurance ?? []).flatMap((insurance, index) => (insurance !== focal && insurance.sequence < focal.sequence ? [{ insurance, index }] : []));
}

/**
 * The other payer's adjudication: the ClaimResponse Claim.insurance.claimResponse names, else an
 * ExplanationOfBenefit in the Bundle for that coverage (the first one the Bundle holds).
 */
function adjudicationOf(ctx: ReadContext, insurance: ClaimInsurance): JsonObject | undefined {
  const response = ctx.index.resolve(insurance.claimResponse, "ClaimResponse");
  if (response && response.status !== "cancelled" && response.status !== "entered-in-error" && response.outcome !== "queued") return response as unknown as JsonObject;
  const eob: ExplanationOfBenefit | undefined = ctx.index.first("ExplanationOfBenefit");
  const forCoverage = eob?.insurance?.some((i) => i.coverage.reference && i.coverage.reference === insurance.coverage.reference);
  return eob && forCoverage && eob.status === "active" && eob.outcome !== "queued" ? (eob as unknown as JsonObject) : undefined;
}

function relationshipCode(subscriber: NonNullable<ReturnType<typeof readSubscriber>>): string {
  return subscriber.role.kind === "patient" ? "18" : subscriber.role.patient.relationship;
}

/**
 * 2320/2330A/2330B (and 2430 per line) for each payer ahead of this one, from its adjudication.
 * A secondary claim without the primary's adjudication is refused with the reason, and so is an
 * earlier payer past the tertiary (SBR01 has only P, S and T here).
 */
export function readOtherPayers(ctx: ReadContext, claim: Claim, lines: readonly X12ServiceLine[]): X12OtherPayer[] | undefined {
  const payers: X12OtherPayer[] = [];
  for (const { insurance, index } of priorInsurances(claim)) {
    const at = `Claim.insurance[${index}]`;
    const responsibility = RESPONSIBILITY[insurance.sequence as 1 | 2 | 3] as X12OtherPayer["responsibility"] | undefined;
    if (!responsibility) {
      const text = `${at}.sequence is ${insurance.sequence}: the 837P is written for earlier payers that are primary, secondary or tertiary (2320 SBR01 P, S or T); a fourth or later payer (SBR01 A to H) is not supported.`;
      return report(ctx, "x12-invalid-data", text, `${at}.sequence`);
    }
    const coverage = ctx.index.resolve(insurance.coverage, "Coverage");
    if (!coverage) return report(ctx, "x12-missing-data", `${at}.coverage must reference the other payer's Coverage included in the Bundle (a claim to a later payer names the earlier ones).`, `${at}.coverage`);
    const response = adjudicationOf(ctx, insurance);
    if (!response) {
      const text = `This claim goes to a later payer (insurance sequence ${focalInsurance(claim)?.sequence ?? 2}) than the one in ${at}: it must carry that payer's adjudication (${at}.claimResponse -> its ClaimResponse, or its ExplanationOfBenefit, in the Bundle) for the 2320/2330 loops. Post that payer's remittance first.`;
      return report(ctx, "x12-missing-data", text, `${at}.claimResponse`);
    }
    const subscriber = readSubscriber(ctx, claim, coverage);
    const payer = readPayer(ctx, coverage);
    const date = toX12Date(stringAt(objectAt(response, "payment"), "date") ?? stringAt(response, "created") ?? "");
    if (!date) report(ctx, "x12-missing-data", `${at}: the other payer's adjudication has no payment date or created date (DTP*573).`, `${at}.claimResponse`);
    const lineAdjudications = date ? readLineAdjudications(ctx, response, lines, date, `${at}.claimResponse`) : undefined;
    if (!subscriber || !payer || !date || !lineAdjudications) return undefined;
    const claimLevel = adjustmentsOf(objectsAt(response, "adjudication"));
    const linesPaid = lineAdjudications.reduce((sum, l) => sum + l.paidCents, 0);
    const stated = amountOf(objectAt(objectAt(response, "payment"), "amount"));
    const patient = lineAdjudications.flatMap((l) => l.adjustments).filter((a) => a.group === "PR").reduce((sum, a) => sum + a.amountCents, 0);
    payers.push({
      responsibility,
      relationship: relationshipCode(subscriber),
      ...(subscriber.groupNumber ? { groupNumber: subscriber.groupNumber } : {}),
      filingIndicator: subscriber.filingIndicator,
      adjustments: claimLevel.adjustments,
      paidCents: stated ? toCents(stated.value) : linesPaid,
      patientResponsibilityCents: patient,
      subscriber: { name: subscriber.name, memberId: subscriber.memberId, ...(subscriber.address ? { address: subscriber.address } : {}) },
      payer,
      date,
      lines: lineAdjudications,
    });
  }
  return payers;
}
