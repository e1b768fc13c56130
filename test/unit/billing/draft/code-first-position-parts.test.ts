/**
 * Pins codeFirstPosition with Tabular notes given inline: each of the two notes that place a code
 * earlier on its own, the floor set by the code's own "Code first" note, and codes without notes.
 */
import { describe, expect, it } from "vitest";
import { codeFirstPosition } from "../../../../src/billing/draft/code-first-position.ts";
import type { TabularNotes } from "../../../../src/coding/code-index.ts";

const notesFrom = (table: Record<string, TabularNotes>) => (code: string): TabularNotes | undefined => table[code];

describe("codeFirstPosition", () => {
  it("goes before a listed code whose own 'Code first' note names it, with no note of its own", () => {
    const notesOf = notesFrom({ "N18.30": { codeFirst: ["diabetic chronic kidney disease (E08.22, E09.22, E10.22, E11.22, E13.22)"] } });
    expect(codeFirstPosition(["J20.9", "N18.30"], "E11.22", notesOf)).toBe("N18.30");
  });

  it("goes before a listed code its own 'Use additional code' note names, when that code has no notes", () => {
    const notesOf = notesFrom({ "E11.22": { useAdditionalCode: ["to identify stage of chronic kidney disease (N18.1-N18.6)"] } });
    expect(codeFirstPosition(["J20.9", "N18.30"], "E11.22", notesOf)).toBe("N18.30");
  });

  it("never goes before a code its own 'Code first' note names, even where a later-listed note would place it", () => {
    const notesOf = notesFrom({
      "G63": { codeFirst: ["underlying disease, such as: amyloidosis (E85.-)"] },
      "I10": { codeFirst: ["the polyneuropathy (G63)"] },
    });
    expect(codeFirstPosition(["I10", "E85.4"], "G63", notesOf)).toBeUndefined();
  });

  it("goes last when neither it nor the listed codes have notes", () => {
    expect(codeFirstPosition(["I10", "J20.9"], "E78.5", notesFrom({}))).toBeUndefined();
  });
});
