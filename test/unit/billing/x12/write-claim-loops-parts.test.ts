// Pins the 2310C service facility written without an NPI (NM1*77*2 with the name only) and the
// 2400 service lines written with no 2430 loops when no adjudication writer is given.
import { describe, expect, it } from "vitest";
import type { Claim837, X12ServiceLine } from "../../../../src/billing/x12/claim-837-model.ts";
import { segment } from "../../../../src/billing/x12/segment.ts";
import { writeClaimLoops, writeServiceLineLoops } from "../../../../src/billing/x12/write-claim-loops.ts";

const address = { line1: "12 Elm St", city: "Springfield", state: "IL", postalCode: "627011234" };

const data: Claim837 = {
  billingProvider: { name: { kind: "organization", name: "Elm Clinic" }, npi: "1234567893", address, taxId: "123456789" },
  subscriber: { name: { kind: "person", last: "Doe", first: "Jane" }, memberId: "M1", responsibility: "P", filingIndicator: "CI", role: { kind: "patient", birthDate: "19800101", sex: "F" } },
  payer: { name: "Acme Health", payerId: "ACME1" },
  claim: { id: "C1", totalCents: 12550, placeOfService: "11", frequency: "1", diagnoses: ["E119", "I10"] },
  serviceFacility: { name: "Elm Annex", address },
  lines: [],
};

const line: X12ServiceLine = { code: "99213", modifiers: ["25"], chargeCents: 12550, units: 1, pointers: [1, 2], serviceDate: "20261120" };

describe("2300 claim loops", () => {
  it("writes a service facility without an NPI as NM1*77*2 with its name only", () => {
    expect(writeClaimLoops(data)).toStrictEqual([
      segment("CLM", "C1", "125.5", "", "", ["11", "B", "1"], "Y", "A", "Y", "Y"),
      segment("HI", ["ABK", "E119"], ["ABF", "I10"]),
      segment("NM1", "77", "2", "Elm Annex"),
      segment("N3", "12 Elm St", ""),
      segment("N4", "Springfield", "IL", "627011234"),
    ]);
  });
});

describe("2400 service lines", () => {
  it("writes no 2430 loops when no adjudication writer is given", () => {
    expect(writeServiceLineLoops([line, { ...line, code: "36415", modifiers: [], chargeCents: 1500, pointers: [1], serviceDate: ["20261120", "20261121"] }])).toStrictEqual([
      segment("LX", "1"),
      segment("SV1", ["HC", "99213", "25"], "125.5", "UN", "1", "", "", ["1", "2"]),
      segment("DTP", "472", "D8", "20261120"),
      segment("LX", "2"),
      segment("SV1", ["HC", "36415"], "15", "UN", "1", "", "", ["1"]),
      segment("DTP", "472", "RD8", "20261120-20261121"),
    ]);
  });
});
