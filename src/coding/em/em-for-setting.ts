import { emByMdm, mdmLevel, type MdmElements } from "./em-by-mdm.ts";
import { emByTime } from "./em-by-time.ts";
import type { EmChoice, PatientStatus } from "./em-levels.ts";
import { DISCHARGE, NURSING_DISCHARGE, SETTING_FAMILIES, type FamilyKey } from "./setting-levels.ts";
import type { VisitSetting } from "./visit-setting.ts";

/** Which day of a facility stay the visit is. */
export type StayDay = "initial" | "subsequent" | "discharge";

export interface SettingInputs {
  basis: "time" | "mdm";
  status: PatientStatus;
  minutes?: number;
  mdm: MdmElements;
  day: StayDay;
}

function family(setting: VisitSetting, inputs: SettingInputs): FamilyKey | undefined {
  switch (setting) {
    case "emergency": return "emergency";
    case "hospital-inpatient":
    case "hospital-observation": return inputs.day === "initial" ? "hospital-initial" : "hospital-subsequent";
    case "nursing-facility": return inputs.day === "initial" ? "nursing-initial" : "nursing-subsequent";
    case "home": return inputs.status === "new" ? "home-new" : "home-established";
    default: return undefined;
  }
}

function byFamily(key: FamilyKey, inputs: SettingInputs): EmChoice {
  const { words, levels } = SETTING_FAMILIES[key];
  if (inputs.basis === "mdm") {
    const mdm = mdmLevel(inputs.mdm);
    const level = levels.find((l) => l.mdm.includes(mdm));
    const ratings = `problems ${inputs.mdm.problems}, data ${inputs.mdm.data}, risk ${inputs.mdm.risk}`;
    return level ? { kind: "code", code: level.code, label: `${words}: ${mdm} decision making`, reason: `${mdm} decision making (2 of 3: ${ratings})` } : { kind: "none", reason: `no ${words.toLowerCase()} level for ${mdm} decision making` };
  }
  const minutes = inputs.minutes;
  if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return { kind: "none", reason: "no usable total time" };
  const met = levels.filter((l) => l.minutes !== undefined && minutes >= l.minutes).at(-1);
  if (!met) return { kind: "none", reason: `${minutes} min is below the ${levels[0]?.minutes ?? 0} min the lowest ${words.toLowerCase()} level needs by time; choose the level by decision making instead` };
  return { kind: "code", code: met.code, label: `${words}: ${met.minutes}+ minutes`, reason: `${minutes} min total time meets the ${met.minutes} min for ${met.code}` };
}

function discharge(minutes: number | undefined, codes: { upTo30: string; over30: string }, words: string): EmChoice {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return { kind: "none", reason: `${words.toLowerCase()} is chosen by time: enter the total minutes` };
  const over = minutes > 30;
  return { kind: "code", code: over ? codes.over30 : codes.upTo30, label: `${words}, ${over ? "more than 30" : "30"} minutes${over ? "" : " or less"}`, reason: `${minutes} min on the discharge day ${over ? "is more than" : "is no more than"} 30 min` };
}

/**
 * The E/M level for the visit's setting. Office and telehealth use the office levels (by time or
 * decision making); the emergency department only decision making (no time-based levels and
 * no prolonged service); hospital inpatient and observation share 99221-99223 / 99231-99233
 * with discharge 99238/99239 by time; nursing facility 99304-99310 with discharge 99315/99316
 * by time; home or residence
 * 99341-99350.
 */
export function emForSetting(setting: VisitSetting, inputs: SettingInputs): EmChoice {
  if (setting === "office" || setting === "telehealth") return inputs.basis === "time" ? emByTime(inputs.minutes ?? Number.NaN, inputs.status) : emByMdm(inputs.mdm, inputs.status);
  if (setting === "emergency" && inputs.basis === "time") {
    return { kind: "none", reason: "emergency department visits are chosen by decision making only: time does not select a level and there is no prolonged service" };
  }
  if ((setting === "hospital-inpatient" || setting === "hospital-observation") && inputs.day === "discharge") return discharge(inputs.minutes, DISCHARGE, "Hospital discharge day management");
  if (setting === "nursing-facility" && inputs.day === "discharge") return discharge(inputs.minutes, NURSING_DISCHARGE, "Nursing facility discharge management");
  const key = family(setting, inputs);
  return key ? byFamily(key, inputs) : { kind: "none", reason: "no E/M family for this setting" };
}
