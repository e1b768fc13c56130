import type { Claim, ClaimItem, Extension, Period, Reference } from "fhir/r4";
import type { DraftLine } from "../claim-draft.ts";
import { CLAIM_TYPE } from "../../coding/systems.ts";
import { currencyOf, entererOf, roundMoney, type BuildContext, type ReadyDraft } from "./build-context.ts";
import {
  diagnosisConcept,
  modifierConcepts,
  placeOfServiceConcept,
  procedureConcept,
} from "./draft-codings.ts";
import {
  CLAIM_GENERATION_SYSTEM,
  claimEncounterIdentifier,
  claimGenerationValue,
  DIAGNOSIS_CONDITION_EXTENSION,
  LINE_ID_EXTENSION,
  LINE_PROCEDURE_EXTENSION,
} from "../state/billing-identifiers.ts";
import { emExtension } from "../state/em-extension.ts";

/** R4 example code system of Claim.related.relationship (prior: the claim this one replaces). */
export const RELATED_CLAIM_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
const PROCESS_PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
/** CARIN Blue Button claim care team roles: "rendering" is the provider who performed the services. */
export const CARE_TEAM_ROLE = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole";
/** NUCC Health Care Provider Taxonomy: careTeam.qualification, and PRV*PE in the 837P. */
export const NUCC_TAXONOMY = "http://nucc.org/provider-taxonomy";
export const DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
export const PAYEE_TYPE = "http://terminology.hl7.org/CodeSystem/payeetype";

export interface ClaimOptions {
  /** Generation of the logical claim (1 = original); from the billing store, never a browser counter. */
  generation?: number;
  /** "draft" while the work is in progress on the store, "active" once submitted. */
  status?: "draft" | "active";
  /** The claim this one replaces, when it is known by identifier only (no Claim on the server). */
  replaces?: Reference;
  /** The payer's claim control number of the claim this one replaces (835 CLP07 / 277CA REF*1K): REF*F8. */
  payerClaimNumber?: string;
}

/** One professional Claim for the whole draft: diagnoses in order, one item per line. */
export function buildClaim(draft: ReadyDraft, context: BuildContext, options: ClaimOptions = {}): Claim {
  const generation = options.generation ?? 1;
  const claim: Claim = {
    resourceType: "Claim",
    identifier: [
      claimEncounterIdentifier(draft.encounterRef),
      { system: CLAIM_GENERATION_SYSTEM, value: claimGenerationValue(draft.encounterRef, draft.coverageRef, generation) },
    ],
    status: options.status ?? "active",
    type: { coding: [{ system: CLAIM_TYPE, code: "professional" }] },
    use: "claim",
    patient: { reference: draft.patientRef },
    billablePeriod: billablePeriod(draft),
    created: context.now,
    ...(entererOf(context) ? { enterer: { reference: entererOf(context) } } : {}),
    provider: { reference: draft.billingProviderRef },
    priority: { coding: [{ system: PROCESS_PRIORITY, code: "normal" }] },
    // The payee is the billing provider: the practice is paid, not the subscriber.
    payee: { type: { coding: [{ system: PAYEE_TYPE, code: "provider" }] }, party: { reference: draft.billingProviderRef } },
    diagnosis: draft.diagnoses.map((diagnosis, index) => ({
      ...(diagnosis.conditionRef ? { extension: [{ url: DIAGNOSIS_CONDITION_EXTENSION, valueReference: { reference: diagnosis.conditionRef } }] } : {}),
      sequence: index + 1,
      diagnosisCodeableConcept: diagnosisConcept(diagnosis),
      // The first-listed diagnosis is the principal one (the 837P's ABK); the others are secondary.
      ...(index === 0 ? { type: [{ coding: [{ system: DIAGNOSIS_TYPE, code: "principal" }] }] } : {}),
    })),
    insurance: [{ sequence: 1, focal: true, coverage: { reference: draft.coverageRef } }],
    item: draft.lines.map((line, index) => buildClaimItem(draft, line, index + 1, context)),
    total: { value: claimTotal(draft), currency: currencyOf(context) },
  };
  if (draft.renderingProviderRef) {
    claim.careTeam = [{
      sequence: 1,
      provider: { reference: draft.renderingProviderRef },
      responsible: true,
      role: { coding: [{ system: CARE_TEAM_ROLE, code: "rendering" }] },
      ...(draft.renderingTaxonomy ? { qualification: { coding: [{ system: NUCC_TAXONOMY, code: draft.renderingTaxonomy }] } } : {}),
    }];
  }
  if (draft.locationRef) claim.facility = { reference: draft.locationRef };
  if (draft.insurerRef) claim.insurer = { reference: draft.insurerRef };
  if (draft.em) claim.extension = [emExtension(draft.em)];
  const replaces = draft.replacesClaimRef ? { reference: draft.replacesClaimRef } : options.replaces;
  if (replaces) {
    claim.related = [{
      claim: replaces,
      relationship: { coding: [{ system: RELATED_CLAIM_RELATIONSHIP, code: "prior" }] },
      ...(options.payerClaimNumber ? { reference: { value: options.payerClaimNumber } } : {}),
    }];
  }
  return claim;
}

function buildClaimItem(draft: ReadyDraft, line: DraftLine, sequence: number, context: BuildContext): ClaimItem {
  const currency = currencyOf(context);
  const item: ClaimItem = {
    sequence,
    diagnosisSequence: line.diagnosisPointers.filter((p) => p >= 1 && p <= draft.diagnoses.length),
    productOrService: procedureConcept(line),
    servicedDate: line.serviceDate,
    locationCodeableConcept: placeOfServiceConcept(line),
    quantity: { value: line.units },
    unitPrice: { value: roundMoney(line.unitCharge), currency },
    net: { value: lineNet(line), currency },
    encounter: [{ reference: draft.encounterRef }],
    extension: lineExtensions(line),
  };
  if (draft.renderingProviderRef) item.careTeamSequence = [1];
  if (line.modifiers.length > 0) item.modifier = modifierConcepts(line);
  return item;
}

function lineExtensions(line: DraftLine): Extension[] {
  const extensions: Extension[] = [{ url: LINE_ID_EXTENSION, valueString: line.id }];
  if (line.procedureRef) extensions.push({ url: LINE_PROCEDURE_EXTENSION, valueReference: { reference: line.procedureRef } });
  return extensions;
}

function lineNet(line: DraftLine): number {
  return roundMoney(line.unitCharge * line.units);
}

export function claimTotal(draft: ReadyDraft): number {
  return roundMoney(draft.lines.reduce((sum, line) => sum + lineNet(line), 0));
}

/** The encounter period when known, else the span of the service dates. */
export function billablePeriod(draft: ReadyDraft): Period {
  const dates = draft.lines.map((line) => line.serviceDate).sort();
  const start = draft.periodStart ?? dates[0];
  const end = draft.periodEnd ?? dates[dates.length - 1] ?? start;
  const period: Period = {};
  if (start) period.start = start;
  if (end) period.end = end;
  return period;
}
