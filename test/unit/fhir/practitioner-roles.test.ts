import type { CapabilityStatement, Claim, Encounter, PractitionerRole } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { emptyContext } from "../../../src/fhir/context/encounter-context.ts";
import { specialtiesOf } from "../../../src/fhir/context/practitioner-specialties.ts";
import { practitionerRoleReads, secondRoundReads } from "../../../src/fhir/context/read-plan.ts";
import { claimSpecialties, priorServices } from "../../../src/ui/claim/use-claim-review.ts";
import { checkNewEstablished } from "../../../src/billing/scrub/rule-em-new-established.ts";

const NUCC = "http://nucc.org/provider-taxonomy";
const FAMILY = `${NUCC}|207Q00000X`;
const CARDIOLOGY = `${NUCC}|207RC0000X`;

const capability = (params: string[]): CapabilityStatement => ({
  resourceType: "CapabilityStatement", status: "active", date: "2025-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
  rest: [{ mode: "server", resource: [{ type: "PractitionerRole", interaction: [{ code: "search-type" }], searchParam: params.map((name) => ({ name, type: "reference" as const })) }] }],
});

const encounter = (id: string, practitioner: string, date: string): Encounter => ({
  resourceType: "Encounter", id, status: "finished", class: { code: "AMB" },
  participant: [{ individual: { reference: practitioner } }], serviceProvider: { reference: "Organization/group" }, period: { start: date },
});

const role = (practitioner: string, taxonomy: string, organization = "Organization/group"): PractitionerRole => ({
  resourceType: "PractitionerRole", id: `${practitioner.split("/")[1]}-${taxonomy}`, practitioner: { reference: practitioner }, organization: { reference: organization },
  specialty: [{ coding: [{ system: NUCC, code: taxonomy }] }],
});

function context() {
  const c = emptyContext();
  c.encounter = encounter("now", "Practitioner/dr-a", "2025-11-01");
  c.priorEncounters.push(encounter("then", "Practitioner/dr-b", "2024-03-01"));
  return c;
}

describe("PractitionerRole in the chart's second round", () => {
  it("one search for the encounter's and the earlier encounters' practitioners, where the server declares practitioner", () => {
    const reads = practitionerRoleReads(capability(["practitioner"]), context());
    expect(reads.map((r) => r.url)).toEqual(["PractitionerRole?practitioner=Practitioner/dr-a,Practitioner/dr-b&_count=100"]);
    expect(secondRoundReads(context(), capability(["practitioner"])).some((r) => r.what === "Practitioner roles")).toBe(true);
  });

  it("no search when the server has no practitioner parameter or nobody took part", () => {
    expect(practitionerRoleReads(capability(["specialty"]), context())).toEqual([]);
    expect(practitionerRoleReads(capability(["practitioner"]), emptyContext())).toEqual([]);
  });

  it("keeps only the asked practitioners' roles", () => {
    const c = context();
    const [read] = practitionerRoleReads(capability(["practitioner"]), c);
    read?.store(c, [role("Practitioner/dr-a", "207Q00000X"), role("Practitioner/other", "207RC0000X")]);
    expect(c.practitionerRoles.map((r) => r.practitioner?.reference)).toEqual(["Practitioner/dr-a"]);
  });
});

describe("specialties into the scrub context", () => {
  const roles = [role("Practitioner/dr-a", "207Q00000X"), role("Practitioner/dr-b", "207Q00000X"), role("Practitioner/dr-b", "207RC0000X", "Organization/elsewhere")];

  it("a practitioner's specialties in the group; other groups' roles left out", () => {
    expect(specialtiesOf(roles, "Practitioner/dr-b", "Organization/group")).toEqual([FAMILY]);
    expect(specialtiesOf(roles, "Practitioner/dr-b")).toEqual([FAMILY, CARDIOLOGY]);
    expect(specialtiesOf(roles, "Practitioner/dr-c")).toEqual([]);
  });

  const claim = (code: string): Claim => ({
    resourceType: "Claim", status: "active", use: "claim", created: "2025-11-01", type: { coding: [{ code: "professional" }] },
    patient: { reference: "Patient/p" }, priority: { coding: [{ code: "normal" }] }, insurance: [], provider: { reference: "Organization/group" },
    careTeam: [{ sequence: 1, provider: { reference: "Practitioner/dr-a" } }],
    item: [{ sequence: 1, productOrService: { coding: [{ code }] }, servicedDate: "2025-11-01" }],
  });

  function scrub(withRoles: PractitionerRole[], code: string) {
    const c = context();
    c.practitionerRoles.push(...withRoles);
    const specialties = claimSpecialties(claim(code), c);
    const lines = [{ index: 0, code, date: "2025-11-01", modifiers: [], path: "Claim.item[0]" }];
    return checkNewEstablished({ claim: claim(code), lines, context: { priorServices: priorServices(c), ...(specialties.length ? { specialties } : {}) } } as never);
  }

  it("a group colleague of the same specialty makes the patient established: a new-patient visit is flagged", () => {
    const found = scrub(roles, "99203");
    expect(found).toHaveLength(1);
    expect(found[0]?.diagnostics ?? found[0]?.details?.text).toMatch(/same group, same specialty/);
  });

  it("a colleague of another specialty does not: quiet", () => {
    expect(scrub([role("Practitioner/dr-a", "207Q00000X"), role("Practitioner/dr-b", "207RC0000X")], "99203")).toEqual([]);
  });

  it("without roles the doubt is named", () => {
    const found = scrub([], "99203");
    expect(JSON.stringify(found)).toMatch(/specialties are not known/);
  });
});
