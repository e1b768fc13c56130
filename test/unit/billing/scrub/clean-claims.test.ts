import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import type { NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { loadShippedEdits } from "../ncci/ncci-test-files.ts";
import { blocking, buildClaim } from "./claim-builder.ts";
import { CLEAN_CASES, ENCOUNTER } from "./clean-claims.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
let edits: NcciEdits;
beforeAll(async () => {
  index = await loadScrubIndex();
  edits = await loadShippedEdits();
});

describe("clean claims raise no error and no warning (real code sets, real NCCI tables)", () => {
  it.each(CLEAN_CASES.map((clean) => [clean.name, clean] as const))("%s", (_name, clean) => {
    const context = { index, edits, patient: clean.patient, encounter: ENCOUNTER, priorServices: clean.priorServices, payerType: clean.payerType };
    const outcome = scrubClaim(buildClaim(clean.claim), context);
    expect(blocking(outcome)).toEqual([]);
    // What remains is information: each names its rule, or the one issue says the claim passed every check.
    const named = outcome.issue.filter((issue) => issue.severity === "information" && issue.details?.coding?.[0]?.code);
    if (named.length === 0) expect(outcome.issue.map((issue) => [issue.severity, issue.details?.text])).toEqual([["information", "The claim passed every scrubber check."]]);
    else expect(named).toEqual(outcome.issue);
  });

  it("each clean claim turns dirty when one thing is broken (the rules are awake)", () => {
    const broken = CLEAN_CASES.map((clean) => {
      const claim = buildClaim({ ...clean.claim, diagnoses: clean.claim.diagnoses.map((code) => code.slice(0, 3)) });
      return blocking(scrubClaim(claim, { index, edits, patient: clean.patient, encounter: ENCOUNTER })).length;
    });
    expect(broken.every((count) => count > 0)).toBe(true);
  });
});
