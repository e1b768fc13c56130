// Pins a service line's SV107 pointers and DTP*472 date: 1 to 4 pointers mapped to HI positions
// (none written when the diagnoses could not be read), the date from servicedDate, else
// servicedPeriod (its end never taken from the claim), else Claim.billablePeriod, one date when
// start and end agree, and the exact findings for absent, too many, unknown and malformed values.
import type { Claim, ClaimItem, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readPointers, readServiceDate } from "../../../../src/billing/x12/read-line-details.ts";
import { professionalClaim } from "./reader-claim.ts";

const AT = "Claim.item[0]";

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function claimWith(billablePeriod?: Claim["billablePeriod"]): Claim {
  return professionalClaim(billablePeriod ? { billablePeriod } : {});
}

function item(parts: Partial<ClaimItem>): ClaimItem {
  return { sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "99213" }] }, ...parts };
}

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
  };
}

describe("readPointers", () => {
  const positions = () => new Map([[1, 1], [2, 2], [5, 3], [7, 4], [9, 5]]);

  it("maps diagnosis sequences to HI positions, in the line's order", () => {
    const ctx = context();
    expect(readPointers(ctx, item({ diagnosisSequence: [7, 1, 5, 2] }), AT, positions())).toStrictEqual([4, 1, 3, 2]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a line without pointers", () => {
    const ctx = context();
    expect(readPointers(ctx, item({}), AT, positions())).toBeUndefined();
    expect(readPointers(ctx, item({ diagnosisSequence: [] }), AT, undefined)).toBeUndefined();
    const empty = finding("x12-missing-data", "Claim.item[0].diagnosisSequence is empty; every line points at 1 to 4 diagnoses.", "Claim.item[0].diagnosisSequence");
    expect(ctx.issues).toStrictEqual([empty, empty]);
  });

  it("refuses more than 4 pointers", () => {
    const ctx = context();
    expect(readPointers(ctx, item({ diagnosisSequence: [1, 2, 5, 7, 9] }), AT, positions())).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", "Claim.item[0].diagnosisSequence has 5 pointers; a line carries at most 4.", "Claim.item[0].diagnosisSequence"),
    ]);
  });

  it("writes nothing and reports nothing more when the diagnoses could not be read", () => {
    const ctx = context();
    expect(readPointers(ctx, item({ diagnosisSequence: [1] }), AT, undefined)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("refuses a pointer at a sequence Claim.diagnosis does not have", () => {
    const ctx = context();
    expect(readPointers(ctx, item({ diagnosisSequence: [1, 3] }), AT, positions())).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", "Claim.item[0].diagnosisSequence points at a diagnosis sequence that Claim.diagnosis does not have.", "Claim.item[0].diagnosisSequence"),
    ]);
  });
});

describe("readServiceDate", () => {
  it("takes servicedDate before any period", () => {
    const ctx = context();
    const claim = claimWith({ start: "2026-11-01", end: "2026-11-03" });
    expect(readServiceDate(ctx, claim, item({ servicedDate: "2026-11-20", servicedPeriod: { start: "2026-11-18", end: "2026-11-19" } }), AT)).toBe("20261120");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes servicedPeriod, as one date when start and end agree, and never the claim's end", () => {
    const ctx = context();
    const claim = claimWith({ start: "2026-11-01", end: "2026-11-03" });
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { start: "2026-11-18", end: "2026-11-19" } }), AT)).toStrictEqual(["20261118", "20261119"]);
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { start: "2026-11-18T09:00:00-05:00", end: "2026-11-18T10:00:00-05:00" } }), AT)).toBe("20261118");
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { start: "2026-11-18" } }), AT)).toBe("20261118");
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { end: "2026-11-19" } }), AT)).toStrictEqual(["20261101", "20261119"]);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("falls back to Claim.billablePeriod", () => {
    const ctx = context();
    expect(readServiceDate(ctx, claimWith({ start: "2026-11-01", end: "2026-11-03" }), item({}), AT)).toStrictEqual(["20261101", "20261103"]);
    expect(readServiceDate(ctx, claimWith({ start: "2026-11-01" }), item({}), AT)).toBe("20261101");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a line without any date", () => {
    const ctx = context();
    expect(readServiceDate(ctx, claimWith(), item({}), AT)).toBeUndefined();
    expect(readServiceDate(ctx, claimWith({ end: "2026-11-03" }), item({}), AT)).toBeUndefined();
    const none = finding("x12-missing-data", "Claim.item[0].servicedDate is missing (and Claim.billablePeriod has no start).", "Claim.item[0].servicedDate");
    expect(ctx.issues).toStrictEqual([none, none]);
  });

  it("refuses a malformed start or end", () => {
    const ctx = context();
    const claim = claimWith();
    expect(readServiceDate(ctx, claim, item({ servicedDate: "2026-02-30" }), AT)).toBeUndefined();
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { start: "2026-11-18", end: "2026-11-31" } }), AT)).toBeUndefined();
    expect(readServiceDate(ctx, claim, item({ servicedPeriod: { start: "11/18/2026", end: "2026-11-19" } }), AT)).toBeUndefined();
    const invalid = finding("x12-invalid-data", "Claim.item[0].servicedDate is not a valid date.", "Claim.item[0].servicedDate");
    expect(ctx.issues).toStrictEqual([invalid, invalid, invalid]);
  });
});
