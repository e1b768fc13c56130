import type { ChargeItem, Extension } from "fhir/r4";
import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { modifierSystem } from "../../coding/store/index.ts";
import { currencyOf, entererOf, roundMoney, type BuildContext } from "./build-context.ts";
import { diagnosisConcept, pointedDiagnoses, procedureConcept } from "./draft-codings.ts";
import { CHARGE_SERVICE_SYSTEM, chargeServiceValue } from "../state/billing-identifiers.ts";
import { lineContentHash } from "../state/claim-content.ts";

/** R4 ChargeItem has no modifier element: the app carries the line's modifiers in this extension. */
export const CHARGE_MODIFIER_EXTENSION = "https://smart-coding-billing.example/StructureDefinition/charge-modifier";

/** v3 ParticipationType "PRF" (performer): one of the performer functions Oracle Health accepts. */
export const PERFORMER_FUNCTION = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", code: "PRF", display: "performer" }],
};

/** One billable ChargeItem per service line of the draft. */
export function buildChargeItems(draft: ClaimDraft, context: BuildContext, generation = 1): ChargeItem[] {
  return draft.lines.map((line) => buildChargeItem(draft, line, context, generation));
}

/** The identifier value of a line's charge: the service and its content, as billed in a generation. */
export function chargeValueOf(draft: ClaimDraft, line: DraftLine, generation: number): string {
  return chargeServiceValue(draft.encounterRef, line.id, generation, lineContentHash(draft, line));
}

export function buildChargeItem(draft: ClaimDraft, line: DraftLine, context: BuildContext, generation = 1): ChargeItem {
  const item: ChargeItem = {
    resourceType: "ChargeItem",
    identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: chargeValueOf(draft, line, generation) }],
    status: "billable",
    code: procedureConcept(line),
    subject: { reference: draft.patientRef },
    context: { reference: draft.encounterRef },
    occurrenceDateTime: line.serviceDate,
    ...(entererOf(context) ? { enterer: { reference: entererOf(context) } } : {}),
    enteredDate: context.now,
    quantity: { value: line.units },
    priceOverride: { value: roundMoney(line.unitCharge * line.units), currency: currencyOf(context) },
    overrideReason: overrideReasonOf(line, currencyOf(context)),
    reason: pointedDiagnoses(draft, line).map(diagnosisConcept),
  };
  if (draft.accountRef) item.account = [{ reference: draft.accountRef }];
  if (draft.renderingProviderRef) {
    item.performer = [{ function: PERFORMER_FUNCTION, actor: { reference: draft.renderingProviderRef } }];
  }
  if (draft.billingProviderRef) item.performingOrganization = { reference: draft.billingProviderRef };
  if (line.procedureRef) item.service = [{ reference: line.procedureRef }];
  if (line.modifiers.length > 0) item.extension = line.modifiers.map(modifierExtension);
  return item;
}

function modifierExtension(code: string): Extension {
  return { url: CHARGE_MODIFIER_EXTENSION, valueCoding: { system: modifierSystem(code), code } };
}

/**
 * Why the charge carries its own price (R4 ChargeItem prices come from a ChargeItemDefinition
 * otherwise): the practice fee schedule's price, or a charge entered on the claim and how it
 * differs from the schedule.
 */
export function overrideReasonOf(line: DraftLine, currency: string): string {
  const money = (value: number) => `${value.toFixed(2)} ${currency}`;
  if (line.listPrice === undefined) return "Charge per unit from the claim (the practice fee schedule or entered by the coder).";
  if (line.listPrice > 0 && roundMoney(line.listPrice) === roundMoney(line.unitCharge)) return `Practice fee schedule: ${money(line.listPrice)} per unit.`;
  if (line.listPrice <= 0) return `Entered by the coder: ${money(line.unitCharge)} per unit (the practice fee schedule has no price for ${line.code}).`;
  return `Entered by the coder: ${money(line.unitCharge)} per unit instead of the practice fee schedule's ${money(line.listPrice)}.`;
}
