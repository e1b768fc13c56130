/**
 * What Synthea's providers lack and real EMRs carry: valid NPIs on practitioners and billing
 * organizations, tax ids, and a Location (with a place-of-service type) per organization that
 * the encounters point at.
 */
import type { Encounter, FhirResource, Identifier, Location, Organization } from "fhir/r4";
import { NPI_SYSTEM, TAX_ID_SYSTEM, makeNpi, makeTaxId } from "./identifiers.ts";

export const PLACE_OF_SERVICE = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

function withoutNpi(identifiers: Identifier[] | undefined): Identifier[] {
  return (identifiers ?? []).filter((i) => i.system !== NPI_SYSTEM && i.system !== TAX_ID_SYSTEM);
}

/** Gives every Practitioner a valid individual NPI (in id order, so the output is stable). */
export function addPractitionerNpis(practitioners: FhirResource[]): void {
  const sorted = [...practitioners].sort((a, b) => (a.id ?? "").localeCompare(b.id ?? ""));
  sorted.forEach((p, n) => {
    if (p.resourceType !== "Practitioner") return;
    p.identifier = [{ system: NPI_SYSTEM, value: makeNpi(n, "individual") }, ...withoutNpi(p.identifier)];
  });
}

/** Gives every provider Organization an organization NPI and a tax id. */
export function addOrganizationIds(organizations: FhirResource[]): void {
  const sorted = [...organizations].sort((a, b) => (a.id ?? "").localeCompare(b.id ?? ""));
  sorted.forEach((o, n) => {
    if (o.resourceType !== "Organization") return;
    o.identifier = [{ system: NPI_SYSTEM, value: makeNpi(n, "organization") }, { system: TAX_ID_SYSTEM, value: makeTaxId(n) }, ...withoutNpi(o.identifier)];
    // Billing providers and service facilities carry ZIP+4, as the 837P requires (2010AA N403).
    for (const address of o.address ?? []) {
      if (address.postalCode && /^\d{5}$/.test(address.postalCode)) address.postalCode = `${address.postalCode}-${String(1001 + n).padStart(4, "0")}`;
    }
  });
}

function isHospital(name: string): boolean {
  return /HOSPITAL|MEDICAL CENTER|HEALTH SYSTEM/i.test(name);
}

/** One Location per organization, with a place-of-service type (22 hospital outpatient or 11 office). */
export function locationFor(org: Organization): Location {
  const hospital = isHospital(org.name ?? "");
  return {
    resourceType: "Location",
    id: `loc-${org.id}`,
    status: "active",
    name: `${org.name ?? "Clinic"} - ${hospital ? "Outpatient Department" : "Office"}`,
    type: [{ coding: [{ system: PLACE_OF_SERVICE, code: hospital ? "22" : "11", display: hospital ? "On Campus-Outpatient Hospital" : "Office" }] }],
    ...(org.address?.[0] ? { address: org.address[0] } : {}),
    managingOrganization: { reference: `Organization/${org.id}` },
  };
}

/** Adds Encounter.location pointing at the service provider's Location. */
export function linkEncounterLocations(encounters: Encounter[], locations: Location[]): void {
  const byOrg = new Map(locations.map((l) => [l.managingOrganization?.reference ?? "", l]));
  for (const encounter of encounters) {
    const location = byOrg.get(encounter.serviceProvider?.reference ?? "");
    if (location && !encounter.location) encounter.location = [{ location: { reference: `Location/${location.id}`, display: location.name } }];
  }
}
