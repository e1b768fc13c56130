import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { procedureFacts } from "../../../../src/billing/scrub/procedure-facts.ts";
import { buildClaim, findingsOf, ruleIds, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (lines: LineSpec[], diagnoses = ["M17.11"]) => scrubClaim(buildClaim({ diagnoses, lines }), { index });

describe("procedure-invalid", () => {
  it.each([
    ["a HCPCS code terminated before 2026", "A9155"],
    ["a HCPCS code that never existed", "G0000"],
    ["a CPT number deleted in 2021", "99201"],
    ["letters only", "ABCDE"],
    ["a CPT-shaped number CMS does not know", "00000"],
  ])("refuses %s (%s)", (_label, code) => {
    const issues = findingsOf(scrub([{ code }]), "procedure-invalid");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].productOrService"] }]);
    expect(issues[0]?.details?.text).toContain(code);
  });

  it.each(["99213", "85025", "80053", "96372", "20610", "36415", "J3301", "G2212", "90715", "0001U"])("accepts %s", (code) => {
    expect(ruleIds(scrub([{ code }, { code: "99213" }]))).not.toContain("procedure-invalid");
  });

  it("knows the CMS facts by number only", () => {
    expect(procedureFacts("27447")).toMatchObject({ pfs: true, global090: true, modifier50: true });
    expect(procedureFacts("71046")).toMatchObject({ modifier26: true, modifierTC: true });
    expect(procedureFacts("11103")?.addOn).toBe(true);
    expect(procedureFacts("99201")).toBeUndefined();
  });
});

describe("addon-without-primary", () => {
  it.each([
    ["99417 alone", [{ code: "99417" }]],
    ["11103 alone", [{ code: "11103" }]],
    ["G2211 alone", [{ code: "G2211" }]],
    ["99417 with 99214", [{ code: "99214" }, { code: "99417" }]],
    ["G2212 with 99213", [{ code: "99213" }, { code: "G2212" }]],
    ["11103 with its primary on another day", [{ code: "11102", date: "2026-05-11" }, { code: "11103" }]],
  ])("flags %s", (_label, lines) => {
    const issues = findingsOf(scrub(lines), "addon-without-primary");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error" });
    expect(issues[0]?.expression?.[0]).toMatch(/^Claim\.item\[\d\]\.productOrService$/);
  });

  it.each([
    ["99417 with 99205", [{ code: "99205" }, { code: "99417" }]],
    ["99417 with 99215", [{ code: "99215" }, { code: "99417" }]],
    ["G2212 with 99215", [{ code: "99215" }, { code: "G2212" }]],
    ["G2211 with 99213", [{ code: "99213" }, { code: "G2211" }]],
    ["11103 with 11102", [{ code: "11102" }, { code: "11103" }]],
  ])("is silent for %s", (_label, lines) => {
    expect(ruleIds(scrub(lines))).not.toContain("addon-without-primary");
  });
});

describe("em-modifier-57", () => {
  it.each([
    ["on the day of 27447", [{ code: "99204" }, { code: "27447" }], ""],
    ["the day before 27447", [{ code: "99204", date: "2026-05-11" }, { code: "27447" }], ""],
    ["with 25 instead of 57", [{ code: "99214", modifiers: ["25"] }, { code: "27447" }], "replace it with 57"],
  ])("flags an E/M %s", (_label, lines, extra) => {
    const issues = findingsOf(scrub(lines), "em-modifier-57");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier"] }]);
    expect(issues[0]?.details?.text).toContain("27447");
    expect(issues[0]?.details?.text).toContain(extra);
  });

  it.each([
    ["the E/M carries 57", [{ code: "99204", modifiers: ["57"] }, { code: "27447" }]],
    ["the surgery is two days later", [{ code: "99204", date: "2026-05-10" }, { code: "27447" }]],
    ["the procedure is minor (0-day)", [{ code: "99213", modifiers: ["25"] }, { code: "20610" }]],
  ])("is silent when %s", (_label, lines) => {
    expect(ruleIds(scrub(lines))).not.toContain("em-modifier-57");
  });
});

describe("modifier-not-applicable", () => {
  it.each([
    ["26 on an E/M", { code: "99213", modifiers: ["26"] }],
    ["TC on an E/M", { code: "99213", modifiers: ["TC"] }],
    ["26 on a lab test (PC/TC 9)", { code: "80053", modifiers: ["26"] }],
    ["50 on a code with bilateral indicator 0", { code: "71046", modifiers: ["50"] }],
    ["25 on a procedure", { code: "20610", modifiers: ["25"] }],
    ["57 on a procedure", { code: "27447", modifiers: ["57"] }],
    ["91 on a procedure", { code: "76942", modifiers: ["91"] }],
  ])("flags %s", (_label, line) => {
    const issues = findingsOf(scrub([line]), "modifier-not-applicable");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier[0]"] }]);
  });

  it.each([
    ["26 on a chest X-ray", { code: "71046", modifiers: ["26"] }],
    ["TC on a chest X-ray", { code: "71046", modifiers: ["TC"] }],
    ["50 on an injection with bilateral indicator 1", { code: "20610", modifiers: ["50"] }],
    ["25 on an E/M", { code: "99213", modifiers: ["25"] }],
    ["57 on an E/M", { code: "99204", modifiers: ["57"] }],
    ["91 on a lab test", { code: "80053", modifiers: ["91"] }],
    ["26 on a code CMS's PFS does not price (unknown: not judged)", { code: "0001U", modifiers: ["26"] }],
  ])("accepts %s", (_label, line) => {
    expect(ruleIds(scrub([line]))).not.toContain("modifier-not-applicable");
  });
});
