// Pins the parts of a claim summary on sparse or unusual Claims: the date of service fallbacks,
// the encounter read from the identifier or the lines, the amount from the total or the line nets
// with their currency, the focal insurance's payer, the care team's first member, and Claims
// missing elements FHIR requires (as a server may still send them).
import type { Claim, Coverage } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { claimDateOfService, claimEncounterRef, summarizeClaim } from "../../../../src/billing/worklist/claim-summary.ts";
import { indexResources } from "../../../../src/billing/worklist/worklist-resources.ts";
import { appClaim, coverage, patient, payer, practitioner } from "./worklist-fixtures.ts";

const line = (sequence: number, extra: Partial<NonNullable<Claim["item"]>[number]> = {}) => ({ sequence, productOrService: { text: "service" }, ...extra });

function people() {
  return indexResources([
    patient("p1", "Ana", "Lopez"), practitioner("dr1", "Ana", "Rivera"), practitioner("dr2", "Li", "Chen"), practitioner("dr3", "Sam", "Park"),
    payer("ppo", "Sandbox Mutual PPO", "SBX01"), payer("mcr", "Sandbox Medicare Part B", "SBXMCR"), coverage("c1", "p1", "ppo"), coverage("c2", "p1", "mcr"),
  ]);
}

/** A claim of p1 for encounter e1 with nothing but what is passed (no lines, no total). */
function bareClaim(extra: Partial<Claim> = {}): Claim {
  return appClaim("k1", "e1", "active", extra);
}

describe("claimDateOfService parts", () => {
  it.each<[string, Partial<Claim>, string | undefined]>([
    ["no billable period and no lines", {}, undefined],
    ["a first line with no date", { item: [line(1)] }, undefined],
    ["a first line with a serviced period", { item: [line(1, { servicedPeriod: { start: "2026-10-03T08:00:00Z" } })] }, "2026-10-03"],
    ["a first line with a period without start", { item: [line(1, { servicedPeriod: { end: "2026-10-04" } })] }, undefined],
  ])("%s", (_name, extra, date) => {
    expect(claimDateOfService(bareClaim(extra))).toBe(date);
  });
});

describe("claimEncounterRef parts", () => {
  it.each<[string, Partial<Claim>, string | undefined]>([
    ["no identifier and no lines", { identifier: undefined }, undefined],
    ["another system's identifier is not the encounter", { identifier: [{ system: "urn:other", value: "Encounter/zz" }], item: [line(1, { encounter: [{ reference: "Encounter/e9" }] })] }, "Encounter/e9"],
    ["lines without encounter", { identifier: [], item: [line(1)] }, undefined],
    ["the first line without encounter, the second with one", { identifier: [], item: [line(1), line(2, { encounter: [{ reference: "Encounter/e2" }] })] }, "Encounter/e2"],
    ["a line's encounter given by display only", { identifier: [], item: [line(1, { encounter: [{ display: "visit" }] })] }, undefined],
    ["a line's reference to something else than an Encounter", { identifier: [], item: [line(1, { encounter: [{ reference: "Condition/x1" }] })] }, undefined],
  ])("%s", (_name, extra, ref) => {
    expect(claimEncounterRef(bareClaim(extra))).toBe(ref);
  });
});

describe("summarizeClaim parts", () => {
  const base = { patientRef: "Patient/p1", patientName: "Ana Lopez", payer: "Sandbox Mutual PPO", encounterRef: "Encounter/e1" };

  it.each<[string, Partial<Claim>, { value: number; currency: string } | undefined]>([
    ["a total in its own currency", { total: { value: 12.5, currency: "EUR" } }, { value: 12.5, currency: "EUR" }],
    ["a total without currency is in dollars", { total: { value: 12.5 } }, { value: 12.5, currency: "USD" }],
    ["lines without nets: no amount", { item: [line(1), line(2)] }, undefined],
    ["only the lines with a net are summed", { item: [line(1, { net: { value: 10, currency: "CAD" } }), line(2), line(3, { net: { value: 2.25, currency: "CAD" } })] }, { value: 12.25, currency: "CAD" }],
    ["nets without currency are in dollars", { item: [line(1, { net: { value: 10 } })] }, { value: 10, currency: "USD" }],
  ])("amount: %s", (_name, extra, amount) => {
    expect(summarizeClaim(bareClaim(extra), people())).toStrictEqual({ ...base, ...(amount ? { amount } : {}) });
  });

  it("the payer of the focal insurance, not of the first", () => {
    const insurance = [{ sequence: 1, focal: false, coverage: { reference: "Coverage/c2" } }, { sequence: 2, focal: true, coverage: { reference: "Coverage/c1" } }];
    expect(summarizeClaim(bareClaim({ insurance }), people())).toStrictEqual(base);
  });

  it("with no focal insurance, the first one's payer", () => {
    const insurance = [{ sequence: 1, focal: false, coverage: { reference: "Coverage/c2" } }, { sequence: 2, focal: false, coverage: { reference: "Coverage/c1" } }];
    expect(summarizeClaim(bareClaim({ insurance }), people())).toStrictEqual({ ...base, payer: "Sandbox Medicare Part B" });
  });

  it("with an empty or absent insurance list, the insurer's name", () => {
    const { insurance: _dropped, ...noInsurance } = bareClaim({ insurer: { display: "Some payer" } });
    expect(summarizeClaim(noInsurance as Claim, people())).toStrictEqual({ ...base, payer: "Some payer" });
    expect(summarizeClaim(bareClaim({ insurer: { display: "Some payer" }, insurance: [] }), people())).toStrictEqual({ ...base, payer: "Some payer" });
  });

  it("a Coverage without payor falls back to the insurer", () => {
    const { payor: _dropped, ...noPayor } = coverage("c9", "p1", "ppo");
    const index = new Map([...people(), ["Coverage/c9", noPayor as Coverage]]);
    const claim = bareClaim({ insurer: { reference: "Organization/mcr" }, insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c9" } }] });
    expect(summarizeClaim(claim, index)).toStrictEqual({ ...base, payer: "Sandbox Medicare Part B" });
  });

  it("the provider is the care team member with the lowest sequence, whatever the order given", () => {
    const careTeam = [{ sequence: 3, provider: { reference: "Practitioner/dr3" } }, { sequence: 1, provider: { reference: "Practitioner/dr1" } }, { sequence: 2, provider: { reference: "Practitioner/dr2" } }];
    expect(summarizeClaim(bareClaim({ careTeam }), people())).toStrictEqual({ ...base, provider: "Dr. Ana Rivera" });
    const reversed = [{ sequence: 2, provider: { reference: "Practitioner/dr2" } }, { sequence: 1, provider: { reference: "Practitioner/dr1" } }];
    expect(summarizeClaim(bareClaim({ careTeam: reversed }), people())).toStrictEqual({ ...base, provider: "Dr. Ana Rivera" });
  });

  it("a claim without patient has no patient reference or name", () => {
    const { patient: _dropped, ...noPatient } = bareClaim();
    expect(summarizeClaim(noPatient as Claim, people())).toStrictEqual({ payer: "Sandbox Mutual PPO", encounterRef: "Encounter/e1" });
  });
});
