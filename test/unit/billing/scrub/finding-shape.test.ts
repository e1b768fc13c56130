import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import type { NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import { scrubClaim, type ScrubRuleId } from "../../../../src/billing/scrub/index.ts";
import { loadShippedEdits } from "../ncci/ncci-test-files.ts";
import { buildClaim, ruleIds } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

const ALL_RULES: ScrubRuleId[] = [
  "icd-invalid", "icd-not-billable", "icd-7th-character", "icd-excludes1", "icd-code-first", "icd-age", "icd-sex",
  "dx-limit", "dx-pointer-missing", "dx-pointer-limit", "dx-pointer-invalid", "modifier-limit", "modifier-invalid",
  "modifier-59-with-x", "em-modifier-25", "em-new-established", "ncci-ptp", "mue", "units-invalid", "charge-invalid",
  "pos-missing", "coverage-missing", "provider-missing", "dos-outside-encounter",
];

let index: CodeIndex;
let edits: NcciEdits;
beforeAll(async () => {
  index = await loadScrubIndex();
  edits = await loadShippedEdits();
});

/** One claim that breaks every rule at once. */
function everythingWrong() {
  const diagnoses = ["F02.80", "XYZ", "E11", "S93.401", "E11.9", "E10.9", "N40.0", "P07.30", "I10", "E78.5", "J06.9", "M17.11", "Z23"];
  const claim = buildClaim({
    diagnoses,
    coverage: false,
    provider: null,
    careTeam: [],
    lines: [
      { code: "99203", pointers: [], pos: null },
      { code: "20610", modifiers: ["59", "XS", "RT", "GA", "ZZ"], pointers: [1, 2, 3, 4, 5] },
      { code: "43239", units: 0 },
      { code: "43235", price: -5, pointers: [14] },
      { code: "99213", units: 3, date: "2026-05-20" },
    ],
  });
  const patient = { resourceType: "Patient" as const, gender: "female" as const, birthDate: "1960-01-01" };
  const encounter = { resourceType: "Encounter" as const, status: "finished" as const, class: { code: "AMB" }, period: { start: "2026-05-12" } };
  return scrubClaim(claim, { index, edits, patient, encounter, priorServices: [{ date: "2025-01-01", organization: "Organization/o1" }] });
}

describe("scrubber findings", () => {
  it("every rule fires on a claim that breaks them all", () => {
    const fired = new Set(ruleIds(everythingWrong()));
    expect(ALL_RULES.filter((rule) => !fired.has(rule))).toEqual([]);
  });

  it("every finding carries a severity, the rule coding, a sentence and a path", () => {
    for (const issue of everythingWrong().issue) {
      expect(["error", "warning", "information"]).toContain(issue.severity);
      expect(issue.details?.coding?.[0]?.system).toBe(CLAIM_RULE_SYSTEM);
      expect(issue.details?.text).toMatch(/^.{20,}[.]$/s);
      expect(issue.expression?.[0]).toMatch(/^Claim(\.|$)/);
    }
  });

  it("a claim without findings still gets one information issue, as FHIR requires", () => {
    const claim = buildClaim({ diagnoses: ["J06.9"], lines: [{ code: "99213" }] });
    const outcome = scrubClaim(claim, { index, edits });
    expect(outcome).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "information" }] });
    expect(outcome.issue[0]?.details?.coding).toBeUndefined();
  });
});
