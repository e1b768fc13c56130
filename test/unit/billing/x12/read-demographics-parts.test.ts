// Pins the person readers: the PAT01 relationship codes (G8 for anything unlisted or absent),
// DMG sex from gender (U for other, unknown or absent), name and optional address read with
// expressions naming the resource type, and readDemographics giving nothing unless the name, the
// address and the birth date are all readable (each missing part reported once).
import type { Address, HumanName, OperationOutcomeIssue, Patient, RelatedPerson } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readDemographics, readNameAndAddress, toPatientRelationship } from "../../../../src/billing/x12/read-demographics.ts";

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

const NAME: HumanName = { use: "official", family: "Rivera", given: ["Ana"] };
const ADDRESS: Address = { use: "home", line: ["12 Elm St"], city: "Springfield", state: "MA", postalCode: "01103" };
const X12_NAME = { kind: "person", last: "RIVERA", first: "ANA", middle: undefined, suffix: undefined };
const X12_ADDRESS = { line1: "12 ELM ST", line2: undefined, city: "SPRINGFIELD", state: "MA", postalCode: "01103" };

function patient(parts: Partial<Patient>): Patient {
  return { resourceType: "Patient", id: "pat-1", ...parts };
}

function missing(text: string, expression: string): OperationOutcomeIssue {
  return { severity: "error", code: "required", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-missing-data" }], text }, expression: [expression] };
}

describe("toPatientRelationship", () => {
  it("maps the subscriber relationships and falls back to G8", () => {
    expect(["spouse", "child", "common", "parent", "other", "injured", "self", "stepchild", "", undefined].map(toPatientRelationship)).toStrictEqual([
      "01", "19", "53", "G8", "G8", "G8", "G8", "G8", "G8", "G8",
    ]);
  });

  it("a code that names an Object property (constructor, toString) is no relationship either: G8", () => {
    expect(["constructor", "toString", "__proto__", "hasOwnProperty"].map(toPatientRelationship)).toStrictEqual(["G8", "G8", "G8", "G8"]);
  });
});

describe("readNameAndAddress", () => {
  it("reads the name and leaves the address out when the person has none, without a finding", () => {
    const ctx = context();
    expect(readNameAndAddress(ctx, patient({ name: [NAME] }))).toStrictEqual({ name: X12_NAME, address: undefined });
    expect(readNameAndAddress(ctx, patient({ name: [NAME], address: [] }))).toStrictEqual({ name: X12_NAME, address: undefined });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads name and address, naming the resource type in its findings", () => {
    const ctx = context();
    expect(readNameAndAddress(ctx, patient({ name: [NAME], address: [ADDRESS] }))).toStrictEqual({ name: X12_NAME, address: X12_ADDRESS });
    const subscriber: RelatedPerson = { resourceType: "RelatedPerson", patient: { reference: "Patient/pat-1" }, address: [{ ...ADDRESS, city: undefined }] };
    expect(readNameAndAddress(ctx, subscriber)).toStrictEqual({ name: undefined, address: undefined });
    expect(ctx.issues).toStrictEqual([
      missing("RelatedPerson.name is missing; the 837P needs a name.", "RelatedPerson.name"),
      missing("RelatedPerson.address.city is empty; the 837P needs it.", "RelatedPerson.address.city"),
    ]);
  });

  it("accepts a 5-digit ZIP code (no ZIP+4 rule for people)", () => {
    const ctx = context();
    const result = readNameAndAddress(ctx, patient({ name: [NAME], address: [{ ...ADDRESS, line: ["PO Box 12"] }] }));
    expect(result).toStrictEqual({ name: X12_NAME, address: { ...X12_ADDRESS, line1: "PO BOX 12" } });
    expect(ctx.issues).toStrictEqual([]);
  });
});

describe("readDemographics", () => {
  it("gives name, address, birth date and sex", () => {
    const ctx = context();
    const person = patient({ name: [NAME], address: [ADDRESS], birthDate: "1980-02-29" });
    const sexes = (["male", "female", "other", "unknown", undefined] as const).map(
      (gender) => readDemographics(ctx, gender === undefined ? person : { ...person, gender })?.sex,
    );
    expect(sexes).toStrictEqual(["M", "F", "U", "U", "U"]);
    expect(readDemographics(ctx, { ...person, gender: "female" })).toStrictEqual({ name: X12_NAME, address: X12_ADDRESS, birthDate: "19800229", sex: "F" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("accepts a post-office box (no ZIP+4 rule for the patient)", () => {
    const ctx = context();
    const person = patient({ name: [NAME], address: [{ ...ADDRESS, line: ["PO Box 12"] }], birthDate: "1980-02-29", gender: "male" });
    expect(readDemographics(ctx, person)).toStrictEqual({ name: X12_NAME, address: { ...X12_ADDRESS, line1: "PO BOX 12" }, birthDate: "19800229", sex: "M" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("gives nothing without a birth date, or with a malformed one, and reports it", () => {
    const ctx = context();
    expect(readDemographics(ctx, patient({ name: [NAME], address: [ADDRESS], gender: "male" }))).toBeUndefined();
    expect(readDemographics(ctx, patient({ name: [NAME], address: [ADDRESS], gender: "male", birthDate: "1981-02-29" }))).toBeUndefined();
    const noBirthDate = missing("Patient.birthDate is missing or malformed; DMG needs it.", "Patient.birthDate");
    expect(ctx.issues).toStrictEqual([noBirthDate, noBirthDate]);
  });

  it("gives nothing without a name", () => {
    const ctx = context();
    expect(readDemographics(ctx, patient({ address: [ADDRESS], birthDate: "1980-02-29", gender: "male" }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([missing("Patient.name is missing; the 837P needs a name.", "Patient.name")]);
  });

  it("gives nothing without an address", () => {
    const ctx = context();
    expect(readDemographics(ctx, patient({ name: [NAME], birthDate: "1980-02-29", gender: "male" }))).toBeUndefined();
    expect(ctx.issues).toStrictEqual([missing("Patient.address is missing; the 837P needs a street address.", "Patient.address")]);
  });
});
