/**
 * Pins the canonical content strings of claim-content: draftContent with and without the optional
 * parties and E/M choices (an absent party is "", an absent E/M is no element, an absent E/M
 * minute, day or level source is null), draftContentHash as the hash of that string, and
 * lineContentHash with a pointer past the diagnoses and no providers.
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { contentHash } from "../../../../src/billing/state/billing-identifiers.ts";
import { draftContent, draftContentHash, lineContentHash } from "../../../../src/billing/state/claim-content.ts";
import { CPT } from "../../../../src/coding/systems.ts";

const line = (value: Partial<DraftLine> = {}): DraftLine => ({
  id: "l1", system: CPT, code: "99213", display: "not content", modifiers: ["25"], units: 2, diagnosisPointers: [1],
  placeOfService: "11", unitCharge: 100.004, serviceDate: "2026-11-20", ...value,
});
const bare = (value: Partial<ClaimDraft> = {}): ClaimDraft => ({
  encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 7,
  diagnoses: [{ code: "E11.9", display: "not content" }], lines: [line()], ...value,
});
const LINE = `["l1","${CPT}","99213",["25"],2,[1],"11",100,"2026-11-20"]`;

describe("draftContent", () => {
  it("absent parties are empty strings and an absent E/M adds nothing", () => {
    expect(draftContent(bare())).toBe(`["Encounter/e1","Patient/p1",["E11.9"],[${LINE}],"","","",""]`);
  });

  it("the parties in their fixed places, then the E/M choices in a fixed order", () => {
    const draft = bare({
      renderingProviderRef: "Practitioner/r", billingProviderRef: "Organization/b", coverageRef: "Coverage/c", locationRef: "Location/l",
      em: { levelFrom: "provider", day: "subsequent", mdm: { risk: "high", data: "low", problems: "moderate" }, minutes: 42, status: "new", basis: "time" },
    });
    expect(draftContent(draft)).toBe(
      `["Encounter/e1","Patient/p1",["E11.9"],[${LINE}],"Practitioner/r","Organization/b","Coverage/c","Location/l",["time","new",42,"moderate","low","high","subsequent","provider"]]`,
    );
  });

  it("absent E/M minutes, day and level source are null", () => {
    const draft = bare({ em: { basis: "mdm", status: "established", mdm: { problems: "low", data: "straightforward", risk: "low" } } });
    expect(draftContent(draft)).toBe(`["Encounter/e1","Patient/p1",["E11.9"],[${LINE}],"","","","",["mdm","established",null,"low","straightforward","low",null,null]]`);
  });

  it("draftContentHash is the hash of that string", () => {
    expect(draftContentHash(bare())).toBe(contentHash(`["Encounter/e1","Patient/p1",["E11.9"],[${LINE}],"","","",""]`));
  });
});

describe("lineContentHash", () => {
  it("a pointer past the diagnoses points at an empty code; absent providers are empty strings", () => {
    const draft = bare({ lines: [line({ diagnosisPointers: [1, 3] })] });
    expect(lineContentHash(draft, line({ diagnosisPointers: [1, 3] }))).toBe(contentHash(`["${CPT}","99213",["25"],2,100,"2026-11-20","11",["E11.9",""],"",""]`));
  });

  it("the rendering and billing providers are part of a line's content", () => {
    const draft = bare({ renderingProviderRef: "Practitioner/r", billingProviderRef: "Organization/b" });
    expect(lineContentHash(draft, line())).toBe(contentHash(`["${CPT}","99213",["25"],2,100,"2026-11-20","11",["E11.9"],"Practitioner/r","Organization/b"]`));
  });
});
