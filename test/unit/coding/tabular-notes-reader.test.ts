import { describe, expect, it } from "vitest";
import type { TabularNotesArtifact } from "../../../src/coding/artifacts/artifact-format.ts";
import { notesReader } from "../../../src/coding/conventions/tabular-notes.ts";

const artifact = (notesJson: string): TabularNotesArtifact => ({ format: 3, kind: "icd10cm-notes", fiscalYear: "FY2023", source: "test", notesJson });

describe("Tabular notes read on first use", () => {
  it("parses the notes once and gives the same record after", () => {
    const read = notesReader(artifact('{"E11":{"includes":["diabetes"]}}'));
    expect(read()["E11"]?.includes).toEqual(["diabetes"]);
    expect(read()).toBe(read());
  });

  it("names the artifact when the notes are not a JSON object (the lookup that first reads them fails)", () => {
    expect(() => notesReader(artifact('{"E11":'))()).toThrow(/code-set artifact notes: /);
    expect(() => notesReader(artifact("[1,2]"))()).toThrow(/code-set artifact notes: /);
  });
});
