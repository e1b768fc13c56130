import { MDM_LEVELS, OFFICE_LEVELS, type EmChoice, type MdmLevel, type PatientStatus } from "./em-levels.ts";

/** The three elements of medical decision making, each rated by the clinician. */
export interface MdmElements {
  /** Number and complexity of problems addressed. */
  problems: MdmLevel;
  /** Amount and/or complexity of data reviewed and analyzed. */
  data: MdmLevel;
  /** Risk of complications and/or morbidity or mortality of patient management. */
  risk: MdmLevel;
}

/** The MDM level two of the three elements meet or exceed: the middle of the three ratings. */
export function mdmLevel(elements: MdmElements): MdmLevel {
  const ranks = [elements.problems, elements.data, elements.risk].map((l) => MDM_LEVELS.indexOf(l)).sort((a, b) => b - a);
  return MDM_LEVELS[ranks[1] ?? 0] ?? "straightforward";
}

/** The office E/M level supported by medical decision making (2 of 3 elements). */
export function emByMdm(elements: MdmElements, status: PatientStatus): EmChoice {
  const mdm = mdmLevel(elements);
  const level = OFFICE_LEVELS[status].find((l) => l.mdm === mdm);
  if (!level) return { kind: "none", reason: `no office level for ${mdm} decision making` };
  const ratings = `problems ${elements.problems}, data ${elements.data}, risk ${elements.risk}`;
  return { kind: "code", code: level.code, label: level.label, reason: `${mdm} decision making (2 of 3: ${ratings})` };
}
