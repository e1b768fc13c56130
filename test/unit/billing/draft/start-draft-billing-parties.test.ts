import type { Encounter, Practitioner, PractitionerRole, Procedure } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { renderingTaxonomyOf, startDraft } from "../../../../src/billing/draft/start-draft.ts";

const NUCC = "http://nucc.org/provider-taxonomy";
const encounter: Encounter = { resourceType: "Encounter", id: "e1", status: "finished", class: { code: "AMB" }, period: { start: "2026-11-20T09:00:00-05:00" } };
const rivera: Practitioner = { resourceType: "Practitioner", id: "pr-1", identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" }] };
const xray: Procedure = { resourceType: "Procedure", id: "p1", status: "completed", subject: { reference: "Patient/x" }, code: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "73560" }] } };

describe("renderingTaxonomyOf", () => {
  const role = (code: string): PractitionerRole => ({ resourceType: "PractitionerRole", practitioner: { reference: "Practitioner/pr-1" }, specialty: [{ coding: [{ system: NUCC, code }] }] });

  it("takes PractitionerRole.specialty first, then Practitioner.qualification, then the practice's list by reference or NPI", () => {
    const qualified = { ...rivera, qualification: [{ code: { coding: [{ system: NUCC, code: "207R00000X" }] } }] };
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitionerRoles: [role("207Q00000X")], practitioners: [qualified] })).toBe("207Q00000X");
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [qualified], configured: { "1234567893": "208D00000X" } })).toBe("207R00000X");
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [rivera], configured: { "1234567893": "208D00000X" } })).toBe("208D00000X");
    expect(renderingTaxonomyOf("Practitioner/pr-1", { configured: { "Practitioner/pr-1": "207Q00000X" } })).toBe("207Q00000X");
  });

  it("ignores another practitioner's role, codes outside NUCC and malformed codes", () => {
    const other = { ...role("207Q00000X"), practitioner: { reference: "Practitioner/pr-2" } };
    const local: PractitionerRole = { resourceType: "PractitionerRole", practitioner: { reference: "Practitioner/pr-1" }, specialty: [{ coding: [{ system: "http://snomed.info/sct", code: "419772000" }] }] };
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitionerRoles: [other, local], configured: { "Practitioner/pr-1": "family" } })).toBeUndefined();
  });
});

describe("startDraft: the parties and prices the builders need", () => {
  it("keeps the rendering taxonomy, the encounter's account and each procedure line's fee-schedule price", () => {
    const draft = startDraft({
      patientId: "x", encounter: { ...encounter, account: [{ reference: "Account/acc-7" }] }, procedures: [xray],
      practitionerRef: "Practitioner/pr-1", taxonomy: { practitioners: [rivera], configured: { "1234567893": "207Q00000X" } },
      chargeFor: (code) => (code === "73560" ? 62 : 0),
    });
    expect([draft.renderingTaxonomy, draft.accountRef]).toEqual(["207Q00000X", "Account/acc-7"]);
    expect(draft.lines.map((l) => [l.code, l.unitCharge, l.listPrice])).toEqual([["73560", 62, 62]]);
  });

  it("leaves them out when the chart and the practice say nothing", () => {
    const draft = startDraft({ patientId: "x", encounter, procedures: [xray], practitionerRef: "Practitioner/pr-1" });
    expect([draft.renderingTaxonomy, draft.accountRef, draft.lines[0]?.listPrice]).toEqual([undefined, undefined, undefined]);
  });
});
