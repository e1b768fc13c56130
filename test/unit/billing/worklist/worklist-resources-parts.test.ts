// Pins the parts of the worklist's resource reading: contained and logical references, resources
// without id, string references and wrong types, which of a person's names is used and how it is
// joined, Location names, and the payer id found by identifier system or type.
import type { HumanName, Organization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { displayOf, indexResources, payerIdOf, personName, refKey, resolveAs } from "../../../../src/billing/worklist/worklist-resources.ts";
import { patient } from "./worklist-fixtures.ts";

describe("refKey parts", () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ["", undefined],
    ["#a/Patient/p1", undefined],
    ["https://ehr.example/fhir/Patient/p1/_history/2", "Patient/p1"],
  ])("%s", (reference, key) => {
    expect(refKey(reference)).toBe(key);
  });
});

describe("indexResources and resolveAs parts", () => {
  it("leaves out resources without id", () => {
    const index = indexResources([patient("p1", "Ana", "Lopez"), { resourceType: "Patient", name: [{ given: ["No"], family: "Id" }] }]);
    expect([...index.keys()]).toStrictEqual(["Patient/p1"]);
  });

  it("resolves a string reference, and nothing of another type", () => {
    const index = indexResources([patient("p1", "Ana", "Lopez")]);
    expect(resolveAs(index, "Patient", "Patient/p1")).toStrictEqual(patient("p1", "Ana", "Lopez"));
    expect(resolveAs(index, "Patient", { reference: "Patient/p1" })).toStrictEqual(patient("p1", "Ana", "Lopez"));
    expect(resolveAs(index, "Organization", "Patient/p1")).toBe(undefined);
    expect(resolveAs(index, "Patient", undefined)).toBe(undefined);
  });
});

describe("personName parts", () => {
  it.each<[string, HumanName[] | undefined, boolean, string | undefined]>([
    ["no names", undefined, false, undefined],
    ["an empty list", [], false, undefined],
    ["the official name even when not first", [{ use: "usual", given: ["Annie"] }, { use: "official", given: ["Ana"], family: "Lopez" }], false, "Ana Lopez"],
    ["the first name when none is official", [{ use: "usual", given: ["Annie"] }, { use: "maiden", given: ["Ana"], family: "Ruiz" }], false, "Annie"],
    ["the official name when first", [{ use: "official", given: ["Ana"], family: "Lopez" }, { use: "usual", given: ["Annie"] }], false, "Ana Lopez"],
    ["the text, trimmed", [{ text: "  Ana M. Lopez  ", given: ["Ana"] }], false, "Ana M. Lopez"],
    ["blank text falls back to the parts", [{ text: "   ", given: ["Ana"], family: "Lopez" }], false, "Ana Lopez"],
    ["no prefix asked for", [{ prefix: ["Dr."], given: ["Ana"], family: "Lopez" }], false, "Ana Lopez"],
    ["no prefix given", [{ given: ["Ana"], family: "Lopez" }], true, "Ana Lopez"],
    ["the prefix asked for", [{ prefix: ["Dr."], given: ["Ana"], family: "Lopez" }], true, "Dr. Ana Lopez"],
    ["empty parts are skipped", [{ given: ["Ana", "", "Maria"], family: "Lopez" }], false, "Ana Maria Lopez"],
    ["outer spaces are trimmed", [{ given: ["Ana"], family: "Lopez " }], false, "Ana Lopez"],
    ["a name of nothing", [{ use: "official" }], false, undefined],
  ])("%s", (_name, names, withPrefix, expected) => {
    expect(personName(names, withPrefix)).toBe(expected);
  });
});

describe("displayOf parts", () => {
  it("names a Location read, else the reference's display", () => {
    const index = indexResources([{ resourceType: "Location", id: "l1", name: "Riverbend Clinic" }]);
    expect(displayOf(index, { reference: "Location/l1", display: "old name" })).toBe("Riverbend Clinic");
    expect(displayOf(index, { reference: "Location/l2", display: "old name" })).toBe("old name");
  });
});

describe("payerIdOf parts", () => {
  const org = (identifier: Organization["identifier"]): Organization => ({ resourceType: "Organization", id: "o1", identifier });

  it.each<[string, Organization["identifier"], string | undefined]>([
    ["an identifier of another system is skipped", [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" }, { system: "urn:smart-coding-billing:payer-id", value: "SBX01" }], "SBX01"],
    ["an identifier typed NIIP", [{ type: { coding: [{ code: "NIIP" }] }, value: "SBX02" }], "SBX02"],
    ["a type with NIIP among other codings", [{ type: { coding: [{ code: "XX" }, { code: "PAYERID" }] }, value: "SBX03" }], "SBX03"],
    ["a type of text only", [{ type: { text: "payer" }, value: "X" }, { type: { coding: [{ system: "urn:x" }] }, value: "Y" }], undefined],
    ["the value trimmed", [{ system: "urn:smart-coding-billing:payer-id", value: "  SBX04 " }], "SBX04"],
    ["a payer-id identifier without value", [{ system: "urn:smart-coding-billing:payer-id" }], undefined],
  ])("%s", (_name, identifier, id) => {
    expect(payerIdOf(org(identifier))).toBe(id);
  });
});
