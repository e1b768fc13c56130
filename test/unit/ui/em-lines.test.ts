import type { Encounter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { DraftLine } from "../../../src/billing/claim-draft.ts";
import { PRENATAL_RULE } from "../../../src/coding/em/prenatal-visit.ts";
import type { VisitSetting } from "../../../src/coding/em/visit-setting.ts";
import { emLines } from "../../../src/ui/coding/em-lines.ts";
import type { EmState } from "../../../src/ui/coding/use-em-inputs.ts";

const newLine = (system: string, code: string, display: string | undefined, units: number, placeOfService: string, modifiers: string[]): DraftLine =>
  ({ id: code, system, code, ...(display ? { display } : {}), units, placeOfService, modifiers, diagnosisPointers: [], unitCharge: 0, serviceDate: "2026-11-18" });

function state(setting: VisitSetting, extra: Partial<EmState> = {}): EmState {
  return {
    inputs: { basis: "time", status: "established", minutes: 80, mdm: { problems: "low", data: "low", risk: "low" } },
    setInputs: () => undefined,
    detected: { status: "established", reason: "seen before" },
    choice: { code: "99215", label: "level 5", reason: "80 min", prolonged: { code: "99417", units: 2, reason: "80 min" } },
    setting: { setting, reason: "test" },
    ...extra,
  };
}
const encounter = (typeText: string): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: "VR" }, type: [{ text: typeText }] });
const summary = (lines: DraftLine[]) => lines.map((l) => `${l.code}${l.modifiers.length ? `-${l.modifiers.join(",")}` : ""}@${l.placeOfService}x${l.units}`);

describe("emLines: the E/M line(s) for the setting", () => {
  it("office: the level and its prolonged-service add-on at POS 11", () => {
    expect(summary(emLines(state("office"), { newLine, encounter: encounter("Office visit") }))).toEqual(["99215@11x1", "99417@11x2"]);
  });
  it("telehealth: POS 10 and modifier 95; audio-only 93", () => {
    expect(summary(emLines(state("telehealth"), { newLine, encounter: encounter("Video visit") }))).toEqual(["99215-95@10x1", "99417-95@10x2"]);
    expect(summary(emLines(state("telehealth"), { newLine, encounter: encounter("Telephone visit, audio-only") }))[0]).toBe("99215-93@10x1");
  });
  it("a payer that wants no telehealth modifier (billing-config telehealthModifiers \"none\"): POS alone", () => {
    expect(summary(emLines(state("telehealth"), { newLine, encounter: encounter("Video visit"), telehealth: "none" }))).toEqual(["99215@10x1", "99417@10x2"]);
  });
  it("the provider's level when the coder chose it (no add-on)", () => {
    const chosen = state("office", { provider: { code: "99214", source: "Encounter.type", comparison: { kind: "differs", reason: "x" } } });
    chosen.inputs = { ...chosen.inputs, levelFrom: "provider" };
    expect(summary(emLines(chosen, { newLine, encounter: encounter("Office visit") }))).toEqual(["99214@11x1"]);
  });
  it("a routine prenatal visit: the tracking code, not an E/M", () => {
    const prenatal = state("office", { prenatal: { trackingCode: "0502F", label: "Subsequent prenatal care visit", rule: PRENATAL_RULE, reason: "prenatal" } });
    expect(summary(emLines(prenatal, { newLine, encounter: encounter("Prenatal visit") }))).toEqual(["0502F@11x1"]);
  });
  it("no level: no line", () => {
    expect(emLines(state("emergency", { choice: { reason: "by decision making only" } }), { newLine, encounter: encounter("ED") })).toEqual([]);
  });
});
