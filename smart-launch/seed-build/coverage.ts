/**
 * Stand-alone Coverage and payer Organizations from the Coverage contained in each Synthea
 * ExplanationOfBenefit: one Coverage per patient and payer, "active" for the payer of the
 * patient's latest EOB, "cancelled" for the others.
 */
import type { Claim, Coverage, ExplanationOfBenefit, Organization } from "fhir/r4";
import { MEMBER_ID_SYSTEM, PAYER_ID_SYSTEM, SOPT_SYSTEM, TAX_ID_SYSTEM, V2_0203, makeTaxId, stableHash } from "./identifiers.ts";

interface PayerSpec { id: string; name: string; payerId: string; sopt: string; soptText: string }

export const PAYERS: PayerSpec[] = [
  { id: "payer-sandbox-ppo", name: "Sandbox Mutual PPO", payerId: "SBX01", sopt: "5", soptText: "Private health insurance" },
  { id: "payer-lakeside-hmo", name: "Lakeside Health Plan HMO", payerId: "SBX02", sopt: "5", soptText: "Private health insurance" },
  { id: "payer-medicaid", name: "Sandbox State Medicaid", payerId: "SBXMCD", sopt: "2", soptText: "Medicaid" },
  { id: "payer-medicare", name: "Sandbox Medicare Part B", payerId: "SBXMCR", sopt: "1", soptText: "Medicare" },
];

function payerFor(kind: string, patientId: string): PayerSpec | undefined {
  if (kind === "private") return PAYERS[stableHash(patientId) % 2];
  if (kind === "medicaid") return PAYERS[2];
  if (kind === "medicare" || kind === "dual_eligible") return PAYERS[3];
  return undefined;
}

export function payerOrganization(spec: PayerSpec, index: number): Organization {
  return {
    resourceType: "Organization",
    id: spec.id,
    active: true,
    identifier: [
      { type: { coding: [{ system: V2_0203, code: "NIIP" }], text: "Payer id" }, system: PAYER_ID_SYSTEM, value: spec.payerId },
      { system: TAX_ID_SYSTEM, value: makeTaxId(900 + index) },
    ],
    type: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/organization-type", code: "pay", display: "Payer" }] }],
    name: spec.name,
    address: [{ line: [`${100 + index * 11} Insurance Plaza`], city: "Boston", state: "MA", postalCode: "02110", country: "US" }],
  };
}

interface CoverageSeen { kind: string; first: string; last: string }

function coverageKinds(eobs: ExplanationOfBenefit[]): Map<string, Map<string, CoverageSeen>> {
  const byPatient = new Map<string, Map<string, CoverageSeen>>();
  for (const eob of eobs) {
    const patient = eob.patient.reference ?? "";
    const kind = eob.insurer?.display ?? "";
    const date = eob.created ?? "";
    const kinds = byPatient.get(patient) ?? new Map<string, CoverageSeen>();
    const seen = kinds.get(kind) ?? { kind, first: date, last: date };
    if (date < seen.first) seen.first = date;
    if (date > seen.last) seen.last = date;
    kinds.set(kind, seen);
    byPatient.set(patient, kinds);
  }
  return byPatient;
}

function coverageId(patientRef: string, payer: PayerSpec): string {
  return `cov-${patientRef.replace("Patient/", "").slice(0, 8)}-${payer.id.replace("payer-", "")}`;
}

/** Coverage.class of type "group" (the X12 group number, SBR03). */
export function groupClass(value: string, name: string): NonNullable<Coverage["class"]>[number] {
  return { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/coverage-class", code: "group" }] }, value, name };
}

function makeCoverage(patientRef: string, seen: CoverageSeen, payer: PayerSpec, active: boolean): Coverage {
  const memberId = `${payer.payerId.slice(0, 3)}${String(stableHash(patientRef + payer.id) % 1_000_000_000).padStart(9, "0")}`;
  return {
    resourceType: "Coverage",
    id: coverageId(patientRef, payer),
    identifier: [{ type: { coding: [{ system: V2_0203, code: "MB" }], text: "Member Number" }, system: MEMBER_ID_SYSTEM, value: memberId }],
    status: active ? "active" : "cancelled",
    type: { coding: [{ system: SOPT_SYSTEM, code: payer.sopt, display: payer.soptText }], text: seen.kind },
    subscriber: { reference: patientRef },
    subscriberId: memberId,
    beneficiary: { reference: patientRef },
    relationship: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/subscriber-relationship", code: "self" }] },
    ...(payer.sopt === "5" ? { class: [groupClass(`G${String(stableHash(payer.id) % 100000).padStart(5, "0")}`, `${payer.name} employer group`)] } : {}),
    period: active ? { start: seen.first } : { start: seen.first, end: seen.last },
    payor: [{ reference: `Organization/${payer.id}`, display: payer.name }],
  };
}

/** Coverages for every patient, and the EOBs and Claims pointed at them (in place). */
export function buildCoverages(eobs: ExplanationOfBenefit[], claims: Claim[]): Coverage[] {
  const coverages: Coverage[] = [];
  const refByPatientKind = new Map<string, string>();
  for (const [patientRef, kinds] of coverageKinds(eobs)) {
    const latest = [...kinds.values()].sort((a, b) => b.last.localeCompare(a.last))[0];
    for (const seen of kinds.values()) {
      const payer = payerFor(seen.kind, patientRef);
      if (!payer) continue;
      const coverage = makeCoverage(patientRef, seen, payer, seen === latest);
      coverages.push(coverage);
      refByPatientKind.set(`${patientRef}|${seen.kind}`, `Coverage/${coverage.id}`);
    }
  }
  linkInsurance(eobs, claims, refByPatientKind);
  return coverages;
}

function linkInsurance(eobs: ExplanationOfBenefit[], claims: Claim[], refs: Map<string, string>): void {
  const kindByClaim = new Map<string, string>();
  for (const eob of eobs) {
    const kind = eob.insurer?.display ?? "";
    const payer = payerFor(kind, eob.patient.reference ?? "");
    kindByClaim.set(eob.claim?.reference ?? "", kind);
    if (payer) eob.insurer = { reference: `Organization/${payer.id}`, display: payer.name };
  }
  for (const claim of claims) {
    const ref = refs.get(`${claim.patient.reference}|${kindByClaim.get(`Claim/${claim.id}`)}`);
    for (const insurance of claim.insurance) insurance.coverage = ref ? { reference: ref } : insurance.coverage;
  }
}
