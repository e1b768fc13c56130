import type { Patient, RelatedPerson } from "fhir/r4";
import type { X12Address, X12Demographics, X12Name } from "./claim-837-model.ts";
import { report, type ReadContext } from "./read-context.ts";
import { readAddress, readPersonName } from "./read-name-address.ts";
import { toX12Date } from "./x12-date.ts";

/** FHIR subscriber-relationship -> PAT01 individual relationship code. */
const PATIENT_RELATIONSHIP = new Map([["spouse", "01"], ["child", "19"], ["common", "53"], ["parent", "G8"], ["other", "G8"], ["injured", "G8"]]);

export function toPatientRelationship(code: string | undefined): string {
  return PATIENT_RELATIONSHIP.get(code ?? "") ?? "G8";
}

function readSex(person: Patient | RelatedPerson): X12Demographics["sex"] {
  return person.gender === "male" ? "M" : person.gender === "female" ? "F" : "U";
}

/** Name and address (N3/N4 only when the person has an address). */
export function readNameAndAddress(
  ctx: ReadContext,
  person: Patient | RelatedPerson,
): { name?: X12Name; address?: X12Address } {
  const type = person.resourceType;
  const name = readPersonName(ctx, person.name, `${type}.name`);
  const address = person.address?.length ? readAddress(ctx, person.address, `${type}.address`, { zip9: false }) : undefined;
  return { name, address };
}

/**
 * Name, address, birth date and sex (DMG) of the patient: the guide requires the patient's
 * N3/N4 (2010BA when the patient is the subscriber, 2010CA otherwise).
 */
export function readDemographics(ctx: ReadContext, person: Patient | RelatedPerson): X12Demographics | undefined {
  const type = person.resourceType;
  const name = readPersonName(ctx, person.name, `${type}.name`);
  const address = readAddress(ctx, person.address, `${type}.address`, { zip9: false });
  const birthDate = person.birthDate ? toX12Date(person.birthDate) : undefined;
  if (!birthDate) report(ctx, "x12-missing-data", `${type}.birthDate is missing or malformed; DMG needs it.`, `${type}.birthDate`);
  if (!name || !address || !birthDate) return undefined;
  return { name, address, birthDate, sex: readSex(person) };
}
