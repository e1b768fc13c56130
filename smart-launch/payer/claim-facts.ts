/** Reads what the payer rules need from a Claim: lines, their diagnoses, dates, coverage and payer. */
import type { Claim, ClaimItem, CodeableConcept, Condition, Coverage } from "fhir/r4";
import type { FhirEngine } from "../fhir/engine.ts";
import type { ClaimFacts, ClaimLineFacts } from "./denial-rules.ts";

const ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
const MEMBER_NUMBER = "MB";
const PROCEDURE_SYSTEMS = ["http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285"];

export interface PayerFacts {
  facts: ClaimFacts;
  /** The payer Organization id, when the coverage names one. */
  payerId?: string;
  coverage?: Coverage;
}

function icdOf(concept: CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((c) => c.system === ICD10CM)?.code;
}

async function read<T>(engine: FhirEngine, reference: string | undefined): Promise<T | undefined> {
  if (!reference || !/^[A-Za-z]+\/[^/]+$/.test(reference)) return undefined;
  return engine.repo.readReference({ reference }).then((r) => r as unknown as T, () => undefined);
}

async function diagnosisCodes(engine: FhirEngine, claim: Claim): Promise<Map<number, string>> {
  const codes = new Map<number, string>();
  for (const diagnosis of claim.diagnosis ?? []) {
    const direct = icdOf(diagnosis.diagnosisCodeableConcept);
    const code = direct ?? icdOf((await read<Condition>(engine, diagnosis.diagnosisReference?.reference))?.code);
    if (code) codes.set(diagnosis.sequence, code);
  }
  return codes;
}

function lineFacts(item: ClaimItem, codes: Map<number, string>): ClaimLineFacts {
  const codings = item.productOrService.coding ?? [];
  const code = (codings.find((c) => PROCEDURE_SYSTEMS.includes(c.system ?? "")) ?? codings[0])?.code ?? "";
  const units = item.quantity?.value ?? 1;
  return {
    sequence: item.sequence,
    code,
    modifiers: (item.modifier ?? []).flatMap((m) => m.coding?.[0]?.code ?? []),
    units,
    submitted: item.net?.value ?? (item.unitPrice?.value ?? 0) * units,
    diagnoses: (item.diagnosisSequence ?? []).flatMap((s) => codes.get(s) ?? []),
  };
}

function serviceDate(claim: Claim): string | undefined {
  const dates = (claim.item ?? []).flatMap((i) => i.servicedDate ?? i.servicedPeriod?.start ?? []);
  const earliest = [...dates, ...(claim.billablePeriod?.start ? [claim.billablePeriod.start] : [])].sort()[0];
  return earliest?.slice(0, 10);
}

/** The member id the coverage carries: subscriberId, else the identifier typed MB (member number). */
function memberIdOf(coverage: Coverage): string | undefined {
  const typed = coverage.identifier?.find((i) => i.type?.coding?.some((c) => c.code === MEMBER_NUMBER))?.value;
  return coverage.subscriberId?.trim() || typed?.trim() || undefined;
}

function memberOf(coverage: Coverage): { id?: string } {
  const id = memberIdOf(coverage);
  return id ? { id } : {};
}

/** `received` is the day the payer got the claim (YYYY-MM-DD, by the sandbox clock). */
export async function readPayerFacts(engine: FhirEngine, claim: Claim, received: string): Promise<PayerFacts> {
  const insurance = claim.insurance.find((i) => i.focal) ?? claim.insurance[0];
  const coverage = await read<Coverage>(engine, insurance?.coverage.reference);
  const payerRef = coverage?.payor[0]?.reference ?? claim.insurer?.reference;
  const codes = await diagnosisCodes(engine, claim);
  const date = serviceDate(claim);
  const facts: ClaimFacts = {
    created: claim.created.slice(0, 10),
    received,
    ...(date ? { serviceDate: date } : {}),
    diagnosisCount: codes.size,
    hasProvider: Boolean(claim.provider.reference),
    ...(coverage ? { coverageStatus: coverage.status, member: memberOf(coverage) } : {}),
    lines: (claim.item ?? []).map((item) => lineFacts(item, codes)),
  };
  return { facts, ...(coverage ? { coverage } : {}), ...(payerRef?.startsWith("Organization/") ? { payerId: payerRef.slice("Organization/".length) } : {}) };
}
