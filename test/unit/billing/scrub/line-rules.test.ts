import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, ruleIds, type LineSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrubLines = (lines: LineSpec[], diagnoses = ["E11.9"]) => scrubClaim(buildClaim({ diagnoses, lines }), { index });

describe("units-invalid", () => {
  it.each([
    ["missing", { units: null, net: null }],
    ["zero", { units: 0 }],
    ["negative", { units: -2 }],
    ["fractional on a CPT code", { units: 1.5 }],
  ])("flags %s units on the quantity", (_label, spec) => {
    const [issue] = findingsOf(scrubLines([{ code: "99213", ...spec }]), "units-invalid");
    expect(issue).toMatchObject({ severity: "error", expression: ["Claim.item[0].quantity"] });
  });

  it("accepts whole units, and fractional anesthesia units", () => {
    expect(ruleIds(scrubLines([{ code: "96372", units: 2 }, { code: "00840", units: 7.5 }]))).not.toContain("units-invalid");
  });
});

describe("charge-invalid", () => {
  it.each([
    ["missing", { price: null }, "unitPrice"],
    ["zero", { price: 0 }, "unitPrice"],
    ["negative", { price: -10 }, "unitPrice"],
    ["a total that is not price x units", { units: 2, price: 40, net: 40 }, "net"],
  ])("flags a %s charge", (_label, spec, element) => {
    const [issue] = findingsOf(scrubLines([{ code: "99213" }, { code: "96372", ...spec }]), "charge-invalid");
    expect(issue).toMatchObject({ severity: "error", expression: [`Claim.item[1].${element}`] });
  });

  it("accepts cents that multiply out, and a line without a total", () => {
    const outcome = scrubLines([{ code: "96372", units: 3, price: 33.33, net: 99.99 }, { code: "99213", net: null }]);
    expect(ruleIds(outcome)).not.toContain("charge-invalid");
  });
});

describe("pos-missing", () => {
  it("flags a line without place of service, and one with a malformed code", () => {
    const issues = findingsOf(scrubLines([{ code: "99213", pos: null }, { code: "96372", pos: "office" }, { code: "J1100" }]), "pos-missing");
    expect(issues.map((issue) => issue.expression?.[0])).toEqual(["Claim.item[0].locationCodeableConcept", "Claim.item[1].locationCodeableConcept"]);
    expect(issues[0]?.details?.text).toMatch(/11/);
  });
});

describe("coverage-missing and provider-missing", () => {
  it("flags a claim with neither coverage nor billing provider", () => {
    const outcome = scrubClaim(buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213" }], coverage: false, provider: null }), { index });
    expect(findingsOf(outcome, "coverage-missing")).toMatchObject([{ severity: "error", expression: ["Claim.insurance"] }]);
    expect(findingsOf(outcome, "provider-missing")).toMatchObject([{ severity: "error", expression: ["Claim.provider"] }]);
  });

  it("accepts a claim with both", () => {
    const ids = ruleIds(scrubLines([{ code: "99213" }]));
    expect(ids).not.toContain("coverage-missing");
    expect(ids).not.toContain("provider-missing");
  });
});

describe("dos-outside-encounter", () => {
  const encounter = { resourceType: "Encounter", status: "finished", class: { code: "AMB" }, period: { start: "2026-05-12T09:00:00-04:00", end: "2026-05-12T09:40:00-04:00" } } as const;

  it("flags a line dated outside the encounter period", () => {
    const claim = buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213" }, { code: "96372", date: "2026-05-14" }] });
    const issues = findingsOf(scrubClaim(claim, { index, encounter }), "dos-outside-encounter");
    expect(issues).toMatchObject([{ severity: "error", expression: ["Claim.item[1].servicedDate"] }]);
    expect(issues[0]?.details?.text).toContain("2026-05-14");
  });

  it("is silent without an encounter, and for lines on the encounter date", () => {
    const claim = buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213" }] });
    expect(ruleIds(scrubClaim(claim, { index, encounter }))).not.toContain("dos-outside-encounter");
    const away = buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213", date: "2026-06-01" }] });
    expect(ruleIds(scrubClaim(away, { index }))).not.toContain("dos-outside-encounter");
  });
});

describe("reading the claim", () => {
  it("takes the ICD-10-CM and CPT/HCPCS codings when a concept carries several", () => {
    const claim = buildClaim({ diagnoses: ["E11.9"], lines: [{ code: "99213", units: 3 }] });
    claim.diagnosis?.[0]?.diagnosisCodeableConcept?.coding?.unshift({ system: "http://snomed.info/sct", code: "44054006" });
    claim.item?.[0]?.productOrService.coding?.unshift({ system: "urn:local:charge-code", code: "OV-3" });
    const mue = { edition: "test", effectiveDate: "2026-01-01", size: 1, lookup: (code: string) => (code === "99213" ? { code, value: 2, mai: 3 as const, rationale: "" } : undefined) };
    const outcome = scrubClaim(claim, { index, edits: { mue } });
    expect(ruleIds(outcome)).not.toContain("icd-invalid");
    expect(findingsOf(outcome, "mue")).toHaveLength(1);
  });
});
