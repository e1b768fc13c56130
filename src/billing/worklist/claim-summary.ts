import type { Claim } from "fhir/r4";
import { CLAIM_ENCOUNTER_SYSTEM, idOf } from "../state/billing-identifiers.ts";
import { displayOf, refKey, resolveAs, type ResourceIndex } from "./worklist-resources.ts";

/** What a claims worklist row says about the claim itself (its status comes from the payer's answers). */
export interface ClaimSummary {
  patientRef?: string;
  patientName?: string;
  /** YYYY-MM-DD: billablePeriod.start, else the first line's service date. */
  dateOfService?: string;
  payer?: string;
  provider?: string;
  amount?: { value: number; currency: string };
  /** "Encounter/<id>": the claim-encounter identifier, else the first line's encounter. */
  encounterRef?: string;
}

export function claimDateOfService(claim: Claim): string | undefined {
  const item = claim.item?.[0];
  const date = claim.billablePeriod?.start ?? item?.servicedDate ?? item?.servicedPeriod?.start;
  return date?.slice(0, 10);
}

export function claimEncounterRef(claim: Claim): string | undefined {
  const value = claim.identifier?.find((i) => i.system === CLAIM_ENCOUNTER_SYSTEM)?.value;
  if (value) return `Encounter/${idOf(value)}`;
  const key = refKey(claim.item?.flatMap((i) => i.encounter ?? [])[0]?.reference);
  return key?.startsWith("Encounter/") ? key : undefined;
}

function amountOf(claim: Claim): ClaimSummary["amount"] {
  if (claim.total?.value !== undefined) return { value: claim.total.value, currency: claim.total.currency ?? "USD" };
  const nets = (claim.item ?? []).flatMap((i) => (i.net?.value !== undefined ? [i.net] : []));
  if (nets.length === 0) return undefined;
  return { value: Math.round(nets.reduce((sum, n) => sum + (n.value ?? 0), 0) * 100) / 100, currency: nets[0]?.currency ?? "USD" };
}

/** Patient name, date of service, payer (the focal Coverage's payor), provider (care team first), amount and encounter. */
export function summarizeClaim(claim: Claim, index: ResourceIndex): ClaimSummary {
  const insurance = claim.insurance?.find((i) => i.focal) ?? claim.insurance?.[0];
  const coverage = resolveAs(index, "Coverage", insurance?.coverage);
  const careTeam = [...(claim.careTeam ?? [])].sort((a, b) => a.sequence - b.sequence)[0];
  const patientRef = refKey(claim.patient?.reference);
  const values: ClaimSummary = {
    ...(patientRef ? { patientRef } : {}),
    patientName: displayOf(index, claim.patient),
    dateOfService: claimDateOfService(claim),
    payer: displayOf(index, coverage?.payor?.[0]) ?? displayOf(index, claim.insurer),
    provider: displayOf(index, careTeam?.provider) ?? displayOf(index, claim.provider),
    amount: amountOf(claim),
    encounterRef: claimEncounterRef(claim),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ClaimSummary;
}
