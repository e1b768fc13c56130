import { MDM_LEVELS, type MdmLevel, type PatientStatus } from "../../coding/em/index.ts";

/**
 * The coder's E/M choices, part of the draft (saved with it and shared): new or established,
 * what chooses the level, the minutes, the three MDM ratings, the day of a facility stay and
 * whose level is billed when the provider's differs from the helper's.
 */
export interface DraftEm {
  basis: "time" | "mdm" | "preventive";
  status: PatientStatus;
  minutes?: number;
  mdm: { problems: MdmLevel; data: MdmLevel; risk: MdmLevel };
  day?: "initial" | "subsequent" | "discharge";
  /** Whose code the E/M line carries: the helper's level or the provider's own. */
  levelFrom?: "helper" | "provider";
}

const BASES = ["time", "mdm", "preventive"] as const;
const DAYS = ["initial", "subsequent", "discharge"] as const;
const FROM = ["helper", "provider"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.some((x) => x === value);
const isMdm = (value: unknown): value is MdmLevel => isOneOf(MDM_LEVELS, value);

/** A stored value read back as E/M choices, or undefined when it is not one (the chart's defaults then stand). */
export function readDraftEm(value: unknown): DraftEm | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const mdm = v.mdm as Record<string, unknown> | undefined;
  if (!isOneOf(BASES, v.basis) || (v.status !== "new" && v.status !== "established")) return undefined;
  if (typeof mdm !== "object" || mdm === null || !isMdm(mdm.problems) || !isMdm(mdm.data) || !isMdm(mdm.risk)) return undefined;
  const minutes = typeof v.minutes === "number" && Number.isInteger(v.minutes) && v.minutes >= 0 && v.minutes <= 1440 ? v.minutes : undefined;
  return {
    basis: v.basis,
    status: v.status,
    ...(minutes !== undefined ? { minutes } : {}),
    mdm: { problems: mdm.problems, data: mdm.data, risk: mdm.risk },
    ...(isOneOf(DAYS, v.day) ? { day: v.day } : {}),
    ...(isOneOf(FROM, v.levelFrom) ? { levelFrom: v.levelFrom } : {}),
  };
}
