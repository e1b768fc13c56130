import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim, type ScrubContext } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, DOS, findingsOf, ruleIds, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (lines: LineSpec[], context: Partial<ScrubContext> = {}) => scrubClaim(buildClaim({ diagnoses: ["I10"], lines }), { index, ...context });

describe("pos-invalid", () => {
  it.each(["00", "30", "98"])("refuses POS %s", (pos) => {
    expect(findingsOf(scrub([{ code: "99213", pos }]), "pos-invalid")).toMatchObject([{ severity: "error", expression: ["Claim.item[0].locationCodeableConcept"] }]);
  });
  it.each(["11", "02", "10", "22", "99"])("accepts POS %s", (pos) => {
    expect(ruleIds(scrub([{ code: "99213", pos }]))).not.toContain("pos-invalid");
  });
});

describe("pos-mismatch", () => {
  it.each([
    ["an office visit at an inpatient hospital", "99213", "21"],
    ["an office visit in the emergency room", "99214", "23"],
    ["a hospital inpatient visit in the office", "99232", "11"],
    ["an emergency department visit in the office", "99283", "11"],
  ])("warns on %s", (_label, code, pos) => {
    expect(findingsOf(scrub([{ code, pos }]), "pos-mismatch")).toMatchObject([{ severity: "warning" }]);
  });
  it.each([
    ["an office visit in the office", "99213", "11"],
    ["an office visit by telehealth", "99213", "10"],
    ["a hospital visit as observation on campus", "99221", "22"],
    ["a procedure at the hospital", "20610", "21"],
  ])("is silent for %s", (_label, code, pos) => {
    expect(ruleIds(scrub([{ code, pos }]))).not.toContain("pos-mismatch");
  });
});

describe("dos-future", () => {
  it("refuses a service dated after today", () => {
    expect(findingsOf(scrub([{ code: "99213", date: "2026-05-20" }], { today: DOS }), "dos-future")).toMatchObject([
      { severity: "error", expression: ["Claim.item[0].servicedDate"] },
    ]);
  });
  it("only warns for tomorrow (time zones)", () => {
    expect(findingsOf(scrub([{ code: "99213", date: "2026-05-13" }], { today: DOS }), "dos-future")).toMatchObject([{ severity: "warning" }]);
  });
  it.each([
    ["today", { today: DOS }],
    ["in the past", { today: "2026-06-01" }],
    ["without a today value", {}],
  ])("is silent for a service dated %s", (_label, context) => {
    expect(ruleIds(scrub([{ code: "99213" }], context))).not.toContain("dos-future");
  });
});

describe("timely-filing", () => {
  it("warns past Medicare's 12 months by default", () => {
    const issues = findingsOf(scrub([{ code: "99213" }], { today: "2027-05-20" }), "timely-filing");
    expect(issues).toMatchObject([{ severity: "warning", expression: ["Claim.item"] }]);
    expect(issues[0]?.details?.text).toContain("365");
  });
  it("uses the payer's filing limit", () => {
    expect(findingsOf(scrub([{ code: "99213" }], { today: "2026-08-20", filingLimitDays: 90 }), "timely-filing")).toMatchObject([{ severity: "warning" }]);
  });
  it("notes a claim within 30 days of the limit", () => {
    expect(findingsOf(scrub([{ code: "99213" }], { today: "2027-04-20" }), "timely-filing")).toMatchObject([{ severity: "information" }]);
  });
  it.each([
    ["a recent service", { today: "2026-06-01" }],
    ["a long limit", { today: "2027-05-20", filingLimitDays: 730 }],
    ["without a today value", {}],
  ])("is silent for %s", (_label, context) => {
    expect(ruleIds(scrub([{ code: "99213" }], context))).not.toContain("timely-filing");
  });
});
