import type { PractitionerRole } from "fhir/r4";

/**
 * The specialty codes (PractitionerRole.specialty, NUCC taxonomy or any other system, as
 * "system|code") of a practitioner's active roles, optionally only those in one organization
 * (the group). Empty when no role says.
 */
export function specialtiesOf(roles: readonly PractitionerRole[], practitionerRef: string, organizationRef?: string): string[] {
  const codes = roles
    .filter((role) => role.active !== false && role.practitioner?.reference?.endsWith(practitionerRef) === true)
    .filter((role) => organizationRef === undefined || role.organization?.reference === undefined || role.organization.reference.endsWith(organizationRef))
    .flatMap((role) => role.specialty ?? [])
    .flatMap((concept) => concept.coding ?? [])
    .flatMap((coding) => (coding.code ? [`${coding.system ?? ""}|${coding.code}`] : []));
  return [...new Set(codes)];
}
