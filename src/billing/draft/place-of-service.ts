import type { Encounter, Location } from "fhir/r4";

const POS_SYSTEM_HINT = /place[-_ ]?of[-_ ]?service|Place_of_Service/i;

/** Encounter.class (v3 ActCode) -> the usual CMS place of service for a professional claim. */
const BY_CLASS: Record<string, string> = {
  AMB: "11", // office
  VR: "10", // telehealth in the patient's home
  HH: "12", // home
  EMER: "23", // emergency room, hospital
  IMP: "21", // inpatient hospital
  ACUTE: "21",
  NONAC: "21",
  OBSENC: "22", // on-campus outpatient hospital
  SS: "24", // ambulatory surgical center
};

/**
 * Default place of service: a POS coding on the Location's type wins, then the
 * encounter class. Undefined when nothing says (the scrubber then asks for one).
 */
export function defaultPlaceOfService(encounter: Encounter | undefined, location: Location | undefined): string | undefined {
  const fromLocation = location?.type
    ?.flatMap((t) => t.coding ?? [])
    .find((c) => POS_SYSTEM_HINT.test(c.system ?? "") && /^\d{2}$/.test(c.code ?? ""))?.code;
  if (fromLocation) return fromLocation;
  const classCode = encounter?.class?.code?.toUpperCase();
  return classCode ? BY_CLASS[classCode] : undefined;
}
