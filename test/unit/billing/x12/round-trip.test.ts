import { describe, expect, it } from "vitest";
import type { Bundle } from "fhir/r4";
import { claimTo837P } from "../../../../src/billing/x12/index.ts";
import { NPI, TAX_ID } from "../../../../src/coding/systems.ts";
import {
  FIXTURES,
  OPTIONS,
  claimOf,
  coverageOf,
  loadBundle,
  organizationOf,
  patientOf,
  practitionerOf,
  resourcesOf,
} from "./x12-fixtures.ts";
import { findSegment, parse837P, segmentsTagged } from "./parsed-837p.ts";

const digits = (value: string | undefined): string => (value ?? "").replace(/\D/g, "");
const npiOf = (identifiers: { system?: string; value?: string }[] | undefined): string | undefined =>
  identifiers?.find((identifier) => identifier.system === NPI)?.value;
const amount = (value: number | undefined): number => Number(value);

function exportAndParse(bundle: Bundle) {
  return parse837P(claimTo837P(bundle, OPTIONS));
}

describe.each(FIXTURES)("837P round trip through node-x12: %s", (name) => {
  const bundle = loadBundle(name);
  const parsed = exportAndParse(bundle);
  const claim = claimOf(bundle);

  it("finds the subscriber's member id and name", () => {
    const coverage = coverageOf(bundle);
    const subscriber = resourcesOf(bundle, "RelatedPerson")[0] ?? patientOf(bundle);
    const nm1 = findSegment(parsed, "NM1", "IL");
    expect(nm1.slice(7, 9)).toEqual(["MI", coverage.subscriberId]);
    expect(nm1.slice(2, 4)).toEqual([subscriber.name?.[0]?.family?.toUpperCase(), subscriber.name?.[0]?.given?.[0]?.toUpperCase()]);
  });

  it("finds the patient's birth date and sex in the last DMG (2010BA or 2010CA)", () => {
    const patient = patientOf(bundle);
    expect(segmentsTagged(parsed, "DMG").at(-1)).toEqual(["D8", digits(patient.birthDate), patient.gender === "male" ? "M" : "F"]);
  });

  it("finds the NPIs of the billing and rendering providers and the tax id", () => {
    const billing = organizationOf(bundle, "prov");
    expect(findSegment(parsed, "NM1", "85")[8]).toBe(npiOf(billing.identifier));
    expect(findSegment(parsed, "NM1", "82")[8]).toBe(npiOf(practitionerOf(bundle).identifier));
    const taxId = billing.identifier?.find((identifier) => identifier.system === TAX_ID)?.value;
    expect(findSegment(parsed, "REF", "EI")[1]).toBe(digits(taxId));
  });

  it("finds the payer id and name", () => {
    const payer = organizationOf(bundle, "pay");
    const nm1 = findSegment(parsed, "NM1", "PR");
    expect(nm1.slice(7, 9)).toEqual(["PI", payer.identifier?.[0]?.value]);
    expect(nm1[2]).toBe(payer.name?.toUpperCase());
  });

  it("finds the claim id, the total, and every diagnosis in order without dots", () => {
    const clm = findSegment(parsed, "CLM");
    expect(clm[0]).toBe(claim.identifier?.[0]?.value);
    expect(Number(clm[1])).toBe(amount(claim.total?.value));
    const hi = segmentsTagged(parsed, "HI")[0] ?? [];
    const codes = [...(claim.diagnosis ?? [])]
      .sort((a, b) => a.sequence - b.sequence)
      .map((diagnosis) => diagnosis.diagnosisCodeableConcept?.coding?.[0]?.code?.replace(".", ""));
    expect(hi.map((composite) => composite.split(":")[1])).toEqual(codes);
    expect(hi.map((composite) => composite.split(":")[0])).toEqual(codes.map((_, i) => (i === 0 ? "ABK" : "ABF")));
  });

  it("finds every line: code, modifiers, charge, units, pointers and service date", () => {
    const lines = segmentsTagged(parsed, "SV1");
    const dates = segmentsTagged(parsed, "DTP").filter((dtp) => dtp[0] === "472");
    expect(lines).toHaveLength(claim.item?.length ?? -1);
    (claim.item ?? []).forEach((item, i) => {
      const [qualifier, code, ...modifiers] = (lines[i]?.[0] ?? "").split(":");
      expect([qualifier, code]).toEqual(["HC", item.productOrService.coding?.[0]?.code]);
      expect(modifiers).toEqual((item.modifier ?? []).map((modifier) => modifier.coding?.[0]?.code));
      expect(Number(lines[i]?.[1])).toBe(amount(item.net?.value));
      expect(Number(lines[i]?.[3])).toBe(amount(item.quantity?.value));
      expect(lines[i]?.[6]?.split(":").map(Number)).toEqual(item.diagnosisSequence);
      expect(dates[i]?.slice(1)).toEqual(["D8", digits(item.servicedDate)]);
    });
  });

  it("numbers the LX lines 1..n", () => {
    expect(segmentsTagged(parsed, "LX").map((lx) => lx[0])).toEqual((claim.item ?? []).map((_, i) => String(i + 1)));
  });
});

describe("837P with urn:uuid references and a service facility", () => {
  it("resolves the Location of Claim.facility into 2310C with its NPI and ZIP+4", () => {
    const bundle = loadBundle("twelve-diagnoses");
    const [location] = resourcesOf(bundle, "Location");
    const parsed = exportAndParse(bundle);
    expect(claimOf(bundle).facility?.reference).toMatch(/^urn:uuid:/);
    expect(findSegment(parsed, "NM1", "77")[8]).toBe(npiOf(location?.identifier));
    expect(segmentsTagged(parsed, "N4")).toContainEqual(["PEORIA", "IL", digits(location?.address?.postalCode)]);
  });

  it("writes SV105 only on the line whose place of service differs from the claim's", () => {
    const bundle = loadBundle("twelve-diagnoses");
    const parsed = exportAndParse(bundle);
    const placeOfService = (claimOf(bundle).item ?? []).map((item) => item.locationCodeableConcept?.coding?.[0]?.code);
    const claimPlace = placeOfService[0];
    expect(findSegment(parsed, "CLM")[4]?.split(":")[0]).toBe(claimPlace);
    expect(segmentsTagged(parsed, "SV1").map((sv1) => sv1[4] ?? "")).toEqual(
      placeOfService.map((code) => (code === claimPlace ? "" : code)),
    );
  });
});

describe("837P when the patient is not the subscriber", () => {
  const bundle = loadBundle("dependent-claim");
  const parsed = exportAndParse(bundle);

  it("writes the 2000C patient level under the subscriber with PAT01 19 for a child", () => {
    expect(segmentsTagged(parsed, "HL")).toEqual([["1", "", "20", "1"], ["2", "1", "22", "1"], ["3", "2", "23", "0"]]);
    expect(findSegment(parsed, "SBR")[1]).toBe("");
    expect(segmentsTagged(parsed, "PAT")).toEqual([["19"]]);
  });

  it("names the patient in NM1*QC without an id and gives the DMG to the patient only", () => {
    const patient = patientOf(bundle);
    const [family, given, middle] = [patient.name?.[0]?.family, ...(patient.name?.[0]?.given ?? [])].map((part) => part?.toUpperCase());
    expect(findSegment(parsed, "NM1", "QC")).toEqual(["QC", "1", family, given, middle]);
    expect(segmentsTagged(parsed, "DMG")).toHaveLength(1);
  });
});

describe("837P prior authorization and rendering taxonomy", () => {
  const bundle = loadBundle("twelve-diagnoses");
  const parsed = exportAndParse(bundle);
  const claim = claimOf(bundle);

  it("writes Claim.insurance.preAuthRef as REF*G1 in 2300", () => {
    expect(findSegment(parsed, "REF", "G1")[1]).toBe(claim.insurance?.[0]?.preAuthRef?.[0]);
  });

  it("writes the careTeam NUCC taxonomy as PRV*PE*PXC right after NM1*82", () => {
    const tags = parsed.segments.map((segment) => segment.tag);
    const rendering = parsed.segments.findIndex((segment) => segment.tag === "NM1" && segment.elements[0]?.value === "82");
    expect(tags[rendering + 1]).toBe("PRV");
    expect(findSegment(parsed, "PRV", "PE")).toEqual(["PE", "PXC", claim.careTeam?.[0]?.qualification?.coding?.[0]?.code]);
  });
});
