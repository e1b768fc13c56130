import { describe, expect, it } from "vitest";
import { CARC_GROUP_EXTENSION, reasonsOf } from "../../../../src/billing/status/adjustment-reasons.ts";
import { explainReasonCode } from "../../../../src/billing/status/explain-reason-code.ts";
import { ADJUDICATION, CARC, RARC } from "../../../../src/coding/systems.ts";

const HL7_REASON = "http://terminology.hl7.org/CodeSystem/adjudication-reason";
const X12_CARC = "https://codesystem.x12.org/005010/139";

/** One adjudication entry whose reason holds the given codings, optionally with a category and an amount. */
function entry(codings: { system?: string; code: string; display?: string }[], category?: string, value?: number): Record<string, unknown> {
  return {
    ...(category ? { category: { coding: [{ system: ADJUDICATION, code: category }] } } : {}),
    reason: { coding: codings },
    ...(value === undefined ? {} : { amount: { value, currency: "USD" } }),
  };
}

const carc = (code: string, group?: string) => ({ kind: "carc" as const, code, ...(group ? { group } : {}), ...explainReasonCode("carc", code) });
const carcCode = (code: string) => reasonsOf(entry([{ system: CARC, code }]));

describe("reasonsOf reads each reason coding exactly, with no empty keys", () => {
  it("keeps CARC, RARC and HL7 adjudication-reason codings and drops codings of any other system", () => {
    const reasons = reasonsOf(entry([
      { system: "http://example.org/local-reasons", code: "16" },
      { code: "45" },
      { system: CARC, code: "CO-16" },
      { system: RARC, code: "N130" },
      { system: HL7_REASON, code: "ar002", display: "Plan Limit Reached" },
      { system: HL7_REASON, code: "ar001" },
    ]));
    expect(reasons).toStrictEqual([
      carc("16", "CO"),
      { kind: "rarc", code: "N130", ...explainReasonCode("rarc", "N130") },
      { kind: "other", code: "ar002", explanation: "Plan Limit Reached" },
      { kind: "other", code: "ar001", explanation: "ar001" },
    ]);
  });

  it("reads the X12 code system's CARCs and adds the amount and line only when given", () => {
    expect(reasonsOf(entry([{ system: X12_CARC, code: "PR-2" }], "coinsurance", 12.5), 3)).toStrictEqual([
      { ...carc("2", "PR"), amount: { value: 12.5, currency: "USD" }, lineSequence: 3 },
    ]);
    expect(reasonsOf(entry([{ system: X12_CARC, code: "PR-2" }]))).toStrictEqual([carc("2", "PR")]);
  });

  it("gives a CARC without any group source no group, and never gives a RARC a group", () => {
    expect(carcCode("16")).toStrictEqual([carc("16")]);
    expect(reasonsOf(entry([{ system: RARC, code: "N130" }], "deductible", 40))).toStrictEqual([
      { kind: "rarc", code: "N130", ...explainReasonCode("rarc", "N130"), amount: { value: 40, currency: "USD" } },
    ]);
  });
});

describe("the CARC group code", () => {
  it("is split from CO-16, CO16 and lower case, trimmed, with the code upper-cased", () => {
    expect(carcCode("CO-16")).toStrictEqual([carc("16", "CO")]);
    expect(carcCode("CO16")).toStrictEqual([carc("16", "CO")]);
    expect(carcCode("oa-b7")).toStrictEqual([carc("B7", "OA")]);
    expect(carcCode("  PI-45 ")).toStrictEqual([carc("45", "PI")]);
    expect(carcCode(" 16 ")).toStrictEqual([carc("16")]);
  });

  it("is split from a group followed by a lone letter code", () => {
    expect(carcCode("CR-D")).toStrictEqual([carc("D", "CR")]);
  });

  it("is not split from a code that only contains a group-like part", () => {
    for (const code of ["XCO16", "CO-16X", "CO 45", "CO--5", "CO-AB"]) expect(carcCode(code)).toStrictEqual([carc(code)]);
  });

  it("comes from the group extension only, not from another extension's code", () => {
    const withExtension = (url: string) => ({ ...entry([{ system: CARC, code: "97" }]), extension: [{ url, valueCode: "co" }] });
    expect(reasonsOf(withExtension(CARC_GROUP_EXTENSION))).toStrictEqual([carc("97", "CO")]);
    expect(reasonsOf(withExtension("http://example.org/StructureDefinition/other-code"))).toStrictEqual([carc("97")]);
  });

  it("is PR for the patient CARCs 1, 2, 3 and for a reason on any patient-share amount", () => {
    expect(["1", "2", "3"].flatMap((code) => carcCode(code).map((r) => r.group))).toEqual(["PR", "PR", "PR"]);
    const groups = ["deductible", "copay", "coinsurance", "memberliability", "benefit", "submitted"].map((category) => reasonsOf(entry([{ system: CARC, code: "96" }], category, 10))[0]?.group);
    expect(groups).toEqual(["PR", "PR", "PR", "PR", undefined, undefined]);
  });
});
