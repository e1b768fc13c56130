import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { ScrubInput } from "../../../../src/billing/scrub/claim-view.ts";
import { checkCoverage, checkPlaceOfService, checkProvider } from "../../../../src/billing/scrub/rule-claim-parties.ts";
import type { ClaimSpec, LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// coverage-missing, provider-missing and pos-missing, read whole: a reference counts when it has
// a reference or an identifier value (a display alone does not); each finding's text, severity
// and path; for a line, its number, its code (or "no code") and the place of service quoted
// when it is not exactly two digits.
const spec: ClaimSpec = { diagnoses: ["E11.9"], lines: [{ code: "99213" }] };
/** The views of the spec's claim with some of the Claim's own fields replaced. */
const withClaim = (fields: Partial<Claim>, drop: (keyof Claim)[] = []): ScrubInput => {
  const input = ruleInput(spec);
  const claim: Claim = { ...input.claim, ...fields };
  for (const key of drop) Reflect.deleteProperty(claim, key);
  return { ...input, claim };
};
const noCoverage = expected("coverage-missing", "error", "required", "The claim has no coverage: choose the patient's active Coverage (insurance) before submitting.", ["Claim.insurance"]);
const noProvider = expected("provider-missing", "error", "required", "The claim has no billing provider: set the billing Organization or Practitioner (with its NPI) in Claim.provider.", ["Claim.provider"]);

describe("coverage-missing finding", () => {
  it("no insurance at all, an empty list, or coverage named only by display: the finding", () => {
    expect(checkCoverage(withClaim({}, ["insurance"]))).toStrictEqual([noCoverage]);
    expect(checkCoverage(ruleInput({ ...spec, coverage: false }))).toStrictEqual([noCoverage]);
    expect(checkCoverage(withClaim({ insurance: [{ sequence: 1, focal: true, coverage: { display: "Medicare Part B" } }] }))).toStrictEqual([noCoverage]);
  });

  it("coverage by reference, or by identifier only: no finding", () => {
    expect(checkCoverage(ruleInput(spec))).toStrictEqual([]);
    expect(checkCoverage(withClaim({ insurance: [{ sequence: 1, focal: true, coverage: { identifier: { value: "1EG4-TE5-MK72" } } }] }))).toStrictEqual([]);
  });
});

describe("provider-missing finding", () => {
  it("no provider, or one named only by display or by an identifier without a value: the finding", () => {
    expect(checkProvider(ruleInput({ ...spec, provider: null }))).toStrictEqual([noProvider]);
    expect(checkProvider(withClaim({ provider: { display: "Clinic" } }))).toStrictEqual([noProvider]);
    expect(checkProvider(withClaim({ provider: { identifier: { system: "http://hl7.org/fhir/sid/us-npi" } } }))).toStrictEqual([noProvider]);
  });

  it("a provider by reference, or by NPI identifier only: no finding", () => {
    expect(checkProvider(ruleInput(spec))).toStrictEqual([]);
    expect(checkProvider(withClaim({ provider: { identifier: { system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" } } }))).toStrictEqual([]);
  });
});

describe("pos-missing finding", () => {
  const check = (lines: LineSpec[]) => checkPlaceOfService(ruleInput({ diagnoses: ["E11.9"], lines }));
  const missing = (index: number, text: string) => expected("pos-missing", "error", "required", text, [`Claim.item[${index}].locationCodeableConcept`]);

  it("no place of service on lines 2 and 3: the line's number and code, or 'no code'", () => {
    expect(check([{ code: "99213" }, { code: "96372", pos: null }, { code: "", pos: null }])).toStrictEqual([
      missing(1, "Line 2 (96372) has no place of service: set the two-digit CMS code, e.g. 11 for office or 10/02 for telehealth."),
      missing(2, "Line 3 (no code) has no place of service: set the two-digit CMS code, e.g. 11 for office or 10/02 for telehealth."),
    ]);
  });

  it("a place of service that is not exactly two digits, quoted with the line's number", () => {
    expect(check([{ code: "99213" }, { code: "96372", pos: "111" }, { code: "36415", pos: "X11" }, { code: "36415", pos: "office" }])).toStrictEqual([
      missing(1, 'Line 2 has place of service "111", which is not a two-digit CMS code: use e.g. 11 (office) or 22 (outpatient hospital).'),
      missing(2, 'Line 3 has place of service "X11", which is not a two-digit CMS code: use e.g. 11 (office) or 22 (outpatient hospital).'),
      missing(3, 'Line 4 has place of service "OFFICE", which is not a two-digit CMS code: use e.g. 11 (office) or 22 (outpatient hospital).'),
    ]);
  });

  it("two-digit places of service: no finding", () => {
    expect(check([{ code: "99213", pos: "11" }, { code: "99213", pos: "02" }, { code: "99213", pos: "99" }])).toStrictEqual([]);
  });
});
