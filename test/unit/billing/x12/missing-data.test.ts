import { describe, expect, it } from "vitest";
import type { Bundle, OperationOutcome } from "fhir/r4";
import { CLAIM_RULE_SYSTEM, X12DataError, check837PData, claimTo837P, findingCode } from "../../../../src/billing/x12/index.ts";
import { NPI, TAX_ID } from "../../../../src/coding/systems.ts";
import { OPTIONS, claimOf, coverageOf, loadBundle, organizationOf, patientOf, practitionerOf } from "./x12-fixtures.ts";

type Change = (bundle: Bundle) => void;

const dropEntry = (type: string): Change => (bundle) => {
  bundle.entry = bundle.entry?.filter((entry) => entry.resource?.resourceType !== type);
};

const cases: [string, Change, string, string][] = [
  ["rendering NPI missing", (b) => { practitionerOf(b).identifier = []; }, "x12-missing-data", "Practitioner.identifier"],
  ["rendering NPI fails Luhn", (b) => { practitionerOf(b).identifier = [{ system: NPI, value: "1234567890" }]; }, "npi-invalid", "Practitioner.identifier"],
  ["billing NPI fails Luhn", (b) => { organizationOf(b, "prov").identifier = [{ system: NPI, value: "1456789028" }, { system: TAX_ID, value: "364827193" }]; }, "npi-invalid", "Organization.identifier"],
  ["billing tax id missing", (b) => { organizationOf(b, "prov").identifier = [{ system: NPI, value: "1456789027" }]; }, "x12-missing-data", "Organization.identifier"],
  ["billing ZIP not ZIP+4", (b) => { const address = organizationOf(b, "prov").address?.[0]; if (address) address.postalCode = "62701"; }, "x12-invalid-data", "Organization.address.postalCode"],
  ["billing address a PO box", (b) => { const address = organizationOf(b, "prov").address?.[0]; if (address) address.line = ["P.O. Box 1200"]; }, "x12-invalid-data", "Organization.address.line"],
  ["member id missing", (b) => { delete coverageOf(b).subscriberId; }, "x12-missing-data", "Coverage.subscriberId"],
  ["payer id missing", (b) => { organizationOf(b, "pay").identifier = []; }, "x12-missing-data", "Organization.identifier"],
  ["payer not in the Bundle", dropEntry("Organization"), "x12-missing-data", "Coverage.payor"],
  ["Coverage not in the Bundle", dropEntry("Coverage"), "x12-missing-data", "Claim.insurance.coverage"],
  ["Patient not in the Bundle", dropEntry("Patient"), "x12-missing-data", "Claim.patient"],
  ["rendering Practitioner not in the Bundle", dropEntry("Practitioner"), "x12-missing-data", "Claim.careTeam"],
  ["birth date missing", (b) => { delete patientOf(b).birthDate; }, "x12-missing-data", "Patient.birthDate"],
  ["patient address missing", (b) => { delete patientOf(b).address; }, "x12-missing-data", "Patient.address"],
  ["family name missing", (b) => { patientOf(b).name = [{ given: ["Jane"] }]; }, "x12-missing-data", "Patient.name.family"],
  ["dependent without subscriber", (b) => { coverageOf(b).relationship = { coding: [{ code: "child" }] }; }, "x12-missing-data", "Coverage.subscriber"],
  ["no diagnosis", (b) => { claimOf(b).diagnosis = []; }, "x12-missing-data", "Claim.diagnosis"],
  ["line without pointer", (b) => { const item = claimOf(b).item?.[1]; if (item) item.diagnosisSequence = []; }, "x12-missing-data", "Claim.item[1].diagnosisSequence"],
  ["pointer to no diagnosis", (b) => { const item = claimOf(b).item?.[0]; if (item) item.diagnosisSequence = [1, 7]; }, "x12-invalid-data", "Claim.item[0].diagnosisSequence"],
  ["line without charge", (b) => { const item = claimOf(b).item?.[0]; if (item) { delete item.net; delete item.unitPrice; } }, "x12-missing-data", "Claim.item[0].net"],
  ["total not the sum of lines", (b) => { claimOf(b).total = { value: 999, currency: "USD" }; }, "x12-invalid-data", "Claim.total"],
  ["no place of service", (b) => { const item = claimOf(b).item?.[0]; if (item) delete item.locationCodeableConcept; }, "x12-missing-data", "Claim.item[0].locationCodeableConcept"],
  ["no Claim", dropEntry("Claim"), "x12-missing-data", "Bundle.entry"],
];

function thrownOutcome(bundle: Bundle): OperationOutcome {
  try {
    claimTo837P(bundle, OPTIONS);
  } catch (error) {
    if (error instanceof X12DataError) return error.outcome;
    throw error;
  }
  throw new Error("claimTo837P wrote a file");
}

describe("missing or invalid data becomes findings, never an empty segment", () => {
  it.each(cases)("%s -> %s at %s", (_, change, code, expression) => {
    const bundle = loadBundle("simple-claim");
    change(bundle);
    const outcome = thrownOutcome(bundle);
    const finding = outcome.issue.find((issue) => findingCode(issue) === code && issue.expression?.[0] === expression);
    expect(finding, JSON.stringify(outcome.issue.map((issue) => [findingCode(issue), issue.expression]))).toBeDefined();
    expect(finding?.severity).toBe("error");
    expect(finding?.details?.coding?.[0]?.system).toBe(CLAIM_RULE_SYSTEM);
    expect(finding?.details?.text).toMatch(/\w+ \w+/);
    expect(check837PData(bundle).issue).toEqual(outcome.issue);
  });

  it("reports every problem at once, not only the first", () => {
    const bundle = loadBundle("simple-claim");
    practitionerOf(bundle).identifier = [];
    delete coverageOf(bundle).subscriberId;
    delete patientOf(bundle).birthDate;
    const expressions = thrownOutcome(bundle).issue.map((issue) => issue.expression?.[0]);
    expect(expressions).toEqual(expect.arrayContaining(["Practitioner.identifier", "Coverage.subscriberId", "Patient.birthDate"]));
  });

  it("tells the payer and the billing Organization apart in issue.diagnostics", () => {
    const bundle = loadBundle("simple-claim");
    const payer = organizationOf(bundle, "pay");
    const billing = organizationOf(bundle, "prov");
    payer.identifier = [];
    billing.identifier = [];
    const diagnostics = check837PData(bundle).issue.map((issue) => [issue.expression?.[0], issue.diagnostics]);
    expect(diagnostics).toContainEqual(["Organization.identifier", `payer Organization/${payer.id}`]);
    expect(diagnostics).toContainEqual(["Organization.identifier", `billing provider Organization/${billing.id}`]);
  });

  it("the error message states the first problem in words", () => {
    const bundle = loadBundle("simple-claim");
    delete coverageOf(bundle).subscriberId;
    expect(() => claimTo837P(bundle, OPTIONS)).toThrow(/Coverage.subscriberId/);
  });

  it("check837PData finds nothing on complete data", () => {
    expect(check837PData(loadBundle("twelve-diagnoses")).issue).toEqual([]);
  });
});
