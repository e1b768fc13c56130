import type { CodeableConcept, Encounter, Location } from "fhir/r4";

/** Where the E/M service took place, as the E/M code families tell settings apart. */
export type VisitSetting = "office" | "emergency" | "hospital-inpatient" | "hospital-observation" | "nursing-facility" | "home" | "telehealth";

export const SETTING_WORDS: Readonly<Record<VisitSetting, string>> = {
  office: "Office",
  emergency: "Emergency department",
  "hospital-inpatient": "Hospital inpatient",
  "hospital-observation": "Hospital observation",
  "nursing-facility": "Nursing facility",
  home: "Home or residence",
  telehealth: "Telehealth",
};

export interface SettingFound {
  setting: VisitSetting;
  /** What in the chart says so. */
  reason: string;
}

/** Encounter.class (HL7 v3 ActCode) -> setting. */
const BY_CLASS: Readonly<Record<string, VisitSetting>> = {
  AMB: "office", EMER: "emergency", IMP: "hospital-inpatient", ACUTE: "hospital-inpatient", NONAC: "hospital-inpatient",
  OBSENC: "hospital-observation", HH: "home", VR: "telehealth",
};

/** CMS place of service on the Location -> setting (22 and 19, outpatient hospital, bill office codes). */
const BY_POS: Readonly<Record<string, VisitSetting>> = {
  "11": "office", "19": "office", "22": "office", "23": "emergency", "21": "hospital-inpatient", "31": "nursing-facility", "32": "nursing-facility",
  "12": "home", "13": "home", "14": "home", "33": "home", "02": "telehealth", "10": "telehealth",
};

/** Words of Encounter.type, serviceType or the Location that name a setting, most specific first. */
const BY_WORDS: [RegExp, VisitSetting][] = [
  [/tele(health|medicine|video|phone)|video visit|virtual visit|audio[- ]only/i, "telehealth"],
  [/emergency|\bED visit|\bER visit|urgent.*emergency/i, "emergency"],
  [/observation/i, "hospital-observation"],
  [/skilled nursing|nursing (facility|home)|\bSNF\b|long[- ]term care/i, "nursing-facility"],
  [/home visit|house call|assisted living|domiciliary|rest home/i, "home"],
  [/inpatient|hospital (admission|stay)|admitted/i, "hospital-inpatient"],
];

const words = (concepts: readonly (CodeableConcept | undefined)[]) =>
  concepts.flatMap((c) => [c?.text, ...(c?.coding ?? []).map((x) => x.display)]).filter(Boolean).join(" | ");

function posOf(location: Location | undefined): string | undefined {
  return location?.type?.flatMap((t) => t.coding ?? []).find((c) => /place[-_ ]?of[-_ ]?service/i.test(c.system ?? "") && /^\d{2}$/.test(c.code ?? ""))?.code;
}

/**
 * The setting of the visit: Encounter.type and serviceType words first (an "Emergency" visit
 * class AMB is still an ED visit), then Encounter.class, then the Location's place of service;
 * office when nothing says.
 */
export function visitSetting(encounter: Encounter | undefined, location?: Location): SettingFound {
  const text = words([...(encounter?.type ?? []), encounter?.serviceType]);
  const byWords = BY_WORDS.find(([pattern]) => pattern.test(text));
  if (byWords) return { setting: byWords[1], reason: `the encounter says "${text}"` };
  const classCode = encounter?.class?.code?.toUpperCase() ?? "";
  if (Object.hasOwn(BY_CLASS, classCode) && classCode !== "AMB") return { setting: BY_CLASS[classCode] ?? "office", reason: `encounter class ${classCode}` };
  const pos = posOf(location);
  if (pos !== undefined && Object.hasOwn(BY_POS, pos)) return { setting: BY_POS[pos] ?? "office", reason: `place of service ${pos} at ${location?.name ?? "the location"}` };
  const locationText = words(location?.type ?? []);
  const byPlace = BY_WORDS.find(([pattern]) => pattern.test(`${location?.name ?? ""} ${locationText}`));
  if (byPlace) return { setting: byPlace[1], reason: `the location is "${location?.name ?? locationText}"` };
  return { setting: "office", reason: classCode === "AMB" ? "ambulatory encounter (class AMB)" : "nothing in the chart names another setting" };
}

/** Place of service for the setting: the Location's own code when it fits, else the setting's usual one. */
export function settingPlaceOfService(found: VisitSetting, location: Location | undefined, audioOnlyOrHome?: boolean): string {
  const pos = posOf(location);
  if (pos !== undefined && BY_POS[pos] === found) return pos;
  const usual: Record<VisitSetting, string> = { office: "11", emergency: "23", "hospital-inpatient": "21", "hospital-observation": "22", "nursing-facility": "31", home: "12", telehealth: audioOnlyOrHome === false ? "02" : "10" };
  return usual[found];
}
