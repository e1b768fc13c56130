// Pins how a Claim's references are found in its Bundle: by fullUrl, by "Type/id", by an absolute
// URL or a versioned reference ending in "Type/id[/_history/v]", only when the type matches; an
// entry without a resource is skipped and a resource without an id is found only by fullUrl.
import type { Bundle, Organization, Patient, Practitioner } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";

const patient: Patient = { resourceType: "Patient", id: "p1", name: [{ family: "Doe" }] };
const practitioner: Practitioner = { resourceType: "Practitioner", id: "dr-9.a", name: [{ family: "Lee" }] };
const noId: Organization = { resourceType: "Organization", name: "Payer without id" };
const second: Patient = { resourceType: "Patient", id: "p2" };

const bundle: Bundle = {
  resourceType: "Bundle",
  type: "collection",
  entry: [
    { fullUrl: "urn:uuid:empty-entry" },
    { fullUrl: "urn:uuid:0001", resource: patient },
    { resource: practitioner },
    { fullUrl: "urn:uuid:0003", resource: noId },
    { resource: second },
  ],
};


describe("finding referenced resources in a Bundle", () => {
  it.each([
    ["urn:uuid:0001"],
    ["Patient/p1"],
    ["Patient/p1/_history/12"],
    ["http://ehr.example.org/fhir/Patient/p1"],
    ["https://ehr.example.org/fhir/Patient/p1/_history/3"],
  ])("resolves %s to the Patient", (reference) => {
    expect(indexBundle(bundle).resolve({ reference }, "Patient")).toBe(patient);
  });

  it.each([
    ["Practitioner/dr-9.a"],
    ["http://ehr.example.org/fhir/Practitioner/dr-9.a"],
    ["http://ehr.example.org/fhir/Practitioner/dr-9.a/_history/v2"],
  ])("resolves %s (id with - and .) to the Practitioner", (reference) => {
    expect(indexBundle(bundle).resolve({ reference }, "Practitioner")).toBe(practitioner);
  });

  it("finds a resource without an id only by its fullUrl", () => {
    expect(indexBundle(bundle).resolve({ reference: "urn:uuid:0003" }, "Organization")).toBe(noId);
    expect(indexBundle(bundle).resolve({ reference: "Organization/undefined" }, "Organization")).toBeUndefined();
  });

  it("refuses a reference to a resource of another type", () => {
    expect(indexBundle(bundle).resolve({ reference: "Patient/p1" }, "Practitioner")).toBeUndefined();
    expect(indexBundle(bundle).resolve({ reference: "urn:uuid:0001" }, "Organization")).toBeUndefined();
  });

  it.each([
    ["Patient/p9"],
    ["p1"],
    ["urn:uuid:empty-entry"],
    ["http://ehr.example.org/fhir/Patient/p1/_history/"],
    ["Patient/p1/_history/3/extra"],
    [""],
  ])("finds nothing for %j", (reference) => {
    expect(indexBundle(bundle).resolve({ reference }, "Patient")).toBeUndefined();
  });

  it("finds nothing without a reference", () => {
    expect(indexBundle(bundle).resolve(undefined, "Patient")).toBeUndefined();
    expect(indexBundle(bundle).resolve({ display: "Jane Doe" }, "Patient")).toBeUndefined();
  });

  it("gives the first resource of a type in entry order, skipping entries without a resource", () => {
    expect(indexBundle(bundle).first("Patient")).toBe(patient);
    expect(indexBundle(bundle).first("Practitioner")).toBe(practitioner);
    expect(indexBundle(bundle).first("Coverage")).toBeUndefined();
  });

  it("indexes a Bundle without entries", () => {
    const empty = indexBundle({ resourceType: "Bundle", type: "collection" });
    expect(empty.first("Patient")).toBeUndefined();
    expect(empty.resolve({ reference: "Patient/p1" }, "Patient")).toBeUndefined();
  });
});
