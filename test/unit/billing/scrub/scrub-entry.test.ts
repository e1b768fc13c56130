import { beforeAll, describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { ruleOf, scrubClaim } from "../../../../src/billing/scrub/index.ts";
import type { NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadShippedEdits } from "../ncci/ncci-test-files.ts";
import { buildClaim, ruleIds } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

// scrubClaim as callers meet it: a clean claim gets exactly one information issue with no rule
// coding (FHIR needs at least one), findings come in rule order (diagnoses, lines, the claim), and
// ruleOf reads a finding's rule.
let index: CodeIndex;
let edits: NcciEdits;
beforeAll(async () => {
  index = await loadScrubIndex();
  edits = await loadShippedEdits();
});

describe("scrubClaim", () => {
  it("a clean claim: one information issue, informational, without a rule", () => {
    expect(scrubClaim(buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213" }] }), { index, edits })).toStrictEqual({
      resourceType: "OperationOutcome",
      issue: [{ severity: "information", code: "informational", details: { text: "The claim passed every scrubber check." } }],
    });
  });

  it("findings are listed diagnoses first, then lines, then the claim's parties, whatever the order they were broken in", () => {
    const claim = buildClaim({ diagnoses: ["E11.9", "XYZ"], coverage: false, lines: [{ code: "99213", units: 0 }] });
    expect(ruleIds(scrubClaim(claim, { index, edits }))).toStrictEqual(["icd-invalid", "units-invalid", "coverage-missing"]);
  });

  it("ruleOf reads the rule coding, and nothing from an issue without one", () => {
    expect(ruleOf({ severity: "error", code: "invalid", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "mue" }] } })).toBe("mue");
    expect(ruleOf({ severity: "information", code: "informational", details: { text: "clean" } })).toBeUndefined();
    expect(ruleOf({ severity: "information", code: "informational" })).toBeUndefined();
    expect(ruleOf({ severity: "information", code: "informational", details: { coding: [] } })).toBeUndefined();
  });
});
