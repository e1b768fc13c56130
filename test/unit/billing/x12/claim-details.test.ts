import { describe, expect, it } from "vitest";
import type { Bundle, Condition } from "fhir/r4";
import { claimTo837P, check837PData, findingCode } from "../../../../src/billing/x12/index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { OPTIONS, claimOf, loadBundle, practitionerOf } from "./x12-fixtures.ts";
import { findSegment, parse837P, segmentsTagged } from "./parsed-837p.ts";

const exportParsed = (bundle: Bundle) => parse837P(claimTo837P(bundle, OPTIONS));

describe("reading claim details from FHIR", () => {
  it("takes a diagnosis from a referenced Condition in the Bundle", () => {
    const bundle = loadBundle("simple-claim");
    const condition: Condition = {
      resourceType: "Condition",
      id: "cond-9",
      subject: { reference: "Patient/pat-501" },
      code: { coding: [{ system: ICD10CM, code: "E78.5" }] },
    };
    bundle.entry?.push({ fullUrl: "urn:uuid:0b7d2c4e-1111-4a2b-9c3d-5e6f7a8b9c0d", resource: condition });
    const claim = claimOf(bundle);
    claim.diagnosis?.push({ sequence: 3, diagnosisReference: { reference: "urn:uuid:0b7d2c4e-1111-4a2b-9c3d-5e6f7a8b9c0d" } });
    expect(segmentsTagged(exportParsed(bundle), "HI")[0]?.at(-1)).toBe("ABF:E785");
  });

  it("writes lower-case codes and modifiers in upper case", () => {
    const bundle = loadBundle("simple-claim");
    const item = claimOf(bundle).item?.[0];
    if (item) {
      item.productOrService = { coding: [{ system: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "g2211" }] };
      item.modifier = [{ coding: [{ code: "rt" }] }];
    }
    expect(segmentsTagged(exportParsed(bundle), "SV1")[0]?.[0]).toBe("HC:G2211:RT");
  });

  it("writes a service period over several days as RD8 from-to", () => {
    const bundle = loadBundle("simple-claim");
    const item = claimOf(bundle).item?.[0];
    if (item) {
      delete item.servicedDate;
      item.servicedPeriod = { start: "2026-11-18", end: "2026-11-20" };
    }
    expect(findSegment(exportParsed(bundle), "DTP", "472")).toEqual(["472", "RD8", "20261118-20261120"]);
  });

  it("computes a line charge from unitPrice x quantity when net is absent", () => {
    const bundle = loadBundle("simple-claim");
    const claim = claimOf(bundle);
    const item = claim.item?.[1];
    if (item) {
      delete item.net;
      item.unitPrice = { value: 12.75, currency: "USD" };
      item.quantity = { value: 2 };
    }
    delete claim.total;
    const parsed = exportParsed(bundle);
    expect(segmentsTagged(parsed, "SV1")[1]?.slice(1, 4)).toEqual(["25.5", "UN", "2"]);
    expect(findSegment(parsed, "CLM")[1]).toBe("175.5");
  });

  it("refuses an ICD-10-CM code that is not one and a procedure code that is not CPT/HCPCS", () => {
    const bundle = loadBundle("simple-claim");
    const claim = claimOf(bundle);
    const diagnosis = claim.diagnosis?.[1];
    if (diagnosis) diagnosis.diagnosisCodeableConcept = { coding: [{ system: ICD10CM, code: "I10:X" }] };
    const item = claim.item?.[0];
    if (item) item.productOrService = { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "992*4" }] };
    const findings = check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.expression?.[0]]);
    expect(findings).toContainEqual(["x12-invalid-data", "Claim.diagnosis[1]"]);
    expect(findings).toContainEqual(["x12-invalid-data", "Claim.item[0].productOrService"]);
  });
});

describe("a Practitioner billing alone", () => {
  function soloPractitionerBundle(): Bundle {
    const bundle = loadBundle("simple-claim");
    const claim = claimOf(bundle);
    claim.provider = { reference: "Practitioner/pract-lopez" };
    const practitioner = practitionerOf(bundle);
    practitioner.identifier?.push({ system: "urn:oid:2.16.840.1.113883.4.4", value: "123456789" });
    practitioner.address = [{ line: ["5 Oak Ave"], city: "Springfield", state: "IL", postalCode: "627029876" }];
    return bundle;
  }

  it("is the billing provider as a person (NM1*85*1) and no separate 2310B is written", () => {
    const parsed = exportParsed(soloPractitionerBundle());
    expect(findSegment(parsed, "NM1", "85").slice(0, 4)).toEqual(["85", "1", "LOPEZ", "MARIA"]);
    expect(findSegment(parsed, "NM1", "85")[8]).toBe("1234567893");
    expect(segmentsTagged(parsed, "NM1").map((nm1) => nm1[0])).not.toContain("82");
    expect(findSegment(parsed, "REF", "EI")[1]).toBe("123456789");
  });
});

describe("rendering taxonomy", () => {
  it("refuses a careTeam qualification that is not a NUCC taxonomy code", () => {
    const bundle = loadBundle("twelve-diagnoses");
    const member = claimOf(bundle).careTeam?.[0];
    if (member) member.qualification = { coding: [{ system: "http://nucc.org/provider-taxonomy", code: "MD" }] };
    const findings = check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.expression?.[0]]);
    expect(findings).toContainEqual(["x12-invalid-data", "Claim.careTeam[0].qualification"]);
  });
});
