// Pins the reader's text helpers: blank text reported as empty (required) or left out without a
// finding (optional), text that cleans to nothing reported as such, the exact cleaning notice,
// blank identifiers reported as missing rather than invalid, the identifier length limit at its
// boundary, and readAbout marking only the findings its own read added.
import type { OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import { readAbout, readIdentifier, readOptionalText, readText, report, type ReadContext } from "../../../../src/billing/x12/read-context.ts";

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function finding(code: string, text: string, expression: string, diagnostics?: string): OperationOutcomeIssue {
  const type = code === "x12-missing-data" ? "required" : code === "x12-text-cleaned" ? "informational" : "value";
  return {
    severity: code === "x12-text-cleaned" ? "information" : "error",
    code: type,
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
    ...(diagnostics === undefined ? {} : { diagnostics }),
  };
}

describe("readText", () => {
  it("reports blank text as empty, not as text that cleans to nothing", () => {
    const ctx = context();
    expect(readText(ctx, "   ", 60, "Patient.name.family")).toBeUndefined();
    expect(readText(ctx, "", 60, "Patient.name.family")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Patient.name.family is empty; the 837P needs it.", "Patient.name.family"),
      finding("x12-missing-data", "Patient.name.family is empty; the 837P needs it.", "Patient.name.family"),
    ]);
  });

  it("reports text made only of delimiters as holding nothing X12 can carry", () => {
    const ctx = context();
    expect(readText(ctx, "*~:^", 60, "Patient.address.city")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Patient.address.city holds no character X12 can carry.", "Patient.address.city"),
    ]);
  });

  it("returns cleaned text with an information finding quoting the result", () => {
    const ctx = context();
    expect(readText(ctx, "Renée*O'Brien-Smith", 10, "Patient.name.family")).toBe("RENEE O'BR");
    expect(ctx.issues).toStrictEqual([
      finding(
        "x12-text-cleaned",
        'Patient.name.family was cleaned for X12 (delimiters, accents or characters X12 cannot carry replaced, at most 10 characters): "RENEE O\'BR".',
        "Patient.name.family",
      ),
    ]);
  });

  it("upper-cases and trims without a finding", () => {
    const ctx = context();
    expect(readText(ctx, "  smith  ", 60, "Patient.name.family")).toBe("SMITH");
    expect(ctx.issues).toStrictEqual([]);
  });
});

describe("readOptionalText", () => {
  it("leaves blank or absent text out without a finding", () => {
    const ctx = context();
    expect(readOptionalText(ctx, "   ", 35, "Patient.name.given")).toBeUndefined();
    expect(readOptionalText(ctx, "", 35, "Patient.name.given")).toBeUndefined();
    expect(readOptionalText(ctx, undefined, 35, "Patient.name.given")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reads present text like readText", () => {
    const ctx = context();
    expect(readOptionalText(ctx, "ann", 35, "Patient.name.given")).toBe("ANN");
    expect(readOptionalText(ctx, "~", 35, "Patient.name.given")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Patient.name.given holds no character X12 can carry.", "Patient.name.given"),
    ]);
  });
});

describe("readIdentifier", () => {
  it("reports a blank identifier as missing, not as holding a bad character", () => {
    const ctx = context();
    expect(readIdentifier(ctx, "  ", 80, "Coverage.subscriberId")).toBeUndefined();
    expect(readIdentifier(ctx, undefined, 80, "Coverage.subscriberId")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Coverage.subscriberId is missing; the 837P needs it.", "Coverage.subscriberId"),
      finding("x12-missing-data", "Coverage.subscriberId is missing; the 837P needs it.", "Coverage.subscriberId"),
    ]);
  });

  it("accepts an identifier of exactly the maximum length and refuses one character more", () => {
    const ctx = context();
    expect(readIdentifier(ctx, " ABC12 ", 5, "Coverage.subscriberId")).toBe("ABC12");
    expect(readIdentifier(ctx, "ABC123", 5, "Coverage.subscriberId")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", "Coverage.subscriberId is longer than the 5 characters X12 allows.", "Coverage.subscriberId"),
    ]);
  });

  it("refuses an identifier holding a delimiter", () => {
    const ctx = context();
    expect(readIdentifier(ctx, "AB*12", 80, "Coverage.subscriberId")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding(
        "x12-invalid-data",
        "Coverage.subscriberId holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.",
        "Coverage.subscriberId",
      ),
    ]);
  });
});

describe("readAbout", () => {
  it("marks only the findings added by its own read, and keeps a diagnostics already set", () => {
    const ctx = context();
    report(ctx, "x12-missing-data", "Claim.patient is missing.", "Claim.patient");
    const result = readAbout(ctx, "payer", { resourceType: "Organization", id: "org-1" }, () => {
      report(ctx, "x12-missing-data", "Organization.name is empty; the 837P needs it.", "Organization.name");
      ctx.issues.push({ ...finding("x12-invalid-data", "Organization.identifier is wrong.", "Organization.identifier"), diagnostics: "set before" });
      return 7;
    });
    expect(result).toBe(7);
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", "Claim.patient is missing.", "Claim.patient"),
      finding("x12-missing-data", "Organization.name is empty; the 837P needs it.", "Organization.name", "payer Organization/org-1"),
      finding("x12-invalid-data", "Organization.identifier is wrong.", "Organization.identifier", "set before"),
    ]);
  });

  it("names only the role for a resource without an id", () => {
    const ctx = context();
    readAbout(ctx, "billing provider", { resourceType: "Organization" }, () => report(ctx, "x12-missing-data", "No name.", "Organization.name"));
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", "No name.", "Organization.name", "billing provider")]);
  });
});
