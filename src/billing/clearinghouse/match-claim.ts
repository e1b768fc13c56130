/**
 * Which of the app's Claims a clearinghouse answer is about: first by the claim control number
 * the 837P wrote in CLM01 (computed again from Claim.identifier[0], as the writer does), then by
 * patient (member id or name) and date of service. Pure: the candidates come in as values.
 */
import type { Claim, Coverage, Patient } from "fhir/r4";
import { toClaimControlNumber } from "../x12/claim-control-number.ts";
import type { PatientInFile } from "./x12-in-model.ts";

export interface ClaimCandidate {
  claim: Claim;
  /** The claim's patient, when known: its name is compared. */
  patient?: Patient;
  /** The claim's focal coverage, when known: its member id is compared. */
  coverage?: Coverage;
}

export interface ClaimKey {
  claimControlNumber: string;
  patient: PatientInFile;
  serviceDate?: string;
}

export type ClaimMatch =
  | { kind: "matched"; by: "claim-control-number" | "patient-and-date"; candidate: ClaimCandidate }
  | { kind: "unmatched"; reason: string };

const STATUS_PREFERENCE = ["active", "cancelled"];

/** The CLM01 the 837P writer put on this Claim. */
export function claimControlNumberOf(claim: Claim): string | undefined {
  const value = claim.identifier?.[0]?.value ?? claim.id;
  return value ? toClaimControlNumber(value) : undefined;
}

function serviceDateOf(claim: Claim): string | undefined {
  const dates = (claim.item ?? []).flatMap((item) => item.servicedDate ?? item.servicedPeriod?.start ?? []);
  return [...dates, ...(claim.billablePeriod?.start ? [claim.billablePeriod.start] : [])].sort()[0]?.slice(0, 10);
}

const same = (a: string | undefined, b: string | undefined): boolean => Boolean(a && b && a.trim().toUpperCase() === b.trim().toUpperCase());

function isSamePatient(key: PatientInFile, candidate: ClaimCandidate): boolean {
  const memberIds = [candidate.coverage?.subscriberId, ...(candidate.coverage?.identifier ?? []).map((i) => i.value)];
  if (key.memberId && memberIds.some((id) => same(id, key.memberId))) return true;
  return (candidate.patient?.name ?? []).some((name) => same(name.family, key.lastName) && same(name.given?.[0], key.firstName));
}

/** The submitted claim among several with one CLM01 (the generations of one encounter's claim). */
function preferred(candidates: ClaimCandidate[]): ClaimCandidate | undefined {
  const rank = (c: ClaimCandidate): number => {
    const i = STATUS_PREFERENCE.indexOf(c.claim.status);
    return i < 0 ? STATUS_PREFERENCE.length : i;
  };
  return [...candidates].sort((a, b) => rank(a) - rank(b) || (b.claim.created ?? "").localeCompare(a.claim.created ?? ""))[0];
}

export function matchClaim(key: ClaimKey, candidates: readonly ClaimCandidate[]): ClaimMatch {
  const submitted = candidates.filter((c) => c.claim.status !== "draft" && c.claim.status !== "entered-in-error");
  const byNumber = submitted.filter((c) => claimControlNumberOf(c.claim) === key.claimControlNumber);
  const first = preferred(byNumber);
  if (first) return { kind: "matched", by: "claim-control-number", candidate: first };
  if (!key.serviceDate) return { kind: "unmatched", reason: `No claim with control number ${key.claimControlNumber}, and the file gives no date of service.` };
  const byPatient = submitted.filter((c) => serviceDateOf(c.claim) === key.serviceDate && isSamePatient(key.patient, c));
  if (byPatient.length === 1 && byPatient[0]) return { kind: "matched", by: "patient-and-date", candidate: byPatient[0] };
  const who = [key.patient.lastName, key.patient.firstName].filter(Boolean).join(", ") || key.patient.memberId || "the patient";
  return byPatient.length > 1
    ? { kind: "unmatched", reason: `${byPatient.length} claims for ${who} on ${key.serviceDate}: claim control number ${key.claimControlNumber} does not say which.` }
    : { kind: "unmatched", reason: `No claim with control number ${key.claimControlNumber}, nor for ${who} on ${key.serviceDate}.` };
}
