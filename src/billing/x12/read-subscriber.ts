import type { Claim, ClaimInsurance, Coverage, Patient } from "fhir/r4";
import type { X12Payer, X12Subscriber } from "./claim-837-model";
import { readIdentifier, readText, report, type ReadContext } from "./read-context";
import { readPayerId } from "./read-identifiers";
import { readAddress, readPersonName } from "./read-name-address";
import { toX12Date } from "./x12-date";

/** SBR09 claim filing indicator codes accepted from Coverage.type; anything else writes CI (commercial). */
const FILING_INDICATORS = new Set(["09", "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"]);

const RESPONSIBILITY = { 1: "P", 2: "S", 3: "T" } as const;

export function focalInsurance(claim: Claim): ClaimInsurance | undefined {
  return claim.insurance?.find((insurance) => insurance.focal) ?? claim.insurance?.[0];
}

export function readCoverage(ctx: ReadContext, claim: Claim): Coverage | undefined {
  const coverage = ctx.index.resolve(focalInsurance(claim)?.coverage, "Coverage");
  if (coverage) return coverage;
  return report(ctx, "x12-missing-data", "Claim.insurance.coverage must reference a Coverage included in the Bundle.", "Claim.insurance.coverage");
}

function isSelf(coverage: Coverage): boolean {
  const codes = coverage.relationship?.coding?.map((coding) => coding.code) ?? [];
  return codes.length === 0 || codes.includes("self");
}

function readSex(patient: Patient): X12Subscriber["sex"] {
  return patient.gender === "male" ? "M" : patient.gender === "female" ? "F" : "U";
}

/** 2000B/2010BA: the subscriber, who must be the patient (SBR02 18 "self"). */
export function readSubscriber(ctx: ReadContext, claim: Claim, coverage: Coverage): X12Subscriber | undefined {
  const patient = ctx.index.resolve(claim.patient, "Patient");
  if (!patient) return report(ctx, "x12-missing-data", "Claim.patient must reference a Patient included in the Bundle.", "Claim.patient");
  if (!isSelf(coverage)) {
    const text = "Only claims where the patient is the subscriber (relationship self) can be written as 837P yet.";
    return report(ctx, "x12-invalid-data", text, "Coverage.relationship");
  }
  const name = readPersonName(ctx, patient.name, "Patient.name");
  const memberId = readIdentifier(ctx, coverage.subscriberId ?? coverage.identifier?.[0]?.value, 80, "Coverage.subscriberId");
  const address = patient.address?.length ? readAddress(ctx, patient.address, "Patient.address", { zip9: false }) : undefined;
  const birthDate = patient.birthDate ? toX12Date(patient.birthDate) : undefined;
  if (!birthDate) report(ctx, "x12-missing-data", "Patient.birthDate is missing or malformed; DMG needs it.", "Patient.birthDate");
  const groupValue = coverage.class?.find((item) => item.type.coding?.some((coding) => coding.code === "group"))?.value;
  const groupNumber = groupValue === undefined ? undefined : readIdentifier(ctx, groupValue, 50, "Coverage.class.value");
  if (!name || !memberId || !birthDate) return undefined;
  const sequence = focalInsurance(claim)?.sequence ?? 1;
  const responsibility = RESPONSIBILITY[sequence as 1 | 2 | 3] ?? "P";
  const filing = coverage.type?.coding?.find((coding) => FILING_INDICATORS.has(coding.code ?? ""))?.code ?? "CI";
  return { name, memberId, address, birthDate, sex: readSex(patient), responsibility, groupNumber, filingIndicator: filing };
}

/** 2010BB: the payer Organization (Coverage.payor) with its payer id. */
export function readPayer(ctx: ReadContext, coverage: Coverage): X12Payer | undefined {
  const payer = coverage.payor?.map((reference) => ctx.index.resolve(reference, "Organization")).find(Boolean);
  if (!payer) return report(ctx, "x12-missing-data", "Coverage.payor must reference the payer Organization included in the Bundle.", "Coverage.payor");
  const name = readText(ctx, payer.name, 60, "Organization.name");
  const payerId = readPayerId(ctx, payer.identifier, "Organization.identifier");
  return name && payerId ? { name, payerId } : undefined;
}
