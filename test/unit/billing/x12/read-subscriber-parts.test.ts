// Pins the 2000B/2010BA/2010BB reading: the focal insurance (or the first, or none), the patient as
// subscriber when Coverage.relationship says self or names no code, another subscriber (a
// RelatedPerson or a Patient) with the patient's PAT01 relationship, the member id, the group
// number found by its "group" class among others, SBR01 by sequence, SBR09 refused or defaulted
// with exact texts, the payer, and the role and resource each finding's diagnostics name.
import type { Claim, ClaimInsurance, Coverage, FhirResource, OperationOutcomeIssue, Organization, Patient, RelatedPerson } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import { CLAIM_FILING_INDICATOR_SYSTEM } from "../../../../src/billing/x12/claim-filing-indicator.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { focalInsurance, readCoverage, readPayer, readSubscriber } from "../../../../src/billing/x12/read-subscriber.ts";

const RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
const COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
const PAYER_ID_SYSTEM = "urn:smart-coding-billing:payer-id";

function patient(changes: Partial<Patient> = {}): Patient {
  return {
    resourceType: "Patient",
    id: "pat-1",
    name: [{ family: "Doe", given: ["Jane"] }],
    gender: "female",
    birthDate: "1980-02-03",
    address: [{ line: ["1 Main St"], city: "Boston", state: "MA", postalCode: "02110" }],
    ...changes,
  };
}

function spouse(changes: Partial<RelatedPerson> = {}): RelatedPerson {
  return { resourceType: "RelatedPerson", id: "rp-1", patient: { reference: "Patient/pat-1" }, name: [{ family: "Doe", given: ["John"] }], ...changes };
}

function coverage(changes: Partial<Coverage> = {}): Coverage {
  return {
    resourceType: "Coverage",
    id: "cov-1",
    status: "active",
    beneficiary: { reference: "Patient/pat-1" },
    payor: [{ reference: "Organization/payer-1" }],
    subscriberId: "M123",
    type: { coding: [{ system: CLAIM_FILING_INDICATOR_SYSTEM, code: "MB" }] },
    ...changes,
  };
}

function payer(changes: Partial<Organization> = {}): Organization {
  return { resourceType: "Organization", id: "payer-1", name: "Acme Health", identifier: [{ system: PAYER_ID_SYSTEM, value: "87726" }], ...changes };
}

function claim(insurance?: ClaimInsurance[]): Claim {
  return { resourceType: "Claim", patient: { reference: "Patient/pat-1" }, ...(insurance ? { insurance } : {}) } as Claim;
}

const primary = (): ClaimInsurance[] => [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-1" } }];

function context(...resources: FhirResource[]): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) }), issues: [] };
}

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string, diagnostics?: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
    ...(diagnostics === undefined ? {} : { diagnostics }),
  };
}

const JANE = { kind: "person", last: "DOE", first: "JANE", middle: undefined, suffix: undefined };
const JOHN = { kind: "person", last: "DOE", first: "JOHN", middle: undefined, suffix: undefined };
const BOSTON = { line1: "1 MAIN ST", line2: undefined, city: "BOSTON", state: "MA", postalCode: "02110" };
const selfRole = { kind: "patient", birthDate: "19800203", sex: "F" };

/** Reads the subscriber of `cov` for a claim with `insurance`, returning the result with the findings. */
function subscriberOf(cov: Coverage, resources: FhirResource[] = [patient()], insurance = primary()) {
  const ctx = context(...resources);
  const subscriber = readSubscriber(ctx, claim(insurance), cov);
  return { subscriber, issues: ctx.issues };
}

describe("focalInsurance and readCoverage", () => {
  it("takes the focal insurance, else the first, and none from a claim without insurance", () => {
    const first: ClaimInsurance = { sequence: 1, focal: false, coverage: { reference: "Coverage/a" } };
    const second: ClaimInsurance = { sequence: 2, focal: true, coverage: { reference: "Coverage/b" } };
    expect(focalInsurance(claim([first, second]))).toBe(second);
    expect(focalInsurance(claim([first, { ...second, focal: false }]))).toBe(first);
    expect(focalInsurance(claim())).toBeUndefined();
  });

  it("reports a claim without insurance as having no Coverage", () => {
    const ctx = context(coverage());
    expect(readCoverage(ctx, claim())).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Claim.insurance.coverage must reference a Coverage included in the Bundle.", "Claim.insurance.coverage"),
    ]);
  });
});

describe("readSubscriber: the patient is the subscriber", () => {
  it("reads the patient as subscriber when Coverage has no relationship, with the group number from the group class", () => {
    const classes: Coverage["class"] = [
      { type: { coding: [{ system: COVERAGE_CLASS, code: "plan" }] }, value: "PLAN-9" },
      { type: { coding: [{ system: COVERAGE_CLASS, code: "group" }, { system: "urn:local", code: "employer" }] }, value: "GRP-1" },
    ];
    expect(subscriberOf(coverage({ class: classes }))).toStrictEqual({
      subscriber: { name: JANE, address: BOSTON, role: selfRole, memberId: "M123", responsibility: "P", groupNumber: "GRP-1", filingIndicator: "MB" },
      issues: [],
    });
  });

  it("reads self from a relationship without coding or without a code, and no group number from classes that are not the group", () => {
    const expected = { subscriber: { name: JANE, address: BOSTON, role: selfRole, memberId: "M123", responsibility: "P", groupNumber: undefined, filingIndicator: "MB" }, issues: [] };
    expect(subscriberOf(coverage({ relationship: { text: "self" }, class: [{ type: { text: "group" }, value: "G-TEXT" }] }))).toStrictEqual(expected);
    expect(subscriberOf(coverage({ relationship: { coding: [{ system: RELATIONSHIP }] } }))).toStrictEqual(expected);
  });

  it("marks the patient's findings as about the patient and subscriber", () => {
    expect(subscriberOf(coverage(), [patient({ birthDate: undefined })])).toStrictEqual({
      subscriber: undefined,
      issues: [finding("x12-missing-data", "Patient.birthDate is missing or malformed; DMG needs it.", "Patient.birthDate", "patient and subscriber Patient/pat-1")],
    });
  });

  it("takes the member id from the first Coverage.identifier, and reports none as missing", () => {
    const withIdentifier = subscriberOf(coverage({ subscriberId: undefined, identifier: [{ value: "ID-9" }] }));
    expect(withIdentifier).toStrictEqual({
      subscriber: { name: JANE, address: BOSTON, role: selfRole, memberId: "ID-9", responsibility: "P", groupNumber: undefined, filingIndicator: "MB" },
      issues: [],
    });
    expect(subscriberOf(coverage({ subscriberId: undefined, identifier: [] }))).toStrictEqual({
      subscriber: undefined,
      issues: [finding("x12-missing-data", "Coverage.subscriberId is missing; the 837P needs it.", "Coverage.subscriberId")],
    });
  });

  it("reports a group number X12 cannot carry at Coverage.class.value", () => {
    const classes: Coverage["class"] = [{ type: { coding: [{ system: COVERAGE_CLASS, code: "group" }] }, value: "G*1" }];
    const { issues } = subscriberOf(coverage({ class: classes }));
    expect(issues).toStrictEqual([
      finding(
        "x12-invalid-data",
        "Coverage.class.value holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.",
        "Coverage.class.value",
      ),
    ]);
  });

  it("writes SBR01 P for a claim that names no insurance", () => {
    const ctx = context(patient());
    expect(readSubscriber(ctx, claim(), coverage())?.responsibility).toBe("P");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("writes SBR01 S and T for the second and third payer", () => {
    const at = (sequence: number) => [{ sequence, focal: true, coverage: { reference: "Coverage/cov-1" } }];
    expect(subscriberOf(coverage(), [patient()], at(2)).subscriber?.responsibility).toBe("S");
    expect(subscriberOf(coverage(), [patient()], at(3)).subscriber?.responsibility).toBe("T");
  });

  it("refuses a fourth or later payer instead of sending it as primary, naming the focal insurance", () => {
    const insurance: ClaimInsurance[] = [
      { sequence: 3, focal: false, coverage: { reference: "Coverage/cov-3" } },
      { sequence: 4, focal: true, coverage: { reference: "Coverage/cov-1" } },
    ];
    expect(subscriberOf(coverage(), [patient()], insurance)).toStrictEqual({
      subscriber: undefined,
      issues: [
        finding(
          "x12-invalid-data",
          "Claim.insurance[1].sequence is 4: the 837P is written to a primary, secondary or tertiary payer (2000B SBR01 P, S or T); a fourth or later payer (SBR01 A to H) is not supported.",
          "Claim.insurance[1].sequence",
        ),
      ],
    });
  });
});

describe("readSubscriber: another person is the subscriber", () => {
  it("reads a RelatedPerson subscriber and the patient with the PAT01 relationship", () => {
    const cov = coverage({ relationship: { coding: [{ system: RELATIONSHIP, code: "spouse" }] }, subscriber: { reference: "RelatedPerson/rp-1" } });
    expect(subscriberOf(cov, [patient(), spouse()])).toStrictEqual({
      subscriber: {
        name: JOHN,
        address: undefined,
        role: { kind: "other", patient: { name: JANE, address: BOSTON, birthDate: "19800203", sex: "F", relationship: "01" } },
        memberId: "M123",
        responsibility: "P",
        groupNumber: undefined,
        filingIndicator: "MB",
      },
      issues: [],
    });
  });

  it("reads a Patient subscriber", () => {
    const parent = patient({ id: "pat-2", name: [{ family: "Roe", given: ["Ann"] }], address: undefined });
    const cov = coverage({ relationship: { coding: [{ system: RELATIONSHIP, code: "child" }] }, subscriber: { reference: "Patient/pat-2" } });
    expect(subscriberOf(cov, [patient(), parent])).toStrictEqual({
      subscriber: {
        name: { kind: "person", last: "ROE", first: "ANN", middle: undefined, suffix: undefined },
        address: undefined,
        role: { kind: "other", patient: { name: JANE, address: BOSTON, birthDate: "19800203", sex: "F", relationship: "19" } },
        memberId: "M123",
        responsibility: "P",
        groupNumber: undefined,
        filingIndicator: "MB",
      },
      issues: [],
    });
  });

  it("refuses a subscriber without a name, marking the finding as about the subscriber", () => {
    const cov = coverage({ relationship: { coding: [{ system: RELATIONSHIP, code: "spouse" }] }, subscriber: { reference: "RelatedPerson/rp-1" } });
    expect(subscriberOf(cov, [patient(), spouse({ name: undefined })])).toStrictEqual({
      subscriber: undefined,
      issues: [finding("x12-missing-data", "RelatedPerson.name is missing; the 837P needs a name.", "RelatedPerson.name", "subscriber RelatedPerson/rp-1")],
    });
  });

  it("refuses a patient without a birth date, marking the finding as about the patient", () => {
    const cov = coverage({ relationship: { coding: [{ system: RELATIONSHIP, code: "spouse" }] }, subscriber: { reference: "RelatedPerson/rp-1" } });
    expect(subscriberOf(cov, [patient({ birthDate: undefined }), spouse()])).toStrictEqual({
      subscriber: undefined,
      issues: [finding("x12-missing-data", "Patient.birthDate is missing or malformed; DMG needs it.", "Patient.birthDate", "patient Patient/pat-1")],
    });
  });
});

describe("readSubscriber: SBR09", () => {
  it("refuses a Coverage.type no table knows, saying why", () => {
    const cov = coverage({ type: { coding: [{ system: CLAIM_FILING_INDICATOR_SYSTEM, code: "Q1" }] } });
    expect(subscriberOf(cov)).toStrictEqual({
      subscriber: undefined,
      issues: [
        finding(
          "x12-invalid-data",
          'Coverage.type has "Q1" as an X12 claim filing indicator, which is no SBR09 code. SBR09 (claim filing indicator) cannot be chosen.',
          "Coverage.type",
        ),
      ],
    });
  });

  it("sends a coverage without a type as CI with a warning", () => {
    expect(subscriberOf(coverage({ type: undefined }))).toStrictEqual({
      subscriber: { name: JANE, address: BOSTON, role: selfRole, memberId: "M123", responsibility: "P", groupNumber: undefined, filingIndicator: "CI" },
      issues: [
        {
          severity: "warning",
          code: "required",
          details: {
            coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-missing-data" }],
            text: "Coverage.type is absent, so SBR09 is sent as CI (commercial insurance): give the coverage its Source of Payment Typology code if the payer is Medicare, Medicaid or another program.",
          },
          expression: ["Coverage.type"],
        },
      ],
    });
  });
});

describe("readPayer", () => {
  it("reads the payer's name and payer id", () => {
    const ctx = context(payer());
    expect(readPayer(ctx, coverage())).toStrictEqual({ name: "ACME HEALTH", payerId: "87726" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a coverage without payor", () => {
    const ctx = context(payer());
    expect(readPayer(ctx, coverage({ payor: undefined }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Coverage.payor must reference the payer Organization included in the Bundle.", "Coverage.payor"),
    ]);
  });

  it("refuses a payer without a name, marking the finding as about the payer", () => {
    const ctx = context(payer({ name: undefined }));
    expect(readPayer(ctx, coverage())).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Organization.name is empty; the 837P needs it.", "Organization.name", "payer Organization/payer-1"),
    ]);
  });
});
