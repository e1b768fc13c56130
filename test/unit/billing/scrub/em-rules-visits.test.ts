import type { Encounter } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim, type PriorService, type ScrubContext } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, DOS, findingsOf, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (lines: LineSpec[], rule: string, context: Partial<ScrubContext> = {}) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses: ["Z00.00", "I10"], lines, careTeam: ["Practitioner/dr1"] }), { index, ...context }), rule);

describe("em-modifier-25: a preventive and a problem visit the same day", () => {
  it.each([
    ["99396 with 99213", [{ code: "99396" }, { code: "99213" }], 1, ""],
    ["99386 with 99203", [{ code: "99386" }, { code: "99203" }], 1, ""],
    ["the AWV G0439 with 99214", [{ code: "G0439" }, { code: "99214" }], 1, ""],
    ["25 put on the preventive visit instead", [{ code: "99395", modifiers: ["25"] }, { code: "99213" }], 1, "not on the preventive 99395"],
  ])("needs 25 on the problem visit: %s", (_label, lines, at, also) => {
    const issues = scrub(lines, "em-modifier-25");
    expect(issues).toMatchObject([{ severity: "error", expression: [`Claim.item[${at}].modifier`] }]);
    expect(issues[0]?.details?.text).toContain("preventive visit");
    expect(issues[0]?.details?.text).toContain(also);
  });

  it.each([
    ["25 on the problem visit", [{ code: "99396" }, { code: "99213", modifiers: ["25"] }]],
    ["the preventive visit alone", [{ code: "99396" }]],
    ["the two on different days", [{ code: "99396" }, { code: "99213", date: "2026-05-13" }]],
  ])("is quiet with %s", (_label, lines) => {
    expect(scrub(lines, "em-modifier-25")).toEqual([]);
  });
});

describe("em-new-established: the same specialty in the group (PractitionerRole.specialty)", () => {
  const FAMILY = "207Q00000X";
  const CARDIOLOGY = "207RC0000X";
  const colleague = (specialties?: string[]): PriorService[] => [{ date: "2025-02-01", practitioner: "Practitioner/dr2", organization: "Organization/o1", ...(specialties ? { specialties } : {}) }];
  const newVisit = (prior: PriorService[], specialties?: string[]) => scrub([{ code: "99203" }], "em-new-established", { priorServices: prior, ...(specialties ? { specialties } : {}) });

  it("warns when a group colleague of the same specialty saw the patient", () => {
    const issues = newVisit(colleague([FAMILY]), [FAMILY]);
    expect(issues).toMatchObject([{ severity: "warning" }]);
    expect(issues[0]?.details?.text).toContain("same group, same specialty");
  });

  it("is quiet when the group colleague is of another specialty (the patient is new to this one)", () => {
    expect(newVisit(colleague([CARDIOLOGY]), [FAMILY])).toEqual([]);
  });

  it("still warns when the specialties are not known, and says so", () => {
    const issues = newVisit(colleague(), [FAMILY]);
    expect(issues).toMatchObject([{ severity: "warning" }]);
    expect(issues[0]?.details?.text).toContain("specialties are not known");
  });

  it("an established visit after only another specialty's service is noted as maybe new", () => {
    const issues = scrub([{ code: "99213" }], "em-new-established", { priorServices: colleague([CARDIOLOGY]), specialties: [FAMILY] });
    expect(issues).toMatchObject([{ severity: "information" }]);
    expect(issues[0]?.details?.text).toContain("99203");
  });
});

describe("em-g2211: G2211 beside an E/M with modifier 25 (Medicare since 2025)", () => {
  it.each<[string, LineSpec[], "medicare" | "other", "error" | "warning"]>([
    ["a minor procedure", [{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "20610" }], "medicare", "error"],
    ["25 and nothing else", [{ code: "99214", modifiers: ["25"] }, { code: "G2211" }], "medicare", "error"],
    ["a procedure, commercial payer", [{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "11102" }], "other", "warning"],
  ])("flags G2211 when the 25 is for %s", (_label, lines, payerType, severity) => {
    const issues = scrub(lines, "em-g2211", { payerType });
    expect(issues).toMatchObject([{ severity, expression: ["Claim.item[1].productOrService"] }]);
  });

  it.each([
    ["an annual wellness visit", [{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "G0439" }]],
    ["a flu vaccine administration", [{ code: "99214", modifiers: ["25"] }, { code: "G2211" }, { code: "G0008" }]],
    ["a vaccine administration (CPT)", [{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "90471" }]],
    ["a Part B preventive service (depression screening)", [{ code: "99213", modifiers: ["25"] }, { code: "G2211" }, { code: "G0444" }]],
    ["no modifier 25 at all", [{ code: "99213" }, { code: "G2211" }]],
  ])("allows G2211 with 25 for %s", (_label, lines) => {
    expect(scrub(lines, "em-g2211", { payerType: "medicare" })).toEqual([]);
  });
});

describe("em-prolonged: 99417 / G2212 by the visit's total time", () => {
  const lasting = (minutes: number): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, length: { value: minutes, unit: "min", code: "min" }, period: { start: `${DOS}T09:00:00Z` } });
  const prolonged = (lines: LineSpec[], minutes?: number) => scrub(lines, "em-prolonged", minutes === undefined ? {} : { encounter: lasting(minutes) });

  it.each([
    ["99417 with 99215 at 50 min (first unit at 55)", [{ code: "99215" }, { code: "99417" }], 50, "55 min"],
    ["99417 with 99205 at 70 min (first unit at 75)", [{ code: "99205" }, { code: "99417" }], 70, "75 min"],
    ["G2212 with 99215 at 60 min (Medicare: first unit at 69)", [{ code: "99215" }, { code: "G2212" }], 60, "69 min"],
    ["2 units of 99417 with 99215 at 65 min (1 unit)", [{ code: "99215" }, { code: "99417", units: 2 }], 65, "reduce the units to 1"],
    ["2 units of G2212 with 99205 at 100 min (1 unit)", [{ code: "99205" }, { code: "G2212", units: 2 }], 100, "reduce the units to 1"],
  ])("flags %s", (_label, lines, minutes, said) => {
    const issues = prolonged(lines, minutes);
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[1].quantity"] }]);
    expect(issues[0]?.details?.text).toContain(said);
  });

  it.each([
    ["99417 with 99215 at 55 min", [{ code: "99215" }, { code: "99417" }], 55],
    ["2 units of 99417 with 99205 at 90 min", [{ code: "99205" }, { code: "99417", units: 2 }], 90],
    ["G2212 with 99215 at 69 min", [{ code: "99215" }, { code: "G2212" }], 69],
    ["G2212 with 99205 at 89 min", [{ code: "99205" }, { code: "G2212" }], 89],
  ])("accepts %s", (_label, lines, minutes) => {
    expect(prolonged(lines, minutes)).toEqual([]);
  });

  it("says 'not checked' when the encounter records no time", () => {
    expect(prolonged([{ code: "99215" }, { code: "99417" }])).toMatchObject([{ severity: "information", expression: ["Claim.item[1].quantity"] }]);
  });

  it("leaves a prolonged code without 99205/99215 to addon-without-primary", () => {
    const outcome = scrubClaim(buildClaim({ diagnoses: ["I10"], lines: [{ code: "99214" }, { code: "99417" }] }), { index, encounter: lasting(80) });
    expect(findingsOf(outcome, "em-prolonged")).toEqual([]);
    expect(findingsOf(outcome, "addon-without-primary")).toHaveLength(1);
  });
});
