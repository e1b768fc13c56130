// Pins how Claim.item becomes 2400 service lines: sequence order (findings still name the item's
// own index), the CPT/HCPCS code found by system among other codings, trimmed and upper-cased,
// modifiers trimmed, the charge from net or unitPrice x factor x quantity (0 allowed, negative
// refused), and that a line failing in any single respect (code, modifiers, charge, pointers,
// date, quantity) is refused with its exact finding instead of being written half-read.
import type { Claim, ClaimItem, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readServiceLines, type LineContext } from "../../../../src/billing/x12/read-service-lines.ts";
import { CPT, HCPCS, HCPCS_OID } from "../../../../src/coding/systems.ts";

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function lineContext(): LineContext {
  return { claimPlaceOfService: "11", positionOf: new Map([[1, 1]]) };
}

/** A line that reads cleanly: 99213, $100, pointing at diagnosis 1, on 2026-11-20; `changes` replace fields. */
function item(changes: Partial<ClaimItem> = {}): ClaimItem {
  return {
    sequence: 1,
    productOrService: { coding: [{ system: CPT, code: "99213" }] },
    net: { value: 100, currency: "USD" },
    diagnosisSequence: [1],
    servicedDate: "2026-11-20",
    ...changes,
  };
}

function claimOf(items: ClaimItem[] | undefined): Claim {
  return { resourceType: "Claim", ...(items === undefined ? {} : { item: items }) } as Claim;
}

/** Reads a claim and returns the lines with the findings, so both are compared at once. */
function read(items: ClaimItem[] | undefined): { lines: unknown; issues: OperationOutcomeIssue[] } {
  const ctx = context();
  const lines = readServiceLines(ctx, claimOf(items), lineContext());
  return { lines, issues: ctx.issues };
}

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
  };
}

const refused = (issue: OperationOutcomeIssue) => ({ lines: undefined, issues: [issue] });

describe("readServiceLines: lines read", () => {
  it("writes lines in sequence order with the code, modifiers, charge, units and a line place of service", () => {
    const items: ClaimItem[] = [
      item({
        sequence: 3,
        productOrService: { coding: [{ system: "urn:local", code: "ZZZZZ" }, { system: HCPCS, code: " j1100 " }] },
        net: { value: 12.5, currency: "USD" },
        modifier: [{ coding: [{ code: " 25 " }] }, { coding: [{ code: "rt" }] }],
      }),
      item({ sequence: 1, net: undefined, unitPrice: { value: 10, currency: "USD" }, factor: 2, quantity: { value: 3 } }),
      item({
        sequence: 2,
        productOrService: { coding: [{ system: HCPCS_OID, code: "G0439" }] },
        net: { value: 0, currency: "USD" },
        locationCodeableConcept: { coding: [{ code: "22" }] },
      }),
      item({ sequence: 4, net: undefined, unitPrice: { value: 7.5, currency: "USD" }, quantity: { value: 2 }, servicedDate: undefined, servicedPeriod: { start: "2026-11-20", end: "2026-11-21" } }),
    ];
    expect(read(items)).toStrictEqual({
      lines: [
        { code: "99213", modifiers: [], chargeCents: 6000, units: 3, pointers: [1], serviceDate: "20261120", placeOfService: undefined },
        { code: "G0439", modifiers: [], chargeCents: 0, units: 1, pointers: [1], serviceDate: "20261120", placeOfService: "22" },
        { code: "J1100", modifiers: ["25", "RT"], chargeCents: 1250, units: 1, pointers: [1], serviceDate: "20261120", placeOfService: undefined },
        { code: "99213", modifiers: [], chargeCents: 1500, units: 2, pointers: [1], serviceDate: ["20261120", "20261121"], placeOfService: undefined },
      ],
      issues: [],
    });
  });

  it("keeps items already in sequence order in that order", () => {
    const items = [item({ sequence: 1 }), item({ sequence: 2, net: { value: 50, currency: "USD" } })];
    expect(read(items)).toStrictEqual({
      lines: [
        { code: "99213", modifiers: [], chargeCents: 10000, units: 1, pointers: [1], serviceDate: "20261120", placeOfService: undefined },
        { code: "99213", modifiers: [], chargeCents: 5000, units: 1, pointers: [1], serviceDate: "20261120", placeOfService: undefined },
      ],
      issues: [],
    });
  });

  it("names a refused item by its own index when the items are out of sequence order", () => {
    const items = [item({ sequence: 2, net: { value: -5, currency: "USD" } }), item({ sequence: 1 })];
    expect(read(items)).toStrictEqual(refused(finding("x12-invalid-data", "Claim.item[0].net must not be negative.", "Claim.item[0].net")));
  });
});

describe("readServiceLines: a line failing in one respect is refused", () => {
  it("refuses a claim without items", () => {
    const empty = finding("x12-missing-data", "Claim.item is empty; the 837P needs at least one service line.", "Claim.item");
    expect(read(undefined)).toStrictEqual(refused(empty));
    expect(read([])).toStrictEqual(refused(empty));
  });

  it("refuses a line without a CPT or HCPCS code", () => {
    const missing = finding("x12-missing-data", "Claim.item[0].productOrService has no CPT or HCPCS code.", "Claim.item[0].productOrService");
    expect(read([item({ productOrService: { text: "office visit" } })])).toStrictEqual(refused(missing));
    expect(read([item({ productOrService: { coding: [{ system: CPT }] } })])).toStrictEqual(refused(missing));
    expect(read([item({ productOrService: { coding: [{ system: "urn:local", code: "99213" }] } })])).toStrictEqual(refused(missing));
  });

  it("refuses a code that is not five letters or digits, with the code quoted", () => {
    expect(read([item({ productOrService: { coding: [{ system: CPT, code: "199213" }] } })])).toStrictEqual(
      refused(finding("x12-invalid-data", 'Claim.item[0].productOrService: "199213" is not a CPT or HCPCS code.', "Claim.item[0].productOrService")),
    );
  });

  it("refuses more than four modifiers", () => {
    const modifier = ["25", "59", "RT", "LT", "76"].map((code) => ({ coding: [{ code }] }));
    expect(read([item({ modifier })])).toStrictEqual(
      refused(finding("x12-invalid-data", "Claim.item[0] has 5 modifiers; a line carries at most 4.", "Claim.item[0].modifier")),
    );
  });

  it("refuses a modifier that is not two letters or digits, or that has no code", () => {
    const bad = refused(finding("x12-invalid-data", "Claim.item[0].modifier holds a code that is not a two-character modifier.", "Claim.item[0].modifier"));
    expect(read([item({ modifier: [{ coding: [{ code: "259" }] }] })])).toStrictEqual(bad);
    expect(read([item({ modifier: [{ text: "bilateral" }] })])).toStrictEqual(bad);
    expect(read([item({ modifier: [{ coding: [] }] })])).toStrictEqual(bad);
    expect(read([item({ modifier: [{ coding: [{ system: "urn:local" }] }] })])).toStrictEqual(bad);
  });

  it("refuses a line without a charge, and a negative charge", () => {
    expect(read([item({ net: undefined })])).toStrictEqual(
      refused(finding("x12-missing-data", "Claim.item[0].net (the line charge) is missing.", "Claim.item[0].net")),
    );
    expect(read([item({ net: { value: -0.01, currency: "USD" } })])).toStrictEqual(
      refused(finding("x12-invalid-data", "Claim.item[0].net must not be negative.", "Claim.item[0].net")),
    );
  });

  it("refuses a line without diagnosis pointers", () => {
    expect(read([item({ diagnosisSequence: [] })])).toStrictEqual(
      refused(finding("x12-missing-data", "Claim.item[0].diagnosisSequence is empty; every line points at 1 to 4 diagnoses.", "Claim.item[0].diagnosisSequence")),
    );
  });

  it("refuses a line without a service date", () => {
    expect(read([item({ servicedDate: undefined })])).toStrictEqual(
      refused(finding("x12-missing-data", "Claim.item[0].servicedDate is missing (and Claim.billablePeriod has no start).", "Claim.item[0].servicedDate")),
    );
  });

  it("refuses a quantity of 0 or less even when the charge is given", () => {
    const units = refused(finding("x12-invalid-data", "Claim.item[0].quantity must be more than 0.", "Claim.item[0].quantity"));
    expect(read([item({ quantity: { value: 0 } })])).toStrictEqual(units);
    expect(read([item({ quantity: { value: -1 } })])).toStrictEqual(units);
  });
});
