import { describe, expect, it } from "vitest";
import { CARC_EXPLANATIONS, explainReasonCode, RARC_EXPLANATIONS } from "../../../../src/billing/status/index.ts";

const MOST_COMMON_CARCS = [
  "1", "2", "3", "4", "5", "11", "16", "18", "22", "23", "27", "29", "31", "45", "50", "96", "97", "109", "119", "140",
  "146", "151", "167", "170", "181", "182", "185", "186", "197", "198", "204", "226", "227", "234", "236", "242", "252", "253", "B7", "B15",
];

describe("CARC and RARC explanations", () => {
  it("covers the 40 most common CARCs, each with its own meaning and a fix", () => {
    for (const code of MOST_COMMON_CARCS) {
      const { explanation, fix } = explainReasonCode("carc", code);
      expect(explanation, code).not.toMatch(new RegExp(`^Adjustment reason ${code}$`));
      expect(fix?.length ?? 0, code).toBeGreaterThan(10);
    }
    const meanings = Object.values(CARC_EXPLANATIONS).map(([meaning]) => meaning);
    expect(new Set(meanings).size).toBe(meanings.length);
    expect(meanings.length).toBeGreaterThanOrEqual(40);
  });

  // The subject of each code's official X12 description: the app's words must say the same thing.
  it.each([
    ["1", /deductible/i], ["2", /coinsurance/i], ["3", /copay/i], ["4", /modifier/i], ["5", /place of service/i],
    ["11", /diagnosis.*procedure/i], ["16", /missing/i], ["18", /already processed|duplicate/i], ["22", /another plan|coordination of benefits/i],
    ["23", /earlier payer|prior payer/i], ["27", /coverage.*ended|terminated/i], ["29", /filing deadline|time limit/i], ["31", /member|insured/i],
    ["45", /contracted|fee schedule/i], ["50", /medically necessary/i], ["96", /not cover/i], ["97", /included in another|bundled/i],
    ["109", /another payer|contractor/i], ["119", /maximum/i], ["140", /name.*member id|member id.*name/i], ["146", /diagnosis.*not valid/i],
    ["151", /number or frequency|frequency/i], ["167", /diagnosis/i], ["170", /type of provider/i], ["181", /procedure code.*not valid/i],
    ["182", /modifier.*not valid/i], ["185", /rendering provider/i], ["197", /authori[sz]ation/i], ["198", /authori[sz]ed/i],
    ["226", /information/i], ["234", /not paid separately/i], ["236", /NCCI|not allowed with another/i], ["242", /network/i],
    ["252", /attachment|documentation/i], ["253", /sequestration/i], ["B15", /qualifying service/i],
  ] as const)("CARC %s says what the code means (%s)", (code, subject) => {
    expect(explainReasonCode("carc", code).explanation).toMatch(subject);
  });

  it("keeps the texts short enough for a status row", () => {
    for (const [meaning, fix] of [...Object.values(CARC_EXPLANATIONS), ...Object.values(RARC_EXPLANATIONS)]) {
      expect(meaning.length).toBeLessThanOrEqual(110);
      expect(fix.length).toBeLessThanOrEqual(130);
    }
  });

  it("explains the common RARCs", () => {
    expect(Object.keys(RARC_EXPLANATIONS).length).toBeGreaterThanOrEqual(10);
    expect(explainReasonCode("rarc", "N290").explanation).toMatch(/rendering provider/);
  });

  it("shows an unknown code as the code itself, never a guess", () => {
    expect(explainReasonCode("carc", "999")).toEqual({ explanation: "Adjustment reason 999" });
    expect(explainReasonCode("rarc", "ZZ1")).toEqual({ explanation: "Remark ZZ1" });
    expect(explainReasonCode("carc", "toString")).toEqual({ explanation: "Adjustment reason toString" });
  });
});
