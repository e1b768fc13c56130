// Pins the reader's provider loops: the billing provider (an Organization, or a Practitioner
// billing alone) needs its name, NPI, tax id and street address, each reported on its own; the
// rendering Practitioner is found by role (rendering or primary, among other codings) before the
// care team's order, is left out when it is the billing Practitioner, and its NUCC taxonomy is
// trimmed and checked (10 characters ending in X, anchored); the service facility needs a name
// and a street address with ZIP+4 and is left out with a warning when it has no address. Every
// finding's text, element and the role it is marked with are compared whole.
import type { Bundle, Claim, ClaimCareTeam, FhirResource, Location, OperationOutcomeIssue, Organization, Practitioner } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { NUCC_TAXONOMY, readBillingProvider, readRenderingProvider, readServiceFacility } from "../../../../src/billing/x12/read-providers.ts";
import { NPI, TAX_ID } from "../../../../src/coding/systems.ts";

const NPI_1 = "1234567893";
const NPI_2 = "1987654328";
const NPI_3 = "1555555550";
const STREET = { line: ["1 Main St"], city: "Boston", state: "MA", postalCode: "02139-1234" };
const STREET_READ = { line1: "1 MAIN ST", line2: undefined, city: "BOSTON", state: "MA", postalCode: "021391234" };

function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    resourceType: "Organization",
    id: "org-1",
    name: "Good Health Clinic",
    identifier: [{ system: NPI, value: NPI_1 }, { system: TAX_ID, value: "12-3456789" }],
    address: [STREET],
    ...overrides,
  };
}

function practitioner(id: string, npi: string, overrides: Partial<Practitioner> = {}): Practitioner {
  return { resourceType: "Practitioner", id, name: [{ family: "Doe", given: ["Jane"] }], identifier: [{ system: NPI, value: npi }], ...overrides };
}

function location(overrides: Partial<Location> = {}): Location {
  return { resourceType: "Location", id: "loc-1", name: "Main Office", identifier: [{ system: NPI, value: NPI_3 }], address: STREET, ...overrides };
}

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    resourceType: "Claim",
    status: "active",
    type: { coding: [{ code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/pat-1" },
    created: "2026-11-20",
    provider: { reference: "Organization/org-1" },
    priority: { coding: [{ code: "normal" }] },
    insurance: [],
    ...overrides,
  };
}

function context(...resources: FhirResource[]): ReadContext {
  const bundle: Bundle = { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) };
  return { index: indexBundle(bundle), issues: [] };
}

function member(sequence: number, reference: string, extra: Partial<ClaimCareTeam> = {}): ClaimCareTeam {
  return { sequence, provider: { reference }, ...extra };
}

function finding(code: string, text: string, expression: string, diagnostics?: string, severity = "error"): OperationOutcomeIssue {
  const type = { "x12-missing-data": "required", "x12-invalid-data": "value", "npi-invalid": "value" }[code];
  return {
    severity,
    code: type,
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
    ...(diagnostics === undefined ? {} : { diagnostics }),
  } as OperationOutcomeIssue;
}

const ORG_NAME = { kind: "organization", name: "GOOD HEALTH CLINIC" };
const JANE_DOE = { kind: "person", last: "DOE", first: "JANE", middle: undefined, suffix: undefined };

describe("readBillingProvider", () => {
  it("reads an Organization's name, NPI, tax id and street address", () => {
    const ctx = context(organization());
    expect(readBillingProvider(ctx, claim())).toStrictEqual({ name: ORG_NAME, npi: NPI_1, taxId: "123456789", address: STREET_READ });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads a Practitioner billing alone by its person name", () => {
    const ctx = context(practitioner("pr-1", NPI_1, { identifier: [{ system: NPI, value: NPI_1 }, { system: TAX_ID, value: "123456789" }], address: [STREET] }));
    const read = readBillingProvider(ctx, claim({ provider: { reference: "Practitioner/pr-1" } }));
    expect(read).toStrictEqual({ name: JANE_DOE, npi: NPI_1, taxId: "123456789", address: STREET_READ });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a billing Practitioner without a name under Practitioner.name", () => {
    const ctx = context(practitioner("pr-1", NPI_1, { name: undefined, identifier: [{ system: NPI, value: NPI_1 }, { system: TAX_ID, value: "123456789" }], address: [STREET] }));
    expect(readBillingProvider(ctx, claim({ provider: { reference: "Practitioner/pr-1" } }))).toBeUndefined();
    const text = "Practitioner.name is missing; the 837P needs a name.";
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", text, "Practitioner.name", "billing provider Practitioner/pr-1")]);
  });

  it("reports a provider reference that is not in the Bundle", () => {
    const ctx = context(organization());
    expect(readBillingProvider(ctx, claim({ provider: { reference: "Organization/elsewhere" } }))).toBeUndefined();
    const text = "Claim.provider must reference the billing Organization (or Practitioner) included in the Bundle.";
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", text, "Claim.provider")]);
  });

  it("returns nothing when only the name is missing", () => {
    const ctx = context(organization({ name: undefined }));
    expect(readBillingProvider(ctx, claim())).toBeUndefined();
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", "Organization.name is empty; the 837P needs it.", "Organization.name", "billing provider Organization/org-1")]);
  });

  it("returns nothing when only the NPI, only the tax id or only the address is missing", () => {
    const ctx = context(
      organization({ id: "no-npi", identifier: [{ system: TAX_ID, value: "123456789" }] }),
      organization({ id: "no-tax-id", identifier: [{ system: NPI, value: NPI_1 }] }),
      organization({ id: "no-address", address: undefined }),
    );
    expect(readBillingProvider(ctx, claim({ provider: { reference: "Organization/no-npi" } }))).toBeUndefined();
    expect(readBillingProvider(ctx, claim({ provider: { reference: "Organization/no-tax-id" } }))).toBeUndefined();
    expect(readBillingProvider(ctx, claim({ provider: { reference: "Organization/no-address" } }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", `Organization.identifier has no NPI (system ${NPI}).`, "Organization.identifier", "billing provider Organization/no-npi"),
      finding("x12-missing-data", `Organization.identifier has no tax id (system ${TAX_ID}).`, "Organization.identifier", "billing provider Organization/no-tax-id"),
      finding("x12-missing-data", "Organization.address is missing; the 837P needs a street address.", "Organization.address", "billing provider Organization/no-address"),
    ]);
  });
});

describe("readRenderingProvider", () => {
  it("takes the member whose role codings include rendering before the care team's first practitioner", () => {
    const ctx = context(organization(), practitioner("pr-1", NPI_1, { name: [{ family: "First" }] }), practitioner("pr-2", NPI_2));
    const role = { coding: [{ code: "assist" }, { code: "rendering" }] };
    const careTeam = [member(1, "Practitioner/pr-1", { role: { coding: [{ code: "assist" }] } }), member(2, "Practitioner/pr-2", { role })];
    expect(readRenderingProvider(ctx, claim({ careTeam }))).toStrictEqual({ name: JANE_DOE, npi: NPI_2, taxonomy: undefined });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes a primary member, and else the first practitioner even when roles carry no coding", () => {
    const ctx = context(organization(), practitioner("pr-1", NPI_1, { name: [{ family: "First" }] }), practitioner("pr-2", NPI_2));
    const first = { name: { ...JANE_DOE, last: "FIRST", first: undefined }, npi: NPI_1, taxonomy: undefined };
    const primary = [member(1, "Practitioner/pr-1"), member(2, "Practitioner/pr-2", { role: { coding: [{ code: "primary" }] } })];
    expect(readRenderingProvider(ctx, claim({ careTeam: primary }))).toStrictEqual({ name: JANE_DOE, npi: NPI_2, taxonomy: undefined });
    const uncoded = [member(1, "Organization/org-1"), member(2, "Practitioner/pr-1", { role: { text: "Rendering" } }), member(3, "Practitioner/pr-2")];
    expect(readRenderingProvider(ctx, claim({ careTeam: uncoded }))).toStrictEqual(first);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads the trimmed NUCC taxonomy among other qualification codings", () => {
    const ctx = context(organization(), practitioner("pr-2", NPI_2));
    const qualification = { coding: [{ system: "urn:local", code: "MD" }, { system: NUCC_TAXONOMY, code: " 207Q00000X " }] };
    const careTeam = [member(1, "Practitioner/pr-2", { qualification })];
    expect(readRenderingProvider(ctx, claim({ careTeam }))).toStrictEqual({ name: JANE_DOE, npi: NPI_2, taxonomy: "207Q00000X" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("leaves the taxonomy out without a finding when no NUCC coding carries a code", () => {
    const ctx = context(organization(), practitioner("pr-2", NPI_2));
    const read = (qualification: ClaimCareTeam["qualification"]) => readRenderingProvider(ctx, claim({ careTeam: [member(1, "Practitioner/pr-2", { qualification })] }));
    const expected = { name: JANE_DOE, npi: NPI_2, taxonomy: undefined };
    expect(read({ text: "Internal medicine" })).toStrictEqual(expected);
    expect(read({ coding: [{ system: "urn:local", code: "MD" }] })).toStrictEqual(expected);
    expect(read({ coding: [{ system: NUCC_TAXONOMY, display: "Internal medicine" }] })).toStrictEqual(expected);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a taxonomy code with anything before or after its 10 characters", () => {
    const ctx = context(organization(), practitioner("pr-2", NPI_2));
    const careTeam = (code: string) => [member(1, "Organization/org-1"), member(2, "Practitioner/pr-2", { qualification: { coding: [{ system: NUCC_TAXONOMY, code }] } })];
    const expected = { name: JANE_DOE, npi: NPI_2, taxonomy: undefined };
    expect(readRenderingProvider(ctx, claim({ careTeam: careTeam("A207Q00000X") }))).toStrictEqual(expected);
    expect(readRenderingProvider(ctx, claim({ careTeam: careTeam("207Q00000XA") }))).toStrictEqual(expected);
    const at = "Claim.careTeam[1].qualification";
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", `${at}: "A207Q00000X" is not a NUCC taxonomy code.`, at),
      finding("x12-invalid-data", `${at}: "207Q00000XA" is not a NUCC taxonomy code.`, at),
    ]);
  });

  it("leaves the loop out when the billing provider is the rendering Practitioner or bills alone without a care team", () => {
    const ctx = context(practitioner("pr-1", NPI_1));
    const billing = { provider: { reference: "Practitioner/pr-1" } };
    expect(readRenderingProvider(ctx, claim({ ...billing, careTeam: [member(1, "Practitioner/pr-1")] }))).toBeUndefined();
    expect(readRenderingProvider(ctx, claim(billing))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a care team without a practitioner in the Bundle, whether or not the billing provider is found", () => {
    const ctx = context(organization());
    const text = "Claim.careTeam must name the rendering Practitioner (included in the Bundle).";
    expect(readRenderingProvider(ctx, claim({ careTeam: [member(1, "Practitioner/elsewhere")] }))).toBeUndefined();
    expect(readRenderingProvider(ctx, claim({ provider: { reference: "Practitioner/elsewhere" } }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", text, "Claim.careTeam"), finding("x12-missing-data", text, "Claim.careTeam")]);
  });

  it("returns nothing for a rendering Practitioner without a name or with a wrong NPI, marking the findings with its role", () => {
    const ctx = context(organization(), practitioner("pr-2", NPI_2, { name: undefined }), practitioner("pr-3", "1234567890"));
    expect(readRenderingProvider(ctx, claim({ careTeam: [member(1, "Practitioner/pr-2")] }))).toBeUndefined();
    expect(readRenderingProvider(ctx, claim({ careTeam: [member(1, "Practitioner/pr-3")] }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Practitioner.name is missing; the 837P needs a name.", "Practitioner.name", "rendering provider Practitioner/pr-2"),
      finding(
        "npi-invalid",
        "Practitioner.identifier: 1234567890 is not a valid NPI (10 digits with the NPI Luhn check digit).",
        "Practitioner.identifier",
        "rendering provider Practitioner/pr-3",
      ),
    ]);
  });
});

describe("readServiceFacility", () => {
  const facility = { facility: { reference: "Location/loc-1" } };

  it("is absent without a Location in the Bundle", () => {
    const ctx = context(location());
    expect(readServiceFacility(ctx, claim())).toBeUndefined();
    expect(readServiceFacility(ctx, claim({ facility: { reference: "Location/elsewhere" } }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads the Location's name, NPI and street address", () => {
    const ctx = context(location());
    expect(readServiceFacility(ctx, claim(facility))).toStrictEqual({ name: "MAIN OFFICE", npi: NPI_3, address: STREET_READ });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("leaves the loop out with a warning when the Location has no address", () => {
    const ctx = context(location({ address: undefined }));
    expect(readServiceFacility(ctx, claim(facility))).toBeUndefined();
    const text = "Location.address is missing, so the service facility (2310C) is left out; add it if the care was not given at the billing provider's address.";
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", text, "Location.address", "service facility Location/loc-1", "warning")]);
  });

  it("returns nothing without a name, and keeps the loop without a wrong NPI while reporting it", () => {
    const ctx = context(location({ name: undefined }), location({ id: "loc-2", identifier: [{ system: NPI, value: "1234567890" }] }));
    expect(readServiceFacility(ctx, claim(facility))).toBeUndefined();
    expect(readServiceFacility(ctx, claim({ facility: { reference: "Location/loc-2" } }))).toStrictEqual({ name: "MAIN OFFICE", npi: undefined, address: STREET_READ });
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Location.name is empty; the 837P needs it.", "Location.name", "service facility Location/loc-1"),
      finding("npi-invalid", "Location.identifier: 1234567890 is not a valid NPI (10 digits with the NPI Luhn check digit).", "Location.identifier", "service facility Location/loc-2"),
    ]);
  });

  it("needs a street address with ZIP+4 and a city", () => {
    const ctx = context(location({ address: { ...STREET, postalCode: "02139" } }), location({ id: "loc-2", address: { ...STREET, city: undefined } }));
    expect(readServiceFacility(ctx, claim(facility))).toBeUndefined();
    expect(readServiceFacility(ctx, claim({ facility: { reference: "Location/loc-2" } }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", "Location.address.postalCode must be a 9-digit ZIP+4 code for this loop.", "Location.address.postalCode", "service facility Location/loc-1"),
      finding("x12-missing-data", "Location.address.city is empty; the 837P needs it.", "Location.address.city", "service facility Location/loc-2"),
    ]);
  });
});
