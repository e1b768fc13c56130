import { describe, expect, it } from "vitest";
import { build837P } from "../../../../src/billing/x12/index.ts";
import { FIXTURES, OPTIONS, claimOf, loadBundle, readGolden, toGoldenText, writeGolden } from "./x12-fixtures.ts";

/** UPDATE_X12_GOLDEN=1 rewrites the golden files (review the diff before committing). */
const UPDATE = process.env["UPDATE_X12_GOLDEN"] === "1";

describe("claimTo837P golden files", () => {
  it.each(FIXTURES)("%s matches its reviewed golden file segment by segment", (name) => {
    const { x12 } = build837P(loadBundle(name), OPTIONS);
    if (UPDATE) writeGolden(name, toGoldenText(x12));
    expect(toGoldenText(x12).split("\n")).toEqual(readGolden(name).split("\n"));
  });

  it.each(FIXTURES)("%s needs no cleaning (its data is already X12-safe)", (name) => {
    expect(build837P(loadBundle(name), OPTIONS).outcome.issue).toEqual([]);
  });

  it("is deterministic: the same Bundle and options give the same bytes", () => {
    const first = build837P(loadBundle("twelve-diagnoses"), OPTIONS).x12;
    expect(build837P(loadBundle("twelve-diagnoses"), OPTIONS).x12).toBe(first);
  });

  it("writes frequency 1 without REF*F8 for an original and 7 with REF*F8 for a replacement", () => {
    const original = build837P(loadBundle("simple-claim"), OPTIONS).x12;
    const bundle = loadBundle("replacement-claim");
    const payerClaimNumber = claimOf(bundle).related?.[0]?.reference?.value ?? "missing";
    const replacement = build837P(bundle, OPTIONS).x12;
    expect(original).toMatch(/~CLM\*[^~]*\*11:B:1\*/);
    expect(original).not.toContain("REF*F8");
    expect(replacement).toMatch(/~CLM\*[^~]*\*11:B:7\*[^~]*~REF\*F8\*\w+~HI\*/);
    expect(replacement).toContain(`~REF*F8*${payerClaimNumber}~`);
  });
});
