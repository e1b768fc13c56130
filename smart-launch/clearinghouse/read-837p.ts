/**
 * The sandbox clearinghouse's reading of an 837P: per claim what the payer rules need
 * (smart-launch/payer ClaimFacts) and who to answer (submitter, payer, patient, member id).
 */
import type { Segment } from "../../src/billing/clearinghouse/x12-segments.ts";
import { readTransactions } from "../../src/billing/clearinghouse/x12-segments.ts";
import { elementOf, toIsoDate } from "../../src/billing/clearinghouse/x12-values.ts";
import type { ClaimFacts, ClaimLineFacts } from "../payer/denial-rules.ts";

export interface SentClaim {
  claimControlNumber: string;
  /** CLM02 as written */
  charge: string;
  memberId?: string;
  patient: { lastName?: string; firstName?: string };
  payer: { name?: string; id?: string };
  billingProvider: { name?: string; npi?: string };
  /** SBR09 */
  filingIndicator?: string;
  /** Everything but the day received and the coverage, which the sandbox adds. */
  facts: Omit<ClaimFacts, "received" | "coverageStatus">;
}

export interface Sent837 {
  submitter: string;
  receiver: string;
  submitterName?: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  transactionControlNumber: string;
  claims: SentClaim[];
}

/** "E1165" -> "E11.65" (ICD-10-CM codes travel without the dot in X12). */
function withDot(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

function lineOf(values: string[], sequence: number, diagnoses: string[], separator: string): ClaimLineFacts {
  const [, code = "", ...modifiers] = (elementOf(values, 1) ?? "").split(separator);
  const pointers = (elementOf(values, 7) ?? "").split(separator).filter(Boolean).map(Number);
  return {
    sequence, code, modifiers: modifiers.filter(Boolean), units: Number(elementOf(values, 4) ?? "1"), submitted: Number(elementOf(values, 2) ?? "0"),
    diagnoses: pointers.flatMap((p) => diagnoses[p - 1] ?? []),
  };
}

interface Reading { parties: Omit<SentClaim, "claimControlNumber" | "charge" | "facts">; created: string; claim?: SentClaim; diagnoses: string[]; dates: string[] }

function readSegment(state: Reading, { tag, values }: Segment, separator: string, claims: SentClaim[]): void {
  const q = elementOf(values, 1);
  if (tag === "BHT") state.created = toIsoDate(elementOf(values, 4)) ?? "";
  else if (tag === "NM1" && q === "85") state.parties.billingProvider = { name: elementOf(values, 3), npi: elementOf(values, 9) };
  else if (tag === "SBR") state.parties.filingIndicator = elementOf(values, 9);
  else if (tag === "NM1" && q === "IL") Object.assign(state.parties, { memberId: elementOf(values, 9), patient: { lastName: elementOf(values, 3), firstName: elementOf(values, 4) } });
  else if (tag === "NM1" && q === "QC") state.parties.patient = { lastName: elementOf(values, 3), firstName: elementOf(values, 4) };
  else if (tag === "NM1" && q === "PR") state.parties.payer = { name: elementOf(values, 3), id: elementOf(values, 9) };
  else if (tag === "CLM") {
    state.claim = {
      ...structuredClone(state.parties), claimControlNumber: q ?? "", charge: elementOf(values, 2) ?? "0",
      facts: { created: state.created, diagnosisCount: 0, hasProvider: Boolean(state.parties.billingProvider.npi), lines: [] },
    };
    state.diagnoses = [];
    claims.push(state.claim);
  } else if (tag === "HI" && state.claim) {
    state.diagnoses.push(...values.filter(Boolean).map((v) => withDot(v.split(separator)[1] ?? "")));
    state.claim.facts.diagnosisCount = state.diagnoses.length;
  } else if (tag === "SV1" && state.claim) state.claim.facts.lines.push(lineOf(values, state.claim.facts.lines.length + 1, state.diagnoses, separator));
  else if (tag === "DTP" && q === "472" && state.claim) {
    const date = toIsoDate(elementOf(values, 3));
    if (date && (!state.claim.facts.serviceDate || date < state.claim.facts.serviceDate)) state.claim.facts.serviceDate = date;
  }
}

export function read837P(text: string): Sent837[] {
  return readTransactions(text, "837P").filter((t) => t.setId === "837").map((t) => {
    const claims: SentClaim[] = [];
    const state: Reading = { parties: { patient: {}, payer: {}, billingProvider: {} }, created: "", diagnoses: [], dates: [] };
    let submitterName: string | undefined;
    for (const segment of t.segments) {
      if (segment.tag === "NM1" && elementOf(segment.values, 1) === "41") submitterName = elementOf(segment.values, 3);
      readSegment(state, segment, t.componentSeparator, claims);
    }
    return {
      submitter: t.envelope.sender, receiver: t.envelope.receiver, ...(submitterName ? { submitterName } : {}),
      interchangeControlNumber: t.envelope.interchangeControlNumber, groupControlNumber: t.envelope.groupControlNumber,
      transactionControlNumber: t.envelope.transactionControlNumber, claims,
    };
  });
}
