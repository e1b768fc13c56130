import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim, type ScrubContext } from "../../../../src/billing/scrub/index.ts";
import { procedureFacts } from "../../../../src/billing/scrub/procedure-facts.ts";
import { buildClaim, findingsOf, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (lines: LineSpec[], payerType?: ScrubContext["payerType"]) =>
  findingsOf(scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index, ...(payerType ? { payerType } : {}) }), "procedure-not-payable");

describe("procedure-not-payable (MPFS status indicator, CMS PFS 2025)", () => {
  it("carries the status indicator of the PFS row, by number", () => {
    expect(procedureFacts("99213")?.status).toBe("A");
    expect(procedureFacts("99417")?.status).toBe("I");
    expect(procedureFacts("99395")?.status).toBe("N");
    expect(procedureFacts("99080")?.status).toBe("B");
    expect(procedureFacts("36415")?.status).toBe("X");
    expect(procedureFacts("J3301")?.status).toBe("E");
  });

  it.each([
    ["I: 99417 (Medicare uses G2212)", [{ code: "99215" }, { code: "99417" }], 1, "G2212"],
    ["I: a consultation 99243", [{ code: "99243" }], 0, "99202-99205"],
    ["N: a preventive visit 99396", [{ code: "99396" }], 0, "G0438"],
    ["N: preventive counselling 99401", [{ code: "99213" }, { code: "99401" }], 1, "ABN"],
    ["B: 99080 special reports", [{ code: "99213" }, { code: "99080" }], 1, "bundled"],
    ["P: A4253 test strips", [{ code: "99213" }, { code: "A4253" }], 1, "bundled or excluded"],
    ["T: 36591 with a paid visit the same day", [{ code: "99213" }, { code: "36591" }], 1, "line 1, 99213"],
  ])("warns on Medicare claims for %s", (_label, lines, at, hint) => {
    const issues = scrub(lines, "medicare");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", expression: [`Claim.item[${at}].productOrService`] });
    expect(issues[0]?.details?.text).toContain(hint);
  });

  it("warns as well when the payer type is unknown, and says so", () => {
    const issues = scrub([{ code: "99396" }]);
    expect(issues).toMatchObject([{ severity: "warning" }]);
    expect(issues[0]?.details?.text).toContain("payer type is not known");
  });

  it.each([
    ["A: an office visit", [{ code: "99214" }]],
    ["A: G2212 with 99215", [{ code: "99215" }, { code: "G2212" }]],
    ["X: venipuncture and a lipid panel (paid under the lab fee schedule)", [{ code: "99213" }, { code: "36415" }, { code: "80061" }]],
    ["E: a drug paid under ASP", [{ code: "99213" }, { code: "J3301" }]],
    ["T: 36591 alone that day", [{ code: "36591" }]],
  ])("is quiet on Medicare claims for %s", (_label, lines) => {
    expect(scrub(lines, "medicare")).toEqual([]);
  });

  it("says 'not checked' for a payer that is not Medicare, naming the codes Medicare would not pay", () => {
    const issues = scrub([{ code: "99396" }, { code: "99401" }], "other");
    expect(issues).toMatchObject([{ severity: "information", expression: ["Claim.item"] }]);
    expect(issues[0]?.details?.text).toMatch(/^Not checked: 99396 \(status N\), 99401 \(status N\)/);
    expect(scrub([{ code: "99213" }], "other")).toEqual([]);
  });

  it("says 'not checked' for a code without a PFS row", () => {
    const issues = scrub([{ code: "99213" }, { code: "E0601" }], "medicare");
    expect(issues).toMatchObject([{ severity: "information", expression: ["Claim.item[1].productOrService"] }]);
    expect(issues[0]?.details?.text).toContain("no row in the Medicare fee schedule");
  });
});
