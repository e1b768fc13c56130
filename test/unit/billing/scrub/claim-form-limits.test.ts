import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { scrubClaim } from "../../../../src/billing/scrub/index.ts";
import { buildClaim, findingsOf, ruleIds, type ClaimSpec } from "./claim-builder.ts";
import { loadScrubIndex } from "./scrub-index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadScrubIndex();
});

const scrub = (spec: ClaimSpec) => scrubClaim(buildClaim(spec), { index });
const THIRTEEN = ["E11.9", "I10", "M17.11", "M25.561", "J06.9", "Z00.00", "E78.5", "L03.115", "Z23", "R05.9", "M54.50", "L82.1", "Z00.129"];

describe("dx-limit", () => {
  it("flags a 13th diagnosis and names it", () => {
    const [issue] = findingsOf(scrub({ diagnoses: THIRTEEN, lines: [{ code: "99213" }] }), "dx-limit");
    expect(issue).toMatchObject({ severity: "error", expression: ["Claim.diagnosis[12]"] });
    expect(issue?.details?.text).toContain("Z00.129");
  });

  it("accepts 12 diagnoses", () => {
    expect(ruleIds(scrub({ diagnoses: THIRTEEN.slice(0, 12), lines: [{ code: "99213" }] }))).not.toContain("dx-limit");
  });
});

describe("diagnosis pointers", () => {
  it("dx-pointer-missing: a line that points at nothing", () => {
    const outcome = scrub({ diagnoses: ["E11.9"], lines: [{ code: "99213", pointers: [] }] });
    expect(findingsOf(outcome, "dx-pointer-missing")).toMatchObject([{ severity: "error", expression: ["Claim.item[0].diagnosisSequence"] }]);
  });

  it("dx-pointer-limit: five pointers on one line", () => {
    const outcome = scrub({ diagnoses: THIRTEEN.slice(0, 5), lines: [{ code: "99214", pointers: [1, 2, 3, 4, 5] }] });
    expect(findingsOf(outcome, "dx-pointer-limit")).toMatchObject([{ expression: ["Claim.item[0].diagnosisSequence[4]"] }]);
    expect(ruleIds(outcome)).not.toContain("dx-pointer-invalid");
  });

  it("dx-pointer-invalid: pointing at a missing diagnosis, twice at one, or past the 12th", () => {
    const outcome = scrub({ diagnoses: THIRTEEN, lines: [{ code: "99213", pointers: [1, 1] }, { code: "96372", pointers: [14] }, { code: "J1100", pointers: [13] }] });
    const paths = findingsOf(outcome, "dx-pointer-invalid").map((issue) => issue.expression?.[0]);
    expect(paths).toEqual(["Claim.item[0].diagnosisSequence[1]", "Claim.item[1].diagnosisSequence[0]", "Claim.item[2].diagnosisSequence[0]"]);
  });

  it("accepts four distinct pointers at listed diagnoses", () => {
    const ids = ruleIds(scrub({ diagnoses: THIRTEEN.slice(0, 4), lines: [{ code: "99214", pointers: [4, 3, 2, 1] }] }));
    expect(ids.filter((id) => id.startsWith("dx-"))).toEqual([]);
  });
});

describe("modifiers", () => {
  it("modifier-limit: a fifth modifier", () => {
    const outcome = scrub({ diagnoses: ["M17.11"], lines: [{ code: "20610", modifiers: ["RT", "59", "GA", "KX", "GY"] }] });
    expect(findingsOf(outcome, "modifier-limit")).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier[4]"] }]);
  });

  it("modifier-invalid: unknown or malformed modifiers", () => {
    const outcome = scrub({ diagnoses: ["M17.11"], lines: [{ code: "20610", modifiers: ["RT", "Q9X", "ZZ", "49"] }] });
    const paths = findingsOf(outcome, "modifier-invalid").map((issue) => issue.expression?.[0]);
    expect(paths).toEqual(["Claim.item[0].modifier[1]", "Claim.item[0].modifier[2]", "Claim.item[0].modifier[3]"]);
  });

  it("modifier-invalid honours a caller's list of known modifiers", () => {
    const claim = buildClaim({ diagnoses: ["M17.11"], lines: [{ code: "20610", modifiers: ["RT"] }] });
    expect(ruleIds(scrubClaim(claim, { index, modifiers: new Set(["LT"]) }))).toContain("modifier-invalid");
  });

  it("modifier-59-with-x: 59 and XS on one line points at the 59", () => {
    const outcome = scrub({ diagnoses: ["M17.11"], lines: [{ code: "20610", modifiers: ["XS", "59"] }] });
    expect(findingsOf(outcome, "modifier-59-with-x")).toMatchObject([{ severity: "error", expression: ["Claim.item[0].modifier[1]"] }]);
  });

  it("accepts common CPT and Level II modifiers", () => {
    const outcome = scrub({ diagnoses: ["M17.11"], lines: [{ code: "99213", modifiers: ["25"] }, { code: "20610", modifiers: ["RT", "XS"] }, { code: "J1100", modifiers: ["JZ"] }] });
    expect(ruleIds(outcome).filter((id) => id.startsWith("modifier-"))).toEqual([]);
  });
});
