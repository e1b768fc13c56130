// Pins the reader's identifier lookups: the NPI, tax id and payer id are found by their system
// (or the payer id's type code) among other identifiers, trimmed, missing values reported rather
// than thrown on, an optional NPI absent without a finding, the tax id's 9-digit shape anchored
// at both ends, and the exact texts of the findings (the payer id's systems and type codes).
import type { Identifier, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readNpi, readOptionalNpi, readPayerId, readTaxId } from "../../../../src/billing/x12/read-identifiers.ts";
import { NPI, TAX_ID } from "../../../../src/coding/systems.ts";

const AT = "Organization.identifier";
const PAYER_ID_SYSTEM = "urn:smart-coding-billing:payer-id";
const V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function finding(code: string, text: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [AT],
  };
}

const noNpi = finding("x12-missing-data", `${AT} has no NPI (system ${NPI}).`);
const noTaxId = finding("x12-missing-data", `${AT} has no tax id (system ${TAX_ID}).`);
const badTaxId = finding("x12-invalid-data", `${AT}: the tax id must be 9 digits (EIN).`);
const noPayerId = finding(
  "x12-missing-data",
  `${AT} has no payer id (system urn:smart-coding-billing:payer-id, https://smart-coding-billing.example/payer-id or type NIIP/PAYERID).`,
);

describe("readNpi", () => {
  it("takes the identifier with the NPI system, not the first one, and trims it", () => {
    const ctx = context();
    const identifiers: Identifier[] = [{ system: TAX_ID, value: "12-3456789" }, { system: NPI, value: " 1234567893 " }];
    expect(readNpi(ctx, identifiers, AT)).toBe("1234567893");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports no identifiers, an NPI identifier without a value and a blank one as missing", () => {
    const ctx = context();
    expect(readNpi(ctx, undefined, AT)).toBeUndefined();
    expect(readNpi(ctx, [{ system: NPI }], AT)).toBeUndefined();
    expect(readNpi(ctx, [{ system: NPI, value: "  " }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([noNpi, noNpi, noNpi]);
  });
});

describe("readOptionalNpi", () => {
  it("returns nothing and reports nothing when no identifier has the NPI system", () => {
    const ctx = context();
    expect(readOptionalNpi(ctx, undefined, AT)).toBeUndefined();
    expect(readOptionalNpi(ctx, [], AT)).toBeUndefined();
    expect(readOptionalNpi(ctx, [{ system: TAX_ID, value: "123456789" }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads the NPI when one identifier among others has the NPI system, and still reports a wrong one", () => {
    const ctx = context();
    expect(readOptionalNpi(ctx, [{ system: TAX_ID, value: "123456789" }, { system: NPI, value: "1234567893" }], AT)).toBe("1234567893");
    expect(readOptionalNpi(ctx, [{ system: NPI, value: "1234567890" }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      {
        severity: "error",
        code: "value",
        details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "npi-invalid" }], text: `${AT}: 1234567890 is not a valid NPI (10 digits with the NPI Luhn check digit).` },
        expression: [AT],
      },
    ]);
  });
});

describe("readTaxId", () => {
  it("takes the identifier with the tax id system, trims it and drops the hyphen", () => {
    const ctx = context();
    expect(readTaxId(ctx, [{ system: NPI, value: "1234567893" }, { system: TAX_ID, value: " 12-3456789 " }], AT)).toBe("123456789");
    expect(readTaxId(ctx, [{ system: TAX_ID, value: "987654321" }], AT)).toBe("987654321");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports no identifiers and a tax id identifier without a value as missing", () => {
    const ctx = context();
    expect(readTaxId(ctx, undefined, AT)).toBeUndefined();
    expect(readTaxId(ctx, [{ system: TAX_ID }], AT)).toBeUndefined();
    expect(readTaxId(ctx, [{ system: NPI, value: "1234567893" }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([noTaxId, noTaxId, noTaxId]);
  });

  it("refuses a tax id that is not 9 digits, with text before or after the digits", () => {
    const ctx = context();
    expect(readTaxId(ctx, [{ system: TAX_ID, value: "12345" }], AT)).toBeUndefined();
    expect(readTaxId(ctx, [{ system: TAX_ID, value: "X12-3456789" }], AT)).toBeUndefined();
    expect(readTaxId(ctx, [{ system: TAX_ID, value: "12-3456789X" }], AT)).toBeUndefined();
    expect(readTaxId(ctx, [{ system: TAX_ID, value: "1234567890" }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([badTaxId, badTaxId, badTaxId, badTaxId]);
  });
});

describe("readPayerId", () => {
  it("takes the identifier with a payer id system", () => {
    const ctx = context();
    expect(readPayerId(ctx, [{ system: NPI, value: "1234567893" }, { system: PAYER_ID_SYSTEM, value: "87726" }], AT)).toBe("87726");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes an identifier whose type has a payer id code among other codings", () => {
    const ctx = context();
    const identifiers: Identifier[] = [
      { system: "urn:other", value: "X1" },
      { type: { coding: [{ system: "urn:local", code: "XX" }, { system: V2_0203, code: "NIIP" }] }, value: "60054" },
    ];
    expect(readPayerId(ctx, identifiers, AT)).toBe("60054");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports no identifiers, a type without codings or codes, and a payer id without a value as missing, naming the accepted systems and codes", () => {
    const ctx = context();
    expect(readPayerId(ctx, undefined, AT)).toBeUndefined();
    expect(readPayerId(ctx, [{ type: { text: "payer id" }, value: "87726" }, { type: { coding: [{ system: V2_0203 }] }, value: "1" }], AT)).toBeUndefined();
    expect(readPayerId(ctx, [{ system: PAYER_ID_SYSTEM }], AT)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([noPayerId, noPayerId, noPayerId]);
  });
});
