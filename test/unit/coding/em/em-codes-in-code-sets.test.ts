import { beforeAll, describe, expect, it } from "vitest";
import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { emByMdm } from "../../../../src/coding/em/em-by-mdm.ts";
import { emByTime } from "../../../../src/coding/em/em-by-time.ts";
import { MDM_LEVELS, type PatientStatus } from "../../../../src/coding/em/em-levels.ts";
import { preventiveCode } from "../../../../src/coding/em/preventive-code.ts";
import { prolongedService } from "../../../../src/coding/em/prolonged-service.ts";
import { CPT, HCPCS, loadCodeIndex } from "../../../../src/coding/index.ts";

let index: CodeIndex;
beforeAll(async () => {
  index = await loadCodeIndex();
});

const STATUSES: PatientStatus[] = ["new", "established"];

/** Every code the E/M helper can give, from every input band. */
function producedCodes(): string[] {
  const codes = new Set<string>();
  for (const status of STATUSES) {
    for (let minutes = 0; minutes <= 130; minutes++) {
      const byTime = emByTime(minutes, status);
      if (byTime.kind === "code") codes.add(byTime.code);
      for (const medicare of [false, true]) {
        const prolonged = prolongedService(minutes, status, { medicare });
        if (prolonged) codes.add(prolonged.code);
      }
    }
    for (const level of MDM_LEVELS) {
      const byMdm = emByMdm({ problems: level, data: level, risk: level }, status);
      if (byMdm.kind === "code") codes.add(byMdm.code);
    }
    for (const year of [2025, 2023, 2018, 2010, 2000, 1970, 1950]) {
      const visit = preventiveCode(`${year}-01-01`, "2025-06-01", status);
      if (visit) codes.add(visit.code);
    }
  }
  return [...codes].sort();
}

describe("the E/M helper's codes are in the code sets", () => {
  it("gives 8 office levels, 14 preventive codes and 2 prolonged-service codes", () => {
    expect(producedCodes()).toHaveLength(24);
  });

  it("each resolves in the CPT numbers or HCPCS Level II and is valid in 2026", () => {
    for (const code of producedCodes()) {
      const entry = index.lookup(/^\d/.test(code) ? CPT : HCPCS, code, "2026-02-01");
      expect(entry?.validOnDate, code).toBe(true);
    }
  });
});
