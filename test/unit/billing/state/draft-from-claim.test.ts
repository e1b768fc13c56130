import { describe, expect, it } from "vitest";
import { buildClaim } from "../../../../src/billing/build/index.ts";
import { draftContent, draftFromClaim, sameContent } from "../../../../src/billing/state/index.ts";
import { fixtureNames } from "../build/fixture-draft.ts";
import { CONTEXT, readyFixture, storedClaim } from "./store-fixtures.ts";

describe.each(fixtureNames())("a Claim read back is the draft it was built from: %s", (name) => {
  const draft = readyFixture(name);

  it("same content: diagnoses, lines with their ids, parties and amounts", () => {
    const back = draftFromClaim(buildClaim(draft, CONTEXT), draft);
    expect(draftContent(back)).toBe(draftContent(draft));
    expect(back.lines.map((l) => l.id)).toEqual(draft.lines.map((l) => l.id));
    expect(back.diagnoses.map((d) => d.conditionRef)).toEqual(draft.diagnoses.map((d) => d.conditionRef));
  });

  it("remembers the stored version it came from (for If-Match)", () => {
    const back = draftFromClaim(storedClaim(draft, "c-9", "7", "draft", 3), draft);
    expect(back.basedOn).toEqual({ claimRef: "Claim/c-9", versionId: "7", generation: 3, status: "draft" });
  });

  it("a change of units, charge, modifier, pointer or order is a change of content; a display or the local revision is not", () => {
    const line = draft.lines[0]!;
    const changes = [
      { ...draft, lines: [{ ...line, units: line.units + 1 }, ...draft.lines.slice(1)] },
      { ...draft, lines: [{ ...line, unitCharge: line.unitCharge + 0.01 }, ...draft.lines.slice(1)] },
      { ...draft, lines: [{ ...line, modifiers: [...line.modifiers, "59"] }, ...draft.lines.slice(1)] },
      { ...draft, lines: [{ ...line, diagnosisPointers: [1] }, ...draft.lines.slice(1)], diagnoses: [...draft.diagnoses, { code: "Z00.00", display: "x" }] },
      ...(draft.diagnoses.length > 1 ? [{ ...draft, diagnoses: [...draft.diagnoses].reverse() }] : []),
    ];
    for (const changed of changes) expect(sameContent(changed, draft)).toBe(false);
    expect(sameContent({ ...draft, revision: 42, lines: draft.lines.map((l) => ({ ...l, display: "another text" })) }, draft)).toBe(true);
  });
});

describe("stored claims are read in every modifier system they were written in", () => {
  const draft = readyFixture(fixtureNames()[0] ?? "");
  const line = draft.lines[0]!;
  const claim = buildClaim({ ...draft, lines: [{ ...line, modifiers: ["25", "RT"] }], renderingTaxonomy: "207Q00000X" }, CONTEXT);

  it("CPT and HCPCS modifiers (as written now) come back in order, with the rendering taxonomy", () => {
    const back = draftFromClaim(claim, draft);
    expect(back.lines[0]?.modifiers).toEqual(["25", "RT"]);
    expect(back.renderingTaxonomy).toBe("207Q00000X");
  });

  it("the example modifier system earlier claims used, the HCPCS OID, or no system", () => {
    const systems = ["http://terminology.hl7.org/CodeSystem/modifiers", "urn:oid:2.16.840.1.113883.6.285", undefined];
    for (const system of systems) {
      const item = { ...claim.item![0]!, modifier: [{ coding: [{ ...(system ? { system } : {}), code: "25" }] }, { coding: [{ ...(system ? { system } : {}), code: "RT" }] }] };
      expect(draftFromClaim({ ...claim, item: [item] }, draft).lines[0]?.modifiers).toEqual(["25", "RT"]);
    }
  });

  it("a coding in another system is not taken for a modifier", () => {
    const item = { ...claim.item![0]!, modifier: [{ coding: [{ system: "http://example.org/local-modifiers", code: "ZZ" }] }] };
    expect(draftFromClaim({ ...claim, item: [item] }, draft).lines[0]?.modifiers).toEqual([]);
  });
});
