// Pins the CLM-level readers of the 837P: the place-of-service code of a line (the CMS coding
// first, else the first coding; trimmed; exactly two digits), CLM01 from Claim.identifier or
// Claim.id with the finding for a long one, CLM05-1 from the first line, the frequency and REF*F8
// of a corrected claim, and REF*G1 from the focal insurance; each with its exact findings.
import type { Bundle, Claim, CodeableConcept, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { PLACE_OF_SERVICE } from "../../../../src/coding/systems.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import { x12Finding } from "../../../../src/billing/x12/findings.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import {
  placeOfServiceCode,
  readClaimId,
  readClaimPlaceOfService,
  readFrequency,
  readPriorAuthorization,
} from "../../../../src/billing/x12/read-claim-info.ts";

const EMPTY_BUNDLE: Bundle = { resourceType: "Bundle", type: "collection" };

function context(): ReadContext {
  return { index: indexBundle(EMPTY_BUNDLE), issues: [] };
}

/** A Claim with the given parts; Claim.insurance may be left out (a Bundle can hold such a Claim). */
function claimWith(parts: Partial<Claim>): Claim {
  return {
    resourceType: "Claim",
    status: "active",
    type: { coding: [{ code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/p1" },
    created: "2026-11-24",
    provider: { reference: "Organization/o1" },
    priority: { coding: [{ code: "normal" }] },
    ...parts,
  } as Claim;
}

/** Reads with a fresh context; returns what the reader returned and the findings it added. */
function run<T>(read: (ctx: ReadContext) => T): { value: T; issues: OperationOutcomeIssue[] } {
  const ctx = context();
  const value = read(ctx);
  return { value, issues: ctx.issues };
}

describe("placeOfServiceCode", () => {
  it("prefers the CMS place-of-service coding over a first coding of another system", () => {
    const location: CodeableConcept = { coding: [{ system: "urn:local:rooms", code: "99" }, { system: PLACE_OF_SERVICE, code: "11" }] };
    expect(placeOfServiceCode(location)).toBe("11");
  });

  it("falls back to the first coding when none is of the CMS system", () => {
    const location: CodeableConcept = { coding: [{ system: "urn:local:rooms", code: "22" }, { system: "urn:other", code: "23" }] };
    expect(placeOfServiceCode(location)).toBe("22");
  });

  it("trims the code", () => {
    expect(placeOfServiceCode({ coding: [{ system: PLACE_OF_SERVICE, code: " 11 " }] })).toBe("11");
  });

  it("gives nothing for no location, a location without codings, a coding without code, or an empty code", () => {
    expect(placeOfServiceCode(undefined)).toBeUndefined();
    expect(placeOfServiceCode({ text: "Office" })).toBeUndefined();
    expect(placeOfServiceCode({ coding: [] })).toBeUndefined();
    expect(placeOfServiceCode({ coding: [{ system: PLACE_OF_SERVICE }] })).toBeUndefined();
    expect(placeOfServiceCode({ coding: [{ system: PLACE_OF_SERVICE, code: "  " }] })).toBeUndefined();
  });

  it("refuses a code that is not exactly two digits", () => {
    for (const code of ["1", "111", "x11", "11x", "1a", "ab"]) {
      expect([code, placeOfServiceCode({ coding: [{ system: PLACE_OF_SERVICE, code }] })]).toStrictEqual([code, undefined]);
    }
  });
});

describe("readClaimId (CLM01)", () => {
  it("takes the first identifier when it fits, without a finding", () => {
    const claim = claimWith({ id: "claim-1", identifier: [{ value: "ENC1001R1" }, { value: "OTHER" }] });
    expect(run((ctx) => readClaimId(ctx, claim))).toStrictEqual({ value: "ENC1001R1", issues: [] });
  });

  it("takes the Claim id when there is no identifier, or the identifier list is empty, or the first has no value", () => {
    for (const identifier of [undefined, [], [{ system: "urn:x" }]]) {
      const claim = claimWith({ id: "claim-1", ...(identifier ? { identifier } : {}) });
      expect(run((ctx) => readClaimId(ctx, claim))).toStrictEqual({ value: "claim-1", issues: [] });
    }
  });

  it("writes a long identifier in its stable short form and says so, naming Claim.identifier", () => {
    const claim = claimWith({ id: "claim-1", identifier: [{ value: "ENC-2026-11-20-0001-R1" }] });
    expect(run((ctx) => readClaimId(ctx, claim))).toStrictEqual({
      value: "C1GZSDFLTK4ZP4",
      issues: [
        x12Finding(
          "x12-text-cleaned",
          'Claim.identifier "ENC-2026-11-20-0001-R1" does not fit CLM01 (20 characters); the claim goes out as C1GZSDFLTK4ZP4, the stable short form payers will echo back.',
          "Claim.identifier",
        ),
      ],
    });
  });

  it("writes a long Claim id in its stable short form and says so, naming Claim.id", () => {
    const claim = claimWith({ id: "claim-2026-11-20-riverside" });
    expect(run((ctx) => readClaimId(ctx, claim))).toStrictEqual({
      value: "C1ZQ7TXGRYFWUY",
      issues: [
        x12Finding(
          "x12-text-cleaned",
          'Claim.id "claim-2026-11-20-riverside" does not fit CLM01 (20 characters); the claim goes out as C1ZQ7TXGRYFWUY, the stable short form payers will echo back.',
          "Claim.id",
        ),
      ],
    });
  });

  it("refuses a claim with neither identifier nor id, naming Claim.id", () => {
    expect(run((ctx) => readClaimId(ctx, claimWith({})))).toStrictEqual({
      value: undefined,
      issues: [x12Finding("x12-missing-data", "Claim.id is missing; the 837P needs it.", "Claim.id")],
    });
  });

  it("refuses an identifier with a delimiter, naming Claim.identifier", () => {
    const claim = claimWith({ id: "claim-1", identifier: [{ value: "ENC*1" }] });
    expect(run((ctx) => readClaimId(ctx, claim))).toStrictEqual({
      value: undefined,
      issues: [
        x12Finding(
          "x12-invalid-data",
          "Claim.identifier holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.",
          "Claim.identifier",
        ),
      ],
    });
  });
});

describe("readClaimPlaceOfService (CLM05-1)", () => {
  const MISSING = x12Finding(
    "x12-missing-data",
    "Claim.item[0].locationCodeableConcept needs a two-digit CMS place-of-service code.",
    "Claim.item[0].locationCodeableConcept",
  );

  it("takes the first line's place of service", () => {
    const claim = claimWith({
      item: [
        { sequence: 1, productOrService: { text: "a" }, locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: "02" }] } },
        { sequence: 2, productOrService: { text: "b" }, locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: "11" }] } },
      ],
    });
    expect(run((ctx) => readClaimPlaceOfService(ctx, claim))).toStrictEqual({ value: "02", issues: [] });
  });

  it("refuses a claim without lines, with an empty line list, or whose first line has no usable code", () => {
    const claims = [
      claimWith({}),
      claimWith({ item: [] }),
      claimWith({ item: [{ sequence: 1, productOrService: { text: "a" } }] }),
      claimWith({ item: [{ sequence: 1, productOrService: { text: "a" }, locationCodeableConcept: { coding: [{ system: PLACE_OF_SERVICE, code: "Office" }] } }] }),
    ];
    for (const claim of claims) {
      expect(run((ctx) => readClaimPlaceOfService(ctx, claim))).toStrictEqual({ value: undefined, issues: [MISSING] });
    }
  });
});

describe("readFrequency (CLM05-3, REF*F8)", () => {
  const NOT_KNOWN_YET =
    "This is a corrected claim (frequency 7), and REF*F8 needs the payer's claim control number of the claim it replaces, which is not known yet: it is on the payer's remittance (835 CLP07) or the clearinghouse's claim acknowledgment (277CA REF*1K), and shows in the claim status once the payer has answered.";

  it("is an original claim (1) without related claims, or when none is replaced", () => {
    const claims = [
      claimWith({}),
      claimWith({ related: [] }),
      claimWith({ related: [{ claim: { reference: "Claim/c0" } }] }),
      claimWith({ related: [{ relationship: { text: "see also" } }] }),
      claimWith({ related: [{ relationship: { coding: [] }, reference: { value: "PAYER-1" } }] }),
      claimWith({ related: [{ relationship: { coding: [{ system: "urn:x" }] }, reference: { value: "PAYER-1" } }] }),
      claimWith({ related: [{ relationship: { coding: [{ code: "associated" }] }, reference: { value: "PAYER-1" } }] }),
    ];
    for (const claim of claims) {
      expect(run((ctx) => readFrequency(ctx, claim))).toStrictEqual({ value: { frequency: "1" }, issues: [] });
    }
  });

  it("is a replacement (7) with the payer's number when any coding of a related claim says replaces or prior", () => {
    for (const code of ["replaces", "prior"]) {
      const claim = claimWith({
        related: [
          { relationship: { coding: [{ code: "associated" }] }, reference: { value: "NOT-THIS" } },
          { relationship: { coding: [{ system: "urn:x", code: "other" }, { code }] }, reference: { value: " PAYER-CCN-77 " } },
        ],
      });
      expect(run((ctx) => readFrequency(ctx, claim))).toStrictEqual({ value: { frequency: "7", originalReference: "PAYER-CCN-77" }, issues: [] });
    }
  });

  it("refuses a replacement without the payer's number, or with a blank one, naming where it is found", () => {
    for (const reference of [undefined, { system: "urn:x" }, { value: "" }, { value: "   " }]) {
      const claim = claimWith({
        related: [
          { relationship: { coding: [{ code: "associated" }] } },
          { relationship: { coding: [{ code: "replaces" }] }, ...(reference ? { reference } : {}) },
        ],
      });
      expect(run((ctx) => readFrequency(ctx, claim))).toStrictEqual({
        value: undefined,
        issues: [x12Finding("x12-missing-data", NOT_KNOWN_YET, "Claim.related[1].reference")],
      });
    }
  });

  it("refuses a payer's number X12 cannot carry, naming the related claim", () => {
    const claim = claimWith({ related: [{ relationship: { coding: [{ code: "replaces" }] }, reference: { value: "CCN*1" } }] });
    expect(run((ctx) => readFrequency(ctx, claim))).toStrictEqual({
      value: undefined,
      issues: [
        x12Finding(
          "x12-invalid-data",
          "Claim.related[0].reference holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.",
          "Claim.related[0].reference",
        ),
      ],
    });
  });
});

describe("readPriorAuthorization (REF*G1)", () => {
  it("takes the first prior authorization of the focal insurance, not of the one before it", () => {
    const claim = claimWith({
      insurance: [
        { sequence: 1, focal: false, coverage: { reference: "Coverage/c1" }, preAuthRef: ["PRIMARY-AUTH"] },
        { sequence: 2, focal: true, coverage: { reference: "Coverage/c2" }, preAuthRef: ["AUTH-2", "AUTH-3"] },
      ],
    });
    expect(run((ctx) => readPriorAuthorization(ctx, claim))).toStrictEqual({ value: "AUTH-2", issues: [] });
  });

  it("takes the first insurance when none is focal", () => {
    const claim = claimWith({
      insurance: [
        { sequence: 1, focal: false, coverage: { reference: "Coverage/c1" }, preAuthRef: ["AUTH-1"] },
        { sequence: 2, focal: false, coverage: { reference: "Coverage/c2" }, preAuthRef: ["AUTH-2"] },
      ],
    });
    expect(run((ctx) => readPriorAuthorization(ctx, claim))).toStrictEqual({ value: "AUTH-1", issues: [] });
  });

  it("gives nothing, without a finding, for no insurance, an empty list, or no prior authorization", () => {
    const claims = [
      claimWith({}),
      claimWith({ insurance: [] }),
      claimWith({ insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c1" } }] }),
      claimWith({ insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c1" }, preAuthRef: [] }] }),
    ];
    for (const claim of claims) {
      expect(run((ctx) => readPriorAuthorization(ctx, claim))).toStrictEqual({ value: undefined, issues: [] });
    }
  });

  it("refuses a number X12 cannot carry, naming the focal insurance", () => {
    const claim = claimWith({
      insurance: [
        { sequence: 1, focal: false, coverage: { reference: "Coverage/c1" } },
        { sequence: 2, focal: true, coverage: { reference: "Coverage/c2" }, preAuthRef: ["AUTH^2"] },
      ],
    });
    expect(run((ctx) => readPriorAuthorization(ctx, claim))).toStrictEqual({
      value: undefined,
      issues: [
        x12Finding(
          "x12-invalid-data",
          "Claim.insurance[1].preAuthRef holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.",
          "Claim.insurance[1].preAuthRef",
        ),
      ],
    });
  });
});
