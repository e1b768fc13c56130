// Pins the 2000B/2000C loops for a subscriber without an address and a patient who is not the
// subscriber, named by a last name only or (as the model allows) by an organization name.
import { describe, expect, it } from "vitest";
import type { Claim837, X12Patient } from "../../../../src/billing/x12/claim-837-model.ts";
import { segment } from "../../../../src/billing/x12/segment.ts";
import { writeSubscriberLoops } from "../../../../src/billing/x12/write-party-loops.ts";

const address = { line1: "12 Elm St", city: "Springfield", state: "IL", postalCode: "62701" };

const patient: X12Patient = { name: { kind: "person", last: "Doe" }, address, birthDate: "20150302", sex: "M", relationship: "19" };

function withPatient(p: X12Patient): Claim837 {
  return {
    billingProvider: { name: { kind: "organization", name: "Elm Clinic" }, npi: "1234567893", address, taxId: "123456789" },
    subscriber: { name: { kind: "person", last: "Doe", first: "Jane" }, memberId: "M1", responsibility: "P", filingIndicator: "CI", role: { kind: "other", patient: p } },
    payer: { name: "Acme Health", payerId: "ACME1" },
    claim: { id: "C1", totalCents: 100, placeOfService: "11", frequency: "1", diagnoses: ["E119"] },
    lines: [],
  };
}

const head = [
  segment("HL", "2", "1", "22", "1"),
  segment("SBR", "P", "", "", "", "", "", "", "", "CI"),
  segment("NM1", "IL", "1", "Doe", "Jane", "", "", "", "MI", "M1"),
  segment("NM1", "PR", "2", "Acme Health", "", "", "", "", "PI", "ACME1"),
  segment("HL", "3", "2", "23", "0"),
  segment("PAT", "19"),
];

const tail = [segment("N3", "12 Elm St", ""), segment("N4", "Springfield", "IL", "62701"), segment("DMG", "D8", "20150302", "M")];

describe("2000B and 2000C loops", () => {
  it("writes a subscriber without an address and a patient with only a last name", () => {
    expect(writeSubscriberLoops(withPatient(patient))).toStrictEqual([...head, segment("NM1", "QC", "1", "Doe", "", "", "", ""), ...tail]);
  });

  it("writes a patient named as an organization with NM102 2", () => {
    expect(writeSubscriberLoops(withPatient({ ...patient, name: { kind: "organization", name: "Doe Trust" } }))).toStrictEqual([
      ...head,
      segment("NM1", "QC", "2", "Doe Trust"),
      ...tail,
    ]);
  });
});
