import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import type { NcciEdits } from "../../../../src/billing/ncci/load-ncci.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { loadShippedEdits } from "../ncci/ncci-test-files.ts";
import { buildClaim, findingsOf, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
let edits: NcciEdits;
beforeAll(async () => {
  index = await loadScrubIndex();
  edits = await loadShippedEdits();
});

const scrub = (lines: LineSpec[]) => scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index, edits });

describe("ncci-ptp: only a bypass modifier that fits the code (real 2024 Q3 table)", () => {
  it.each([
    ["59 on an E/M column-2 code", [{ code: "20610" }, { code: "99213", modifiers: ["59"] }], "add 25", "59"],
    ["XS on an E/M column-2 code", [{ code: "20610" }, { code: "99213", modifiers: ["XS"] }], "add 25", "XS"],
    ["25 on a procedure column-2 code", [{ code: "20610" }, { code: "76942", modifiers: ["25"] }], "XS, XE, XP, XU, 59", "25"],
    ["91 on a procedure column-2 code", [{ code: "20610" }, { code: "76942", modifiers: ["91"] }], "XS, XE, XP, XU, 59", "91"],
  ])("refuses %s", (_label, lines, advice, misfit) => {
    const issues = findingsOf(scrub(lines), "ncci-ptp");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[1].modifier"] }]);
    expect(issues[0]?.details?.text).toContain(advice);
    expect(issues[0]?.details?.text).toContain(`Modifier ${misfit} does not bypass`);
  });

  it("advises 25, never 59 or an X modifier, for an E/M column-2 code without a modifier", () => {
    const text = findingsOf(scrub([{ code: "20610" }, { code: "99213" }]), "ncci-ptp")[0]?.details?.text ?? "";
    expect(text).toContain("add 25");
    expect(text).not.toMatch(/XS|59/);
  });

  it.each([
    ["25 on the E/M", [{ code: "20610" }, { code: "99213", modifiers: ["25"] }]],
    ["57 on the E/M", [{ code: "20610" }, { code: "99214", modifiers: ["57"] }]],
    ["XS on the procedure", [{ code: "20610" }, { code: "76942", modifiers: ["XS"] }]],
    ["59 on the procedure", [{ code: "20610" }, { code: "76942", modifiers: ["59"] }]],
    ["different sides on the procedures", [{ code: "20610", modifiers: ["RT"] }, { code: "76942", modifiers: ["LT"] }]],
  ])("accepts %s", (_label, lines) => {
    expect(findingsOf(scrub(lines), "ncci-ptp")).toEqual([]);
  });
});

describe("mue MAI 1: identical lines are one line", () => {
  it.each([
    ["two bare lines", [{ code: "A0425", units: 200 }, { code: "A0425", units: 200 }]],
    ["lines differing only by a payment modifier", [{ code: "A0425", units: 200, modifiers: ["GA"] }, { code: "A0425", units: 100 }]],
  ])("sums %s", (_label, lines) => {
    const issues = findingsOf(scrub(lines), "mue");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].quantity", "Claim.item[1].quantity"] }]);
    expect(issues[0]?.details?.text).toContain("MAI 1");
  });

  it.each([
    ["a repeat modifier", [{ code: "A0425", units: 200 }, { code: "A0425", units: 200, modifiers: ["76"] }]],
    ["another day", [{ code: "A0425", units: 200 }, { code: "A0425", units: 200, date: "2026-05-13" }]],
  ])("keeps lines apart with %s", (_label, lines) => {
    expect(findingsOf(scrub(lines), "mue")).toEqual([]);
  });
});
