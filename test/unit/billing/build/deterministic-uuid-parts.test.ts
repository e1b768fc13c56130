/**
 * Pins deterministicUuid's known answers: the same input always gives the same UUID, and the
 * variant nibble comes from the hash (8, 9, a or b), not a fixed 8.
 */
import { describe, expect, it } from "vitest";
import { deterministicUrnUuid, deterministicUuid } from "../../../../src/billing/build/deterministic-uuid.ts";

describe("deterministicUuid", () => {
  it("gives these known UUIDs (version 8, RFC 9562 variant from the hash)", () => {
    const inputs = ["", "a", "x", "y", "Encounter/enc-1", "Claim/c1:1"];
    expect(inputs.map((input) => deterministicUuid(input))).toStrictEqual([
      "ca81c826-d068-8a50-8158-07ce1d10e005",
      "792f3dcb-ac08-8751-af3c-a423361235ec",
      "29bf150c-011d-830a-86e2-ea74bd1ed2e7",
      "5a128723-cd07-8a99-9fc4-620b66c879a4",
      "67d8780c-8f2c-81a2-aa6a-da14a5684637",
      "8671bb96-377d-8ef0-a9bc-9a5ebcf6620d",
    ]);
    expect(deterministicUrnUuid("a")).toBe("urn:uuid:792f3dcb-ac08-8751-af3c-a423361235ec");
  });
});
