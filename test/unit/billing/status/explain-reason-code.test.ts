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
