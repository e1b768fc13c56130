import { describe, expect, it } from "vitest";
import type { Bundle, ClaimItem } from "fhir/r4";
import { MAX_DIAGNOSES, MAX_SERVICE_LINES, X12DataError, check837PData, claimTo837P, findingCode } from "../../../../src/billing/x12/index.ts";
import { ICD10CM } from "../../../../src/coding/systems.ts";
import { OPTIONS, claimOf, loadBundle } from "./x12-fixtures.ts";
import { parse837P, segmentsTagged } from "./parsed-837p.ts";

/** The simple claim with its first line repeated to `count` lines (total kept consistent). */
function withLines(count: number): Bundle {
  const bundle = loadBundle("simple-claim");
  const claim = claimOf(bundle);
  const first = claim.item?.[0] as ClaimItem;
  claim.item = Array.from({ length: count }, (_, i): ClaimItem => ({ ...structuredClone(first), sequence: i + 1 }));
  claim.total = { value: (first.net?.value ?? 0) * count, currency: "USD" };
  return bundle;
}

function withDiagnoses(count: number): Bundle {
  const bundle = loadBundle("twelve-diagnoses");
  const claim = claimOf(bundle);
  const extra = { sequence: 13, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code: "R53.83" }] } };
  claim.diagnosis = [...(claim.diagnosis ?? []), extra].slice(0, count);
  return bundle;
}

function findingsOf(bundle: Bundle): [string | undefined, string | undefined][] {
  return check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.expression?.[0]]);
}

describe("claim-form limits: 50 lines, 12 diagnoses, 4 pointers, 4 modifiers", () => {
  it(`writes ${MAX_SERVICE_LINES} lines, each with its own LX`, () => {
    const parsed = parse837P(claimTo837P(withLines(MAX_SERVICE_LINES), OPTIONS));
    expect(segmentsTagged(parsed, "LX")).toHaveLength(MAX_SERVICE_LINES);
    expect(segmentsTagged(parsed, "LX").at(-1)).toEqual([String(MAX_SERVICE_LINES)]);
  });

  it(`refuses ${MAX_SERVICE_LINES + 1} lines with a message saying to split the claim (no silent split)`, () => {
    const bundle = withLines(MAX_SERVICE_LINES + 1);
    expect(findingsOf(bundle)).toContainEqual(["x12-invalid-data", "Claim.item"]);
    expect(() => claimTo837P(bundle, OPTIONS)).toThrow(X12DataError);
    expect(() => claimTo837P(bundle, OPTIONS)).toThrow(/51 service lines.*at most 50.*Split/);
  });

  it(`writes ${MAX_DIAGNOSES} diagnoses and refuses ${MAX_DIAGNOSES + 1}`, () => {
    expect(findingsOf(withDiagnoses(MAX_DIAGNOSES))).toEqual([]);
    expect(findingsOf(withDiagnoses(MAX_DIAGNOSES + 1))).toContainEqual(["x12-invalid-data", "Claim.diagnosis"]);
  });

  it("refuses a fifth diagnosis pointer on a line", () => {
    const bundle = loadBundle("twelve-diagnoses");
    const item = claimOf(bundle).item?.[0];
    if (item) item.diagnosisSequence = [1, 2, 3, 4, 5];
    expect(findingsOf(bundle)).toContainEqual(["x12-invalid-data", "Claim.item[0].diagnosisSequence"]);
  });

  it("refuses a fifth modifier on a line", () => {
    const bundle = loadBundle("twelve-diagnoses");
    const item = claimOf(bundle).item?.[1];
    item?.modifier?.push({ coding: [{ code: "XS" }] });
    expect(findingsOf(bundle)).toContainEqual(["x12-invalid-data", "Claim.item[1].modifier"]);
  });

  it("maps pointers to HI positions, not to the raw Claim.diagnosis.sequence values", () => {
    const bundle = loadBundle("simple-claim");
    const claim = claimOf(bundle);
    claim.diagnosis = (claim.diagnosis ?? []).map((diagnosis) => ({ ...diagnosis, sequence: diagnosis.sequence * 10 }));
    claim.item = (claim.item ?? []).map((item) => ({ ...item, diagnosisSequence: item.diagnosisSequence?.map((s) => s * 10) }));
    const pointers = segmentsTagged(parse837P(claimTo837P(bundle, OPTIONS)), "SV1").map((sv1) => sv1[6]);
    expect(pointers).toEqual(["1:2", "1"]);
  });
});
