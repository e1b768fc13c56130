// Pins when REF*X4 is needed and where its number comes from: a line with modifier QW in any
// coding (trimmed, any case) needs it; modifiers without codings or codes do not; the configured
// number wins over the billing provider's CLIA identifier; and the exact findings naming the
// first QW line (1-based, with its procedure code or none) when the number is missing or malformed.
import type { Bundle, Claim, ClaimItem, CodeableConcept, OperationOutcomeIssue, Organization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import { CLIA_SYSTEM, readClia } from "../../../../src/billing/x12/read-clia.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { professionalClaim } from "./reader-claim.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const MODIFIER = "http://www.ama-assn.org/go/cpt";

function context(organizations: Organization[] = []): ReadContext {
  const bundle: Bundle = { resourceType: "Bundle", type: "collection", entry: organizations.map((resource) => ({ resource })) };
  return { index: indexBundle(bundle), issues: [] };
}

function claimWith(item: ClaimItem[] | undefined): Claim {
  return professionalClaim(item === undefined ? {} : { item });
}

function line(sequence: number, code: string, ...modifier: CodeableConcept[]): ClaimItem {
  return { sequence, productOrService: { coding: [{ system: CPT, code }] }, ...(modifier.length ? { modifier } : {}) };
}
const mod = (code: string): CodeableConcept => ({ coding: [{ system: MODIFIER, code }] });

const provider = (identifier?: Organization["identifier"]): Organization => ({
  resourceType: "Organization",
  id: "prov-1",
  name: "Clinic",
  ...(identifier ? { identifier } : {}),
});

function finding(code: "x12-missing-data" | "x12-invalid-data", text: string, expression: string): OperationOutcomeIssue {
  return {
    severity: "error",
    code: code === "x12-missing-data" ? "required" : "value",
    details: { coding: [{ system: CLAIM_RULE_SYSTEM, code }], text },
    expression: [expression],
  };
}

const missingText = (where: string) =>
  `${where} is a CLIA-waived test: the 837P needs the lab's CLIA certificate number (REF*X4). Add "cliaNumber" to billing-config.json, or an identifier with system ${CLIA_SYSTEM} to the billing provider Organization.`;

describe("readClia", () => {
  it("needs no number when no line has QW, whatever the other modifiers hold", () => {
    const ctx = context();
    const claim = claimWith([
      line(1, "99213"),
      line(2, "87880", mod("26"), { coding: [] }, { text: "QW" }, { coding: [{ system: MODIFIER }] }),
    ]);
    expect(readClia(ctx, claim, undefined)).toBeUndefined();
    expect(readClia(ctx, claimWith(undefined), undefined)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes the configured number, trimmed and upper-cased, before the provider's identifier", () => {
    const ctx = context([provider([{ system: CLIA_SYSTEM, value: "05D0000001" }])]);
    expect(readClia(ctx, claimWith([line(1, "87880", mod("QW"))]), " 22d0999999 ")).toBe("22D0999999");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes the billing provider's identifier of the CLIA system", () => {
    const ctx = context([provider([{ system: "http://example.org/tax", value: "123" }, { system: CLIA_SYSTEM, value: "05d0000001" }])]);
    expect(readClia(ctx, claimWith([line(1, "87880", mod("QW"))]), undefined)).toBe("05D0000001");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("finds QW in a modifier's second coding, in any case and with spaces", () => {
    const ctx = context();
    const qw: CodeableConcept = { coding: [{ system: "http://example.org/local", code: "X1" }, { system: MODIFIER, code: " qw " }] };
    const claim = claimWith([line(1, "99213", { coding: [] }), line(2, "87880", mod("26"), qw)]);
    expect(readClia(ctx, claim, undefined)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([finding("x12-missing-data", missingText("Line 2 (87880-QW)"), "Claim.item[1].modifier")]);
  });

  it("reports the missing number when the provider has no identifier or cannot be found", () => {
    const withoutIdentifier = context([provider()]);
    expect(readClia(withoutIdentifier, claimWith([line(1, "87880", mod("QW"))]), undefined)).toBeUndefined();
    expect(withoutIdentifier.issues).toStrictEqual([finding("x12-missing-data", missingText("Line 1 (87880-QW)"), "Claim.item[0].modifier")]);
    const withoutProvider = context();
    expect(readClia(withoutProvider, claimWith([line(1, "87880", mod("QW"))]), undefined)).toBeUndefined();
    expect(withoutProvider.issues).toStrictEqual([finding("x12-missing-data", missingText("Line 1 (87880-QW)"), "Claim.item[0].modifier")]);
  });

  it("names the line without a code when its procedure has no coding", () => {
    const ctx = context();
    const noCoding: ClaimItem = { sequence: 1, productOrService: { text: "rapid strep test" }, modifier: [mod("QW")] };
    const emptyCoding: ClaimItem = { sequence: 1, productOrService: { coding: [] }, modifier: [mod("QW")] };
    expect(readClia(ctx, claimWith([noCoding]), undefined)).toBeUndefined();
    expect(readClia(ctx, claimWith([emptyCoding]), undefined)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-missing-data", missingText("Line 1 (-QW)"), "Claim.item[0].modifier"),
      finding("x12-missing-data", missingText("Line 1 (-QW)"), "Claim.item[0].modifier"),
    ]);
  });

  it("refuses a number that is not 2 digits, D and 7 digits", () => {
    const ctx = context();
    expect(readClia(ctx, claimWith([line(1, "99213"), line(2, "87880", mod("QW"))]), "22x099")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      finding("x12-invalid-data", 'The CLIA number "22X099" is not 2 digits, D and 7 digits (e.g. 22D0999999): correct it.', "Claim.item[1].modifier"),
    ]);
  });
});
