import type { Encounter, Location } from "fhir/r4";
import type { DraftLine } from "../../billing/claim-draft.ts";
import { settingPlaceOfService } from "../../coding/em/index.ts";
import { CPT, HCPCS } from "../../coding/systems.ts";
import type { EmState } from "./use-em-inputs.ts";

export interface EmLineParts {
  newLine(system: string, code: string, display: string | undefined, units: number, placeOfService: string, modifiers: string[]): DraftLine;
  encounter: Encounter;
  location?: Location;
  /** What the payer wants on a telehealth visit (billing-config telehealthModifiers); default 95. */
  telehealth?: "95" | "none";
}

const AUDIO_ONLY = /audio[- ]only|telephone|phone call/i;

/**
 * The E/M line(s) the helper shows, for the setting: its place of service (ED 23, telehealth
 * 10 or 02), telehealth's modifier (95, or 93 audio-only, none where the payer wants none), the prolonged-service add-on
 * (office and telehealth), or a routine prenatal visit's tracking code instead of an E/M.
 * The provider's code when the coder chose it.
 */
export function emLines(em: EmState, parts: EmLineParts): DraftLine[] {
  const setting = em.setting.setting;
  const typeText = (parts.encounter.type ?? []).map((t) => `${t.text ?? ""} ${(t.coding ?? []).map((c) => c.display ?? "").join(" ")}`).join(" ");
  const audioOnly = AUDIO_ONLY.test(typeText);
  const pos = settingPlaceOfService(setting, parts.location);
  if (em.prenatal) return [parts.newLine(CPT, em.prenatal.trackingCode, em.prenatal.label, 1, pos, [])];
  const wanted = parts.telehealth ?? "95";
  const modifiers = setting === "telehealth" && wanted !== "none" ? [audioOnly ? "93" : wanted] : [];
  const useProvider = em.inputs.levelFrom === "provider" && em.provider !== undefined;
  const code = useProvider ? em.provider?.code : em.choice.code;
  if (!code) return [];
  const label = useProvider ? `Provider's level of service (${em.provider?.source ?? ""})` : em.choice.label;
  const lines = [parts.newLine(CPT, code, label, 1, pos, modifiers)];
  const extra = useProvider ? undefined : em.choice.prolonged;
  if (extra) lines.push(parts.newLine(extra.code.startsWith("G") ? HCPCS : CPT, extra.code, extra.reason, extra.units, pos, modifiers));
  return lines;
}
