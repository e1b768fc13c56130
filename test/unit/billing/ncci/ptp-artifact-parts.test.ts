// Pins the compact PTP artifact layout written by encodePtpArtifact, read back here stream by
// stream: the header's rationale list (blank rationales left out), the order of several edits
// of one code pair (effective date with "none" last, then deletion date with "none" last, then indicator, then
// rationale with "none" first), edits without dates, and the exact refusals of a code that is
// not 5 characters and of more than 31 rationales.
import { describe, expect, it } from "vitest";
import { ByteReader } from "../../../../src/coding/artifacts/index.ts";
import { encodePtpArtifact } from "../../../../src/billing/ncci/ptp-artifact.ts";
import type { PtpEdit } from "../../../../src/billing/ncci/ptp-table.ts";

const MISUSE = "Misuse of column two code with column one code";
const SEPARATE = "CPT Separate procedure definition";

/** The artifact's streams as the format comment in ptp-artifact.ts describes them. */
function readLayout(bytes: Uint8Array) {
  const reader = new ByteReader(bytes);
  const text = (count: number) => new TextDecoder().decode(reader.bytes(count));
  const magic = text(4);
  const header: unknown = JSON.parse(text(reader.varint()));
  const { codeCount } = header as { codeCount: number };
  const codes = Array.from({ length: codeCount }, () => text(5));
  const counts = codes.map(() => reader.varint());
  const editCount = counts.reduce((sum, count) => sum + count, 0);
  const column2Steps = Array.from({ length: editCount }, () => reader.varint());
  const flags = [...reader.bytes(editCount)];
  const dates: string[] = [];
  while (reader.offset < bytes.length) dates.push(new Date(reader.varint() * 86_400_000).toISOString().slice(0, 10));
  return { magic, header, codes, counts, column2Steps, flags, dates };
}

describe("compact PTP artifact layout", () => {
  it("orders edits of one pair by effective date (none last), then deletion date (none last), then rationale (none first)", () => {
    const edits: PtpEdit[] = [
      { column1: "43239", column2: "43235", modifierIndicator: 0, rationale: SEPARATE },
      { column1: "20610", column2: "99213", modifierIndicator: 1, effectiveDate: "2020-01-01", rationale: MISUSE },
      { column1: "20610", column2: "99213", modifierIndicator: 0, effectiveDate: "2020-01-01", deletionDate: "2022-12-31" },
      { column1: "20610", column2: "99213", modifierIndicator: 1, deletionDate: "2019-12-31", rationale: MISUSE },
      { column1: "43239", column2: "43235", modifierIndicator: 0 },
    ];
    expect(readLayout(encodePtpArtifact("Practitioner PTP test", "2026-04-01", edits))).toStrictEqual({
      magic: "PTP1",
      header: { edition: "Practitioner PTP test", effectiveDate: "2026-04-01", rationales: [SEPARATE, MISUSE], codeCount: 4, editCount: 5 },
      codes: ["20610", "43235", "43239", "99213"],
      counts: [3, 0, 2, 0],
      column2Steps: [3, 0, 0, 1, 0],
      // both dates (2 | 4), effective only (1 | 4 | Misuse 2 << 3), deletion only (1 | 2 | 2 << 3), none, CPT (1 << 3)
      flags: [6, 21, 19, 0, 8],
      dates: ["2020-01-01", "2022-12-31", "2020-01-01", "2019-12-31"],
    });
  });

  it("orders edits differing only in effective date, only in deletion date or only in rationale", () => {
    const edits: PtpEdit[] = [
      { column1: "11042", column2: "99211", modifierIndicator: 1, effectiveDate: "2021-01-01" },
      { column1: "11042", column2: "99211", modifierIndicator: 1, effectiveDate: "2020-01-01" },
      { column1: "11043", column2: "99212", modifierIndicator: 0, deletionDate: "2023-12-31" },
      { column1: "11043", column2: "99212", modifierIndicator: 0, deletionDate: "2022-12-31" },
      { column1: "11044", column2: "99213", modifierIndicator: 0, rationale: MISUSE },
      { column1: "11044", column2: "99213", modifierIndicator: 0, rationale: SEPARATE },
    ];
    const layout = readLayout(encodePtpArtifact("e", "2026-04-01", edits));
    expect(layout).toStrictEqual({
      magic: "PTP1",
      header: { edition: "e", effectiveDate: "2026-04-01", rationales: [SEPARATE, MISUSE], codeCount: 6, editCount: 6 },
      codes: ["11042", "11043", "11044", "99211", "99212", "99213"],
      counts: [2, 2, 2, 0, 0, 0],
      column2Steps: [3, 0, 4, 0, 5, 0],
      flags: [5, 5, 2, 2, 8, 16],
      dates: ["2020-01-01", "2021-01-01", "2022-12-31", "2023-12-31"],
    });
    expect(readLayout(encodePtpArtifact("e", "2026-04-01", [...edits].reverse()))).toStrictEqual(layout);
  });

  it("writes edits without dates or rationales with no dates and an empty rationale list", () => {
    const edits: PtpEdit[] = [
      { column1: "43239", column2: "43235", modifierIndicator: 0 },
      { column1: "11042", column2: "99211", modifierIndicator: 1, rationale: "" },
    ];
    expect(readLayout(encodePtpArtifact("e", "2024-07-01", edits))).toStrictEqual({
      magic: "PTP1",
      header: { edition: "e", effectiveDate: "2024-07-01", rationales: [], codeCount: 4, editCount: 2 },
      codes: ["11042", "43235", "43239", "99211"],
      counts: [1, 0, 1, 0],
      column2Steps: [3, 1],
      flags: [1, 0],
      dates: [],
    });
  });

  it("refuses a code that is not 5 characters, even among 5-character codes", () => {
    const edits: PtpEdit[] = [
      { column1: "43239", column2: "43235", modifierIndicator: 0 },
      { column1: "2061", column2: "99213", modifierIndicator: 1 },
    ];
    expect(() => encodePtpArtifact("e", "2024-07-01", edits)).toThrowError(new Error("PTP artifact: every code must have 5 characters"));
  });

  it("keeps 31 rationales and refuses 32", () => {
    const withRationales = (count: number): PtpEdit[] =>
      Array.from({ length: count }, (_, i) => ({ column1: "43239", column2: String(10000 + i), modifierIndicator: 0, rationale: `R${String(i).padStart(2, "0")}` }));
    const header = readLayout(encodePtpArtifact("e", "2024-07-01", withRationales(31))).header;
    expect(header).toStrictEqual({
      edition: "e",
      effectiveDate: "2024-07-01",
      rationales: Array.from({ length: 31 }, (_, i) => `R${String(i).padStart(2, "0")}`),
      codeCount: 32,
      editCount: 31,
    });
    expect(() => encodePtpArtifact("e", "2024-07-01", withRationales(32))).toThrowError(new Error("PTP artifact: more than 31 rationales"));
  });
});
