import type { Claim, ClaimInsurance, Coverage, Patient, RelatedPerson } from "fhir/r4";
import type { X12Payer, X12Subscriber } from "./claim-837-model.ts";
import { claimFilingIndicatorOf } from "./claim-filing-indicator.ts";
import { readAbout, readIdentifier, readText, report, type ReadContext } from "./read-context.ts";
import { readDemographics, readNameAndAddress, toPatientRelationship } from "./read-demographics.ts";
import { readPayerId } from "./read-identifiers.ts";

const RESPONSIBILITY = { 1: "P", 2: "S", 3: "T" } as const;

export function focalInsurance(claim: Claim): ClaimInsurance | undefined {
  return claim.insurance?.find((insurance) => insurance.focal) ?? claim.insurance?.[0];
}

export function readCoverage(ctx: ReadContext, claim: Claim): Coverage | undefined {
  const coverage = ctx.index.resolve(focalInsurance(claim)?.coverage, "Coverage");
  if (coverage) return coverage;
  return report(ctx, "x12-missing-data", "Claim.insurance.coverage must reference a Coverage included in the Bundle.", "Claim.insurance.coverage");
}

/** The subscriber-relationship code; no relationship means the patient is the subscriber. */
function relationshipOf(coverage: Coverage): string {
  return coverage.relationship?.coding?.find((coding) => coding.code)?.code ?? "self";
}

/** The subscriber when it is not the patient: Coverage.subscriber, a RelatedPerson or Patient in the Bundle. */
function otherSubscriber(ctx: ReadContext, coverage: Coverage): Patient | RelatedPerson | undefined {
  const person = ctx.index.resolve(coverage.subscriber, "RelatedPerson") ?? ctx.index.resolve(coverage.subscriber, "Patient");
  if (person) return person;
  const text = "Coverage.subscriber must reference the subscriber (RelatedPerson or Patient) included in the Bundle when the patient is not the subscriber.";
  return report(ctx, "x12-missing-data", text, "Coverage.subscriber");
}

/** Subscriber name/address and SBR02/DMG or the 2000C patient loop, by Coverage.relationship. */
function readSubscriberPerson(ctx: ReadContext, patient: Patient, coverage: Coverage): Pick<X12Subscriber, "name" | "address" | "role"> | undefined {
  const relationship = relationshipOf(coverage);
  if (relationship === "self") {
    const self = readAbout(ctx, "patient and subscriber", patient, () => readDemographics(ctx, patient));
    return self && { name: self.name, address: self.address, role: { kind: "patient", birthDate: self.birthDate, sex: self.sex } };
  }
  const subscriber = otherSubscriber(ctx, coverage);
  const { name, address } = subscriber ? readAbout(ctx, "subscriber", subscriber, () => readNameAndAddress(ctx, subscriber)) : {};
  const demographics = readAbout(ctx, "patient", patient, () => readDemographics(ctx, patient));
  if (!name || !demographics) return undefined;
  return { name, address, role: { kind: "other", patient: { ...demographics, relationship: toPatientRelationship(relationship) } } };
}

/** 2000B/2010BA (and 2000C/2010CA when the patient is not the subscriber). */
export function readSubscriber(ctx: ReadContext, claim: Claim, coverage: Coverage): X12Subscriber | undefined {
  const patient = ctx.index.resolve(claim.patient, "Patient");
  if (!patient) return report(ctx, "x12-missing-data", "Claim.patient must reference a Patient included in the Bundle.", "Claim.patient");
  const person = readSubscriberPerson(ctx, patient, coverage);
  const memberId = readIdentifier(ctx, coverage.subscriberId ?? coverage.identifier?.[0]?.value, 80, "Coverage.subscriberId");
  const groupValue = coverage.class?.find((item) => item.type.coding?.some((coding) => coding.code === "group"))?.value;
  const groupNumber = groupValue === undefined ? undefined : readIdentifier(ctx, groupValue, 50, "Coverage.class.value");
  if (!person || !memberId) return undefined;
  const responsibility = readResponsibility(ctx, claim);
  if (!responsibility) return undefined;
  const filingIndicator = readFilingIndicator(ctx, coverage);
  if (!filingIndicator) return undefined;
  return { ...person, memberId, responsibility, groupNumber, filingIndicator };
}

/** SBR01 from the focal insurance's sequence (none: primary); a fourth or later payer is refused, never sent as primary. */
function readResponsibility(ctx: ReadContext, claim: Claim): X12Subscriber["responsibility"] | undefined {
  const focal = focalInsurance(claim);
  const sequence = focal?.sequence ?? 1;
  const responsibility = RESPONSIBILITY[sequence as 1 | 2 | 3] as X12Subscriber["responsibility"] | undefined;
  if (responsibility) return responsibility;
  const at = `Claim.insurance[${claim.insurance?.indexOf(focal as ClaimInsurance)}].sequence`;
  const text = `${at} is ${sequence}: the 837P is written to a primary, secondary or tertiary payer (2000B SBR01 P, S or T); a fourth or later payer (SBR01 A to H) is not supported.`;
  return report(ctx, "x12-invalid-data", text, at);
}

/**
 * SBR09 from Coverage.type. A value no table knows is refused (never sent as commercial); a
 * coverage without a type is sent as CI with a warning that says so.
 */
function readFilingIndicator(ctx: ReadContext, coverage: Coverage): string | undefined {
  const result = claimFilingIndicatorOf(coverage);
  if ("indicator" in result) return result.indicator;
  if ("problem" in result) return report(ctx, "x12-invalid-data", `${result.problem} SBR09 (claim filing indicator) cannot be chosen.`, "Coverage.type");
  report(ctx, "x12-missing-data", "Coverage.type is absent, so SBR09 is sent as CI (commercial insurance): give the coverage its Source of Payment Typology code if the payer is Medicare, Medicaid or another program.", "Coverage.type", "warning");
  return "CI";
}

/** 2010BB: the payer Organization (Coverage.payor) with its payer id. */
export function readPayer(ctx: ReadContext, coverage: Coverage): X12Payer | undefined {
  const payer = coverage.payor?.map((reference) => ctx.index.resolve(reference, "Organization")).find(Boolean);
  if (!payer) return report(ctx, "x12-missing-data", "Coverage.payor must reference the payer Organization included in the Bundle.", "Coverage.payor");
  return readAbout(ctx, "payer", payer, () => {
    const name = readText(ctx, payer.name, 60, "Organization.name");
    const payerId = readPayerId(ctx, payer.identifier, "Organization.identifier");
    return name && payerId ? { name, payerId } : undefined;
  });
}
