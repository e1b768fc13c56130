// Pins how the app's identifiers are read back: the generation of a Claim (0 when it has no
// readable generation identifier), the line id and hash of a ChargeItem (only from the app's own
// four-part value), and the hand-off value.
import { describe, expect, it } from "vitest";
import { CHARGE_SERVICE_SYSTEM, CLAIM_GENERATION_SYSTEM, chargeServiceOf, generationOf, handoffValue } from "../../../../src/billing/state/billing-identifiers.ts";

describe("generationOf", () => {
  it("reads the third part of the generation identifier, skipping other systems", () => {
    expect(generationOf({ identifier: [{ system: "https://example.org/other", value: "e1:cov1:9" }, { system: CLAIM_GENERATION_SYSTEM, value: "e1:cov1:3" }] })).toBe(3);
  });

  it("is 0 for a Claim without identifiers", () => {
    expect(generationOf({})).toBe(0);
  });

  it("is 0 when no identifier has the generation system", () => {
    expect(generationOf({ identifier: [{ system: "https://example.org/other", value: "e1:cov1:9" }] })).toBe(0);
  });

  it("is 0 for a generation identifier without a value, with too few parts, or with a non-number", () => {
    expect(generationOf({ identifier: [{ system: CLAIM_GENERATION_SYSTEM }] })).toBe(0);
    expect(generationOf({ identifier: [{ system: CLAIM_GENERATION_SYSTEM, value: "e1:cov1" }] })).toBe(0);
    expect(generationOf({ identifier: [{ system: CLAIM_GENERATION_SYSTEM, value: "e1:cov1:x" }] })).toBe(0);
  });
});

describe("chargeServiceOf", () => {
  it("reads line id and hash from the charge-service identifier, skipping other systems", () => {
    const item = { identifier: [{ system: "https://example.org/other", value: "e9:other-line:g1:other-hash" }, { system: CHARGE_SERVICE_SYSTEM, value: "e1:line-1:g2:abc" }] };
    expect(chargeServiceOf(item)).toStrictEqual({ lineId: "line-1", hash: "abc" });
  });

  it("is undefined for a ChargeItem without identifiers", () => {
    expect(chargeServiceOf({})).toBeUndefined();
  });

  it("is undefined for a value with more than four parts", () => {
    expect(chargeServiceOf({ identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: "e1:line-1:g2:abc:extra" }] })).toBeUndefined();
  });
});

describe("handoffValue", () => {
  it("is the encounter id", () => {
    expect(handoffValue("Encounter/enc-7")).toBe("enc-7");
  });
});
