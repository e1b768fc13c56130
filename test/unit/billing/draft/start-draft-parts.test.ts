/**
 * Pins the first draft of an encounter as a whole: every party and reference carried, the lines
 * built from Procedures (which codings count, CPT or HCPCS, ids, displays, dates, fee-schedule
 * calls), an encounter without period, class or account; and where renderingTaxonomyOf looks,
 * with codings, roles, identifiers and Practitioners that lack the parts it reads.
 */
import type { Practitioner, PractitionerRole, Procedure } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { DraftLine } from "../../../../src/billing/claim-draft.ts";
import { renderingTaxonomyOf, startDraft } from "../../../../src/billing/draft/start-draft.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
const HCPCS_OID = "urn:oid:2.16.840.1.113883.6.285";
const SNOMED = "http://snomed.info/sct";
const NUCC = "http://nucc.org/provider-taxonomy";
const NPI = "http://hl7.org/fhir/sid/us-npi";

const procedure = (id: string | undefined, code: Procedure["code"], more: Partial<Procedure> = {}): Procedure => ({
  resourceType: "Procedure", ...(id === undefined ? {} : { id }), status: "completed", subject: { reference: "Patient/pt-1" }, ...(code === undefined ? {} : { code }), ...more,
});
const line = (fields: Partial<DraftLine> & Pick<DraftLine, "id" | "system" | "code">): DraftLine => ({
  modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "11", unitCharge: 0, serviceDate: "2026-11-20", ...fields,
});

describe("startDraft", () => {
  it("carries every party and reference and the encounter's period, dates cut to the day on lines", () => {
    const calls: unknown[] = [];
    const draft = startDraft({
      patientId: "pt-1",
      encounter: {
        resourceType: "Encounter", id: "enc-1", status: "finished", class: { code: "AMB" },
        period: { start: "2026-11-20T09:00:00-05:00", end: "2026-11-20T09:40:00-05:00" }, account: [{ reference: "Account/acc-7" }],
      },
      procedures: [procedure("p1", { coding: [{ system: CPT, code: "73560", display: "Knee x-ray" }], text: "X-ray of the knee" })],
      location: { resourceType: "Location", id: "loc-3" },
      practitionerRef: "Practitioner/pr-1",
      organizationRef: "Organization/org-1",
      coverageRef: "Coverage/cov-1",
      chargeFor: (...args) => { calls.push(args); return 62; },
      taxonomy: { configured: { "Practitioner/pr-1": "207Q00000X" } },
    });
    expect(draft).toStrictEqual({
      encounterRef: "Encounter/enc-1",
      patientRef: "Patient/pt-1",
      revision: 0,
      diagnoses: [],
      lines: [line({ id: "proc-p1", system: CPT, code: "73560", display: "Knee x-ray", unitCharge: 62, listPrice: 62, procedureRef: "Procedure/p1" })],
      renderingProviderRef: "Practitioner/pr-1",
      renderingTaxonomy: "207Q00000X",
      accountRef: "Account/acc-7",
      billingProviderRef: "Organization/org-1",
      coverageRef: "Coverage/cov-1",
      locationRef: "Location/loc-3",
      periodStart: "2026-11-20T09:00:00-05:00",
      periodEnd: "2026-11-20T09:40:00-05:00",
    });
    expect(calls).toStrictEqual([["73560", [], "11"], ["73560", [], "11"]]);
  });

  it("builds lines only from CPT and HCPCS codings, taking the first such coding after others", () => {
    const draft = startDraft({
      patientId: "pt-1",
      encounter: { resourceType: "Encounter", id: "enc-1", status: "finished", class: { code: "AMB" }, period: { start: "2026-11-20" } },
      procedures: [
        procedure("snomed-only", { coding: [{ system: SNOMED, code: "168731009" }] }),
        procedure("text-only", { text: "Counselling" }),
        procedure("no-code", undefined),
        procedure("p2", { coding: [{ system: SNOMED, code: "33879002" }, { code: "90471" }, { system: CPT }, { system: HCPCS, code: "G0008" }, { system: CPT, code: "90686" }], text: "Flu shot" }),
        procedure("p3", { coding: [{ system: HCPCS_OID, code: "J1100" }] }, { performedDateTime: "2026-11-21T10:00:00Z" }),
        procedure(undefined, { coding: [{ system: CPT, code: "36415" }] }, { performedPeriod: { start: "2026-11-19T08:00:00Z" } }),
      ],
    });
    expect(draft.lines).toStrictEqual([
      line({ id: "proc-p2", system: HCPCS, code: "G0008", display: "Flu shot", procedureRef: "Procedure/p2" }),
      line({ id: "proc-p3", system: HCPCS, code: "J1100", serviceDate: "2026-11-21", procedureRef: "Procedure/p3" }),
      line({ id: "proc-36415", system: CPT, code: "36415", serviceDate: "2026-11-19" }),
    ]);
  });

  it("leaves date, place of service, period and account empty when the encounter has none of them", () => {
    const draft = startDraft({
      patientId: "pt-1",
      encounter: { resourceType: "Encounter", id: "enc-2", status: "finished", class: { code: "FLD" }, account: [] },
      procedures: [procedure("p1", { coding: [{ system: CPT, code: "73560" }] })],
      location: { resourceType: "Location" },
    });
    expect(draft).toStrictEqual({
      encounterRef: "Encounter/enc-2", patientRef: "Patient/pt-1", revision: 0, diagnoses: [],
      lines: [line({ id: "proc-p1", system: CPT, code: "73560", placeOfService: "", serviceDate: "", procedureRef: "Procedure/p1" })],
    });
  });
});

describe("renderingTaxonomyOf", () => {
  it("skips roles without a practitioner or a coded specialty, codings of other systems and Practitioners without qualification codings", () => {
    const roles: PractitionerRole[] = [
      { resourceType: "PractitionerRole", specialty: [{ coding: [{ system: NUCC, code: "208D00000X" }] }] },
      { resourceType: "PractitionerRole", practitioner: { reference: "Practitioner/pr-1" }, specialty: [{ text: "Family medicine" }, { coding: [{ system: "http://example.org/local", code: "207R00000X" }, { system: NUCC }] }] },
      { resourceType: "PractitionerRole", practitioner: { reference: "Practitioner/pr-1" } },
    ];
    const practitioner: Practitioner = { resourceType: "Practitioner", id: "pr-1", qualification: [{ code: { text: "MD" } }] };
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitionerRoles: roles, practitioners: [practitioner], configured: { "Practitioner/pr-1": "207Q00000X" } })).toBe("207Q00000X");
  });

  it("takes the referenced Practitioner, not the first one listed", () => {
    const other: Practitioner = { resourceType: "Practitioner", id: "pr-2", qualification: [{ code: { coding: [{ system: NUCC, code: "208D00000X" }] } }] };
    const practitioner: Practitioner = { resourceType: "Practitioner", id: "pr-1" };
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [other, practitioner] })).toBeUndefined();
  });

  it("matches no reference to a Practitioner without id, not even an empty or 'undefined' one", () => {
    const idless: Practitioner = { resourceType: "Practitioner", qualification: [{ code: { coding: [{ system: NUCC, code: "208D00000X" }] } }] };
    expect(["Practitioner/", "Practitioner/undefined"].map((ref) => renderingTaxonomyOf(ref, { practitioners: [idless] }))).toStrictEqual([undefined, undefined]);
  });

  it("looks the configured list up by the NPI identifier, not by another identifier", () => {
    const practitioner: Practitioner = { resourceType: "Practitioner", id: "pr-1", identifier: [{ system: "http://example.org/staff", value: "S-9" }, { system: NPI, value: "1234567893" }] };
    expect(renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [practitioner], configured: { "S-9": "208D00000X", "1234567893": "207Q00000X" } })).toBe("207Q00000X");
  });

  it("says nothing for a Practitioner with no NPI, no identifier, or an NPI and no configured list", () => {
    const staffOnly: Practitioner = { resourceType: "Practitioner", id: "pr-1", identifier: [{ system: "http://example.org/staff", value: "S-9" }] };
    const bare: Practitioner = { resourceType: "Practitioner", id: "pr-1" };
    const withNpi: Practitioner = { resourceType: "Practitioner", id: "pr-1", identifier: [{ system: NPI, value: "1234567893" }] };
    expect([
      renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [staffOnly], configured: { "S-9": "208D00000X" } }),
      renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [bare], configured: {} }),
      renderingTaxonomyOf("Practitioner/pr-1", { practitioners: [withNpi] }),
    ]).toStrictEqual([undefined, undefined, undefined]);
  });
});
