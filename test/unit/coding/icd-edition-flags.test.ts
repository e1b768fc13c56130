import { describe, expect, it } from "vitest";
import { maskValidity } from "../../../src/coding/store/code-table.ts";
import { IcdTable } from "../../../src/coding/store/icd-code.ts";
import { buildIcd10CmArtifact, type EditionInput, type OrderRow } from "../../../scripts/codesets-icd10cm.ts";

const row = (code: string, billable: boolean): OrderRow => ({ code, billable, short: `s ${code}`, long: `Title ${code}` });
const edition = (id: string, rows: OrderRow[]): EditionInput => ({ info: { id, start: `${id}-start`, end: `${id}-end`, source: "test" }, rows });

describe("ICD-10-CM edition flags written by the builder", () => {
  it("read back per code and edition for two editions", () => {
    const { icd10cm } = buildIcd10CmArtifact([edition("FY1", [row("A00", false), row("A000", true)]), edition("FY2", [row("A000", true), row("B99", true)])]);
    const table = new IcdTable(icd10cm);
    const validity = (code: string) => [0, 1].map((e) => maskValidity(table.masks[table.keys.indexOf(code)] ?? 0, e));
    expect([validity("A00"), validity("A000"), validity("B99")]).toEqual([[1, 0], [2, 2], [0, 2]]);
  });

  it("refuses more editions than one flag character holds, instead of writing flags that shift every later code", () => {
    const three = ["FY1", "FY2", "FY3"].map((id) => edition(id, [row("A00", true), row("A000", true)]));
    expect(() => buildIcd10CmArtifact(three)).toThrow(/two editions/);
  });
});
