// Pins decodePtpArtifact: the exact refusal of bytes that are not a PTP artifact, that a
// lookup never runs past the edits of its column-1 code into the next code's edits, that an
// edit without a rationale has no rationale key, and that the table keeps its own copy of the
// flag bytes (changing the caller's buffer after decoding changes no answer); a code absent from
// the dictionary finds no edit.
import { describe, expect, it } from "vitest";
import { encodePtpArtifact } from "../../../../src/billing/ncci/ptp-artifact.ts";
import { decodePtpArtifact } from "../../../../src/billing/ncci/ptp-compact-table.ts";
import type { PtpEdit } from "../../../../src/billing/ncci/ptp-table.ts";

describe("decodePtpArtifact", () => {
  it("refuses bytes without the PTP1 magic with the exact message", () => {
    const bytes = new TextEncoder().encode("MUE1{}");
    expect(() => decodePtpArtifact(bytes)).toThrow(new Error("Not a PTP artifact"));
  });

  it("does not answer a pair from the next column-1 code's edits", () => {
    // Dictionary order: 11111, 22222, 99999. 11111 -> 99999 was deleted in 2019; 22222 -> 99999 is in force.
    const edits: PtpEdit[] = [
      { column1: "11111", column2: "99999", modifierIndicator: 0, deletionDate: "2019-12-31" },
      { column1: "22222", column2: "99999", modifierIndicator: 1, effectiveDate: "2020-01-01" },
    ];
    const table = decodePtpArtifact(encodePtpArtifact("e", "2026-04-01", edits));
    expect(table.lookup("11111", "99999", "2026-05-01")).toBe(undefined);
    expect(table.lookup("22222", "99999", "2026-05-01")).toStrictEqual({
      column1: "22222",
      column2: "99999",
      modifierIndicator: 1,
      effectiveDate: "2020-01-01",
    });
  });

  it("answers undefined for a code that is not in the dictionary, as column 1, column 2 or both", () => {
    const edits: PtpEdit[] = [{ column1: "43239", column2: "43235", modifierIndicator: 0 }];
    const table = decodePtpArtifact(encodePtpArtifact("e", "2024-07-01", edits));
    expect([
      table.lookup("99999", "43235", "2026-05-01"),
      table.lookup("43239", "99999", "2026-05-01"),
      table.lookup("99998", "99999", "2026-05-01"),
    ]).toStrictEqual([undefined, undefined, undefined]);
  });

  it("answers an edit without a rationale or dates with no such keys", () => {
    const edits: PtpEdit[] = [{ column1: "43239", column2: "43235", modifierIndicator: 0 }];
    const table = decodePtpArtifact(encodePtpArtifact("e", "2024-07-01", edits));
    expect(table.lookup("43239", "43235", "2026-05-01")).toStrictEqual({ column1: "43239", column2: "43235", modifierIndicator: 0 });
  });

  it("keeps answering the same after the caller's buffer is overwritten", () => {
    const edits: PtpEdit[] = [{ column1: "20610", column2: "76942", modifierIndicator: 1, rationale: "Misuse of column two code with column one code" }];
    const bytes = encodePtpArtifact("e", "2024-07-01", edits);
    const table = decodePtpArtifact(bytes);
    bytes.fill(0);
    expect(table.lookup("20610", "76942", "2026-05-01")).toStrictEqual({
      column1: "20610",
      column2: "76942",
      modifierIndicator: 1,
      rationale: "Misuse of column two code with column one code",
    });
  });
});
