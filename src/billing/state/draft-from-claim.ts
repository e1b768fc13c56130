import type { Claim, ClaimItem } from "fhir/r4";
import type { ClaimDraft, DraftDiagnosis, DraftLine } from "../claim-draft.ts";
import { isModifierSystem } from "../../coding/store/index.ts";
import { PLACE_OF_SERVICE } from "../../coding/systems.ts";
import { NUCC_TAXONOMY } from "../build/build-claim.ts";
import { emFromExtensions } from "./em-extension.ts";
import { DIAGNOSIS_CONDITION_EXTENSION, generationOf, LINE_ID_EXTENSION, LINE_PROCEDURE_EXTENSION } from "./billing-identifiers.ts";

export interface DraftBase {
  encounterRef: string;
  patientRef: string;
  periodStart?: string;
  periodEnd?: string;
}

/**
 * The draft a Claim on the billing store stands for, so the next person continues from it:
 * the inverse of buildClaim. Lines keep their ids (the line-id extension), so a line that did
 * not change keeps its ChargeItem whoever submits.
 */
export function draftFromClaim(claim: Claim, base: DraftBase): ClaimDraft {
  const coded = (claim.diagnosis ?? [])
    .slice()
    .sort((a, b) => a.sequence - b.sequence)
    .flatMap((d): { sequence: number; diagnosis: DraftDiagnosis }[] => {
      const coding = d.diagnosisCodeableConcept?.coding?.[0];
      if (!coding?.code) return [];
      const conditionRef = d.extension?.find((e) => e.url === DIAGNOSIS_CONDITION_EXTENSION)?.valueReference?.reference;
      return [{ sequence: d.sequence, diagnosis: { code: coding.code, display: coding.display ?? "", ...(conditionRef ? { conditionRef } : {}) } }];
    });
  // Draft pointers are 1-based positions in draft.diagnoses; the Claim's are diagnosis sequences.
  const pointerOf = new Map(coded.map((c, i) => [c.sequence, i + 1]));
  const draft: ClaimDraft = {
    encounterRef: base.encounterRef,
    patientRef: claim.patient?.reference ?? base.patientRef,
    revision: 0,
    diagnoses: coded.map((c) => c.diagnosis),
    lines: (claim.item ?? []).slice().sort((a, b) => a.sequence - b.sequence).map((item) => lineFromItem(item, pointerOf)),
  };
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K] | undefined) => {
    if (value !== undefined) draft[key] = value;
  };
  const rendering = claim.careTeam?.find((c) => c.sequence === 1);
  set("renderingProviderRef", rendering?.provider.reference);
  set("renderingTaxonomy", rendering?.qualification?.coding?.find((c) => c.system === NUCC_TAXONOMY)?.code);
  set("billingProviderRef", claim.provider?.reference);
  set("coverageRef", claim.insurance?.find((i) => i.focal)?.coverage.reference);
  set("insurerRef", claim.insurer?.reference);
  set("locationRef", claim.facility?.reference);
  set("em", emFromExtensions(claim.extension));
  set("periodStart", claim.billablePeriod?.start ?? base.periodStart);
  set("periodEnd", claim.billablePeriod?.end ?? base.periodEnd);
  set("basedOn", claim.id && claim.meta?.versionId
    ? { claimRef: `Claim/${claim.id}`, versionId: claim.meta.versionId, generation: generationOf(claim), status: claim.status }
    : undefined);
  return draft;
}

/** A line of the Claim; its diagnosis sequences become positions in the draft's diagnoses (one without a code is dropped). */
function lineFromItem(item: ClaimItem, pointerOf: ReadonlyMap<number, number>): DraftLine {
  const coding = item.productOrService.coding?.[0];
  const id = item.extension?.find((e) => e.url === LINE_ID_EXTENSION)?.valueString ?? `item${item.sequence}`;
  const procedureRef = item.extension?.find((e) => e.url === LINE_PROCEDURE_EXTENSION)?.valueReference?.reference;
  const units = item.quantity?.value ?? 1;
  const line: DraftLine = {
    id,
    system: coding?.system ?? "",
    code: coding?.code ?? "",
    modifiers: (item.modifier ?? []).flatMap((m) => m.coding?.find((c) => isModifierSystem(c.system) && c.code)?.code ?? []),
    units,
    diagnosisPointers: (item.diagnosisSequence ?? []).flatMap((sequence) => pointerOf.get(sequence) ?? []),
    placeOfService: item.locationCodeableConcept?.coding?.find((c) => c.system === PLACE_OF_SERVICE)?.code ?? item.locationCodeableConcept?.coding?.[0]?.code ?? "",
    unitCharge: item.unitPrice?.value ?? (item.net?.value !== undefined ? item.net.value / (units || 1) : 0),
    serviceDate: item.servicedDate ?? item.servicedPeriod?.start?.slice(0, 10) ?? "",
  };
  if (coding?.display) line.display = coding.display;
  if (procedureRef) line.procedureRef = procedureRef;
  return line;
}
