import type { EmCode } from "../artifacts/index.ts";

/**
 * E/M office and preventive visit codes: CPT numbers with our own level labels
 * (the AMA descriptors are not shipped). G2212 is HCPCS Level II (Medicare prolonged service).
 */
const OFFICE: [string, string, EmCode["group"]][] = [
  ["99202", "New patient office visit, level 2 (straightforward MDM or 15+ min)", "office-new"],
  ["99203", "New patient office visit, level 3 (low MDM or 30+ min)", "office-new"],
  ["99204", "New patient office visit, level 4 (moderate MDM or 45+ min)", "office-new"],
  ["99205", "New patient office visit, level 5 (high MDM or 60+ min)", "office-new"],
  ["99211", "Established patient office visit, level 1 (may not need a clinician)", "office-established"],
  ["99212", "Established patient office visit, level 2 (straightforward MDM or 10+ min)", "office-established"],
  ["99213", "Established patient office visit, level 3 (low MDM or 20+ min)", "office-established"],
  ["99214", "Established patient office visit, level 4 (moderate MDM or 30+ min)", "office-established"],
  ["99215", "Established patient office visit, level 5 (high MDM or 40+ min)", "office-established"],
  ["99417", "Prolonged office visit time, each extra 15 min beyond level 5", "prolonged"],
];

const AGE_BANDS = ["under 1 year", "age 1-4", "age 5-11", "age 12-17", "age 18-39", "age 40-64", "age 65 and over"];

function preventive(first: number, group: EmCode["group"], who: string): EmCode[] {
  return AGE_BANDS.map((band, i) => ({
    code: String(first + i),
    label: `Preventive visit, ${who} patient, ${band}`,
    group,
    system: "cpt" as const,
  }));
}

export const EM_CODES: readonly EmCode[] = [
  ...OFFICE.map(([code, label, group]) => ({ code, label, group, system: "cpt" as const })),
  { code: "G2212", label: "Prolonged office visit time, each extra 15 min (Medicare)", group: "prolonged", system: "hcpcs" },
  ...preventive(99381, "preventive-new", "new"),
  ...preventive(99391, "preventive-established", "established"),
];
