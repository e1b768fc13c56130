import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim, type PriorService } from "../../../../src/billing/scrub/index.ts";
import { threeYearsBefore } from "../../../../src/billing/scrub/rule-em-new-established.ts";
import { buildClaim, findingsOf, ruleIds, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

describe("em-modifier-25", () => {
  const scrub = (lines: LineSpec[]) => scrubClaim(buildClaim({ diagnoses: ["M17.11"], lines }), { index });

  it.each([
    ["20610 (0-day global)", "20610"],
    ["11200 (10-day global)", "11200"],
  ])("flags an E/M without 25 billed with %s", (_label, procedure) => {
    const issues = findingsOf(scrub([{ code: "99213" }, { code: procedure }]), "em-modifier-25");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier"] }]);
    expect(issues[0]?.details?.text).toContain(procedure);
  });

  it.each([
    ["the E/M carries 25", [{ code: "99213", modifiers: ["25"] }, { code: "20610" }]],
    ["the procedure is on another day", [{ code: "99213" }, { code: "20610", date: "2026-05-13" }]],
    ["the other service has no global period (XXX)", [{ code: "99213" }, { code: "96372" }]],
    ["the procedure has a 90-day global", [{ code: "99204" }, { code: "27447" }]],
  ])("is silent when %s", (_label, lines) => {
    expect(ruleIds(scrub(lines))).not.toContain("em-modifier-25");
  });
});

describe("em-new-established", () => {
  const scrubWith = (code: string, priorServices?: PriorService[]) =>
    scrubClaim(buildClaim({ diagnoses: ["I10"], lines: [{ code }], provider: "Organization/o1", careTeam: ["Practitioner/dr1"] }), { index, priorServices });

  it("warns on a new-patient visit after a service by the same practitioner within 3 years", () => {
    const issues = findingsOf(scrubWith("99203", [{ date: "2024-01-10", practitioner: "Practitioner/dr1" }]), "em-new-established");
    expect(issues).toMatchObject([{ severity: "warning", expression: ["Claim.item[0].productOrService"] }]);
    expect(issues[0]?.details?.text).toContain("99213");
  });

  it("warns for a preventive new-patient visit after a service by the same group", () => {
    const issues = findingsOf(scrubWith("99386", [{ date: "2025-11-01", organization: "Organization/o1" }]), "em-new-established");
    expect(issues[0]?.details?.text).toContain("99396");
  });

  it.each([
    ["more than 3 years ago", [{ date: "2023-05-11", practitioner: "Practitioner/dr1" }]],
    ["by another practitioner and group", [{ date: "2025-01-10", practitioner: "Practitioner/other", organization: "Organization/o2" }]],
  ])("accepts a new-patient visit when the prior service was %s", (_label, prior) => {
    expect(ruleIds(scrubWith("99203", prior))).not.toContain("em-new-established");
  });

  it("notes an established-patient visit without any service in 3 years", () => {
    expect(findingsOf(scrubWith("99213", []), "em-new-established")).toMatchObject([{ severity: "information" }]);
    expect(findingsOf(scrubWith("99213", [{ date: "2026-01-02", practitioner: "Practitioner/dr1" }]), "em-new-established")).toEqual([]);
  });

  it("is silent when prior services are unknown", () => {
    expect(ruleIds(scrubWith("99203"))).not.toContain("em-new-established");
  });

  it("counts three years back by calendar date", () => {
    expect(threeYearsBefore("2026-05-12")).toBe("2023-05-12");
    expect(threeYearsBefore("2028-02-29")).toBe("2025-02-28");
  });
});
