import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

describe("charge-invalid and CPT Category II tracking codes", () => {
  it("a $0 Category II line (3074F, 1036F) passes; a $0 service line still does not", () => {
    const outcome = scrubClaim(buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213" }, { code: "3074F", price: 0 }, { code: "1036F", price: 0 }] }), { index });
    expect(findingsOf(outcome, "charge-invalid")).toEqual([]);
    const zero = scrubClaim(buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213", price: 0 }, { code: "3074F", price: -1 }] }), { index });
    expect(findingsOf(zero, "charge-invalid").map((issue) => issue.expression?.[0])).toEqual(["Claim.item[0].unitPrice", "Claim.item[1].unitPrice"]);
  });
});
