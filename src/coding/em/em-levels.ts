/**
 * Office E/M levels (CPT 2021+ rules as revised for 2024): the codes, the total-time thresholds
 * (met or exceeded on the date of service) and our own plain-language labels. CPT code numbers
 * only; no AMA descriptor text.
 */
export type PatientStatus = "new" | "established";

/** Medical decision making, lowest to highest. */
export type MdmLevel = "straightforward" | "low" | "moderate" | "high";

export const MDM_LEVELS: readonly MdmLevel[] = ["straightforward", "low", "moderate", "high"];

export interface OfficeLevel {
  code: string;
  mdm: MdmLevel;
  /** Total minutes on the date of service that support the level. */
  minutes: number;
  label: string;
}

function level(code: string, status: PatientStatus, mdm: MdmLevel, minutes: number): OfficeLevel {
  const n = code.slice(-1);
  return { code, mdm, minutes, label: `${status === "new" ? "New" : "Established"} patient office visit, level ${n}: ${mdm} decisions or ${minutes}+ minutes` };
}

/** Levels 2-5, lowest first. 99211 (a visit that may not need a clinician) has no time threshold. */
export const OFFICE_LEVELS: Readonly<Record<PatientStatus, readonly OfficeLevel[]>> = {
  new: [
    level("99202", "new", "straightforward", 15),
    level("99203", "new", "low", 30),
    level("99204", "new", "moderate", 45),
    level("99205", "new", "high", 60),
  ],
  established: [
    level("99212", "established", "straightforward", 10),
    level("99213", "established", "low", 20),
    level("99214", "established", "moderate", 30),
    level("99215", "established", "high", 40),
  ],
};

/** A level chosen, or why none can be. */
export type EmChoice =
  | { kind: "code"; code: string; label: string; reason: string }
  | { kind: "none"; reason: string };

/** The higher of the levels supported (by time, by MDM): CPT lets the visit be coded by either. */
export function higherLevel(...choices: EmChoice[]): EmChoice {
  const coded = choices.filter((c): c is Extract<EmChoice, { kind: "code" }> => c.kind === "code");
  const best = coded.sort((a, b) => b.code.localeCompare(a.code))[0];
  return best ?? choices[0] ?? { kind: "none", reason: "no time or decision making given" };
}
