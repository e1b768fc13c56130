import { describe, expect, it } from "vitest";
import { summarizeClaim } from "../../../../src/billing/worklist/claim-summary.ts";
import { indexResources } from "../../../../src/billing/worklist/worklist-resources.ts";
import { appClaim, coverage, patient, payer, practitioner } from "./worklist-fixtures.ts";

const index = indexResources([patient("p1", "Ana", "Lopez"), practitioner("dr1", "Ana", "Rivera"), payer("ppo", "Sandbox Mutual PPO", "SBX01"), coverage("c1", "p1", "ppo")]);

describe("summarizeClaim", () => {
  it("names patient, date of service, payer, provider, amount and the encounter from the claim-encounter identifier", () => {
    const claim = appClaim("k1", "e1", "active", {
      billablePeriod: { start: "2026-11-18T09:00:00-05:00" }, careTeam: [{ sequence: 1, provider: { reference: "Practitioner/dr1" } }], total: { value: 160, currency: "USD" },
      item: [{ sequence: 1, productOrService: { text: "visit" }, encounter: [{ reference: "Encounter/other" }] }],
    });
    expect(summarizeClaim(claim, index)).toEqual({
      patientRef: "Patient/p1", patientName: "Ana Lopez", dateOfService: "2026-11-18", payer: "Sandbox Mutual PPO", provider: "Dr. Ana Rivera",
      amount: { value: 160, currency: "USD" }, encounterRef: "Encounter/e1",
    });
  });

  it("falls back to the first line's date and encounter, the sum of line nets, the provider and insurer displays", () => {
    const claim = appClaim("k1", "e1", "active", {
      identifier: [], provider: { reference: "Organization/clinic", display: "Riverbend" }, insurer: { display: "Some payer" },
      insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/unknown" } }],
      item: [
        { sequence: 1, productOrService: { text: "a" }, servicedDate: "2026-10-02", net: { value: 100.1, currency: "USD" }, encounter: [{ reference: "https://ehr.example/fhir/Encounter/e9" }] },
        { sequence: 2, productOrService: { text: "b" }, net: { value: 10.2, currency: "USD" } },
      ],
    });
    expect(summarizeClaim(claim, index)).toMatchObject({ dateOfService: "2026-10-02", encounterRef: "Encounter/e9", amount: { value: 110.3, currency: "USD" }, provider: "Riverbend", payer: "Some payer" });
  });
});
