import { describe, expect, it } from "vitest";
import { checkPlaceOfServiceCode, checkPlaceOfServiceFit } from "../../../../src/billing/scrub/rule-place-of-service.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// pos-invalid and pos-mismatch, read whole: the line, the place of service and the E/M family, on
// exactly two-digit places of service and five-digit E/M codes, the family's first and last codes included.
const input = (lines: LineSpec[]) => ruleInput({ diagnoses: ["M17.11"], lines });
const mismatch = (index: number, code: string, family: string, pos: string) =>
  expected("pos-mismatch", "warning", "business-rule", `Line ${index + 1} bills ${code} (${family}) at place of service ${pos}: use the E/M family for that setting or correct the place of service.`, [`Claim.item[${index}].locationCodeableConcept`, `Claim.item[${index}].productOrService`]);

describe("pos-invalid finding", () => {
  it("a two-digit code outside the CMS set: the line and the code", () => {
    expect(checkPlaceOfServiceCode(input([{ code: "99213" }, { code: "36415", pos: "30" }]))).toStrictEqual([
      expected("pos-invalid", "error", "invalid", "Line 2 has place of service 30, which is not in the CMS place-of-service code set: use the code for where the service was given, e.g. 11 (office), 22 (on-campus outpatient hospital) or 10/02 (telehealth).", ["Claim.item[1].locationCodeableConcept"]),
    ]);
  });

  it("a place of service that is not two digits is not this rule's", () => {
    expect(checkPlaceOfServiceCode(input([{ code: "99213", pos: "123" }, { code: "99213", pos: "300" }, { code: "99213", pos: "3" }]))).toStrictEqual([]);
  });
});

describe("pos-mismatch finding", () => {
  it("an office visit at an inpatient hospital: the line, code, family and place of service", () => {
    expect(checkPlaceOfServiceFit(input([{ code: "36415", pos: "21" }, { code: "99214", pos: "21" }]))).toStrictEqual([mismatch(1, "99214", "office or other outpatient visit", "21")]);
  });

  it("the family's first and last codes are in it; the codes just outside are not", () => {
    const lines = ["99201", "99202", "99215", "99216"].map((code) => ({ code, pos: "21" }));
    expect(checkPlaceOfServiceFit(input(lines))).toStrictEqual([mismatch(1, "99202", "office or other outpatient visit", "21"), mismatch(2, "99215", "office or other outpatient visit", "21")]);
  });

  it("a code that is not five digits is no E/M of a family, even when it sorts inside one", () => {
    expect(checkPlaceOfServiceFit(input(["992135", "9921099213"].map((code) => ({ code, pos: "21" }))))).toStrictEqual([]);
  });
});
