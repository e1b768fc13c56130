import type { ChargeItem, Extension } from "fhir/r4";
import type { ClaimDraft, DraftLine } from "../claim-draft.ts";
import { MODIFIER } from "../../coding/systems.ts";
import { currencyOf, roundMoney, type BuildContext } from "./build-context.ts";
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
    enterer: { reference: context.entererRef ?? context.fhirUserRef },
    enteredDate: context.now,
    quantity: { value: line.units },
    priceOverride: { value: roundMoney(line.unitCharge * line.units), currency: currencyOf(context) },
    reason: pointedDiagnoses(draft, line).map(diagnosisConcept),
  };
  if (draft.renderingProviderRef) {
    item.performer = [{ function: PERFORMER_FUNCTION, actor: { reference: draft.renderingProviderRef } }];
  }
  if (draft.billingProviderRef) item.performingOrganization = { reference: draft.billingProviderRef };
  if (line.procedureRef) item.service = [{ reference: line.procedureRef }];
  if (line.modifiers.length > 0) item.extension = line.modifiers.map(modifierExtension);
  return item;
}

function modifierExtension(code: string): Extension {
  return { url: CHARGE_MODIFIER_EXTENSION, valueCoding: { system: MODIFIER, code } };
}
