import { describe, expect, it } from "vitest";
import { buildClaim } from "../../../../src/billing/build/index.ts";
import type { DraftLine } from "../../../../src/billing/claim-draft.ts";
import { applyDraftAction } from "../../../../src/billing/draft/draft-actions.ts";
import { readDraftEm, type DraftEm } from "../../../../src/billing/draft/draft-em.ts";
import { validateDraft } from "../../../../src/billing/draft/validate-draft.ts";
import { draftContent, draftFromClaim } from "../../../../src/billing/state/index.ts";
import { CONTEXT, readyFixture } from "../state/store-fixtures.ts";

const EM: DraftEm = { basis: "mdm", status: "established", mdm: { problems: "moderate", data: "low", risk: "moderate" }, day: "subsequent", levelFrom: "provider" };
const emLine = (code: string, id = `em-${code}`): DraftLine => ({ id, system: "http://www.ama-assn.org/go/cpt", code, modifiers: [], units: 1, diagnosisPointers: [1], placeOfService: "11", unitCharge: 100, serviceDate: "2026-11-18" });

describe("E/M choices are part of the draft: saved on the Claim and read back", () => {
  const draft = readyFixture();

  it("a Claim carries them in its em-choices extension and the next reader gets them back", () => {
    const claim = buildClaim({ ...draft, em: EM }, CONTEXT);
    expect(claim.extension?.[0]?.url).toContain("em-choices");
    expect(draftFromClaim(claim, draft).em).toEqual(EM);
    expect(draftFromClaim(buildClaim({ ...draft, em: { ...EM, minutes: 42, basis: "time" } }, CONTEXT), draft).em).toMatchObject({ minutes: 42, basis: "time" });
  });

  it("a Claim without them gives no choices (the chart's defaults stand)", () => {
    expect(draftFromClaim(buildClaim(draft, CONTEXT), draft).em).toBeUndefined();
  });

  it("changing them is a change of content (so the shared draft is saved); key order is not", () => {
    const reordered = { levelFrom: EM.levelFrom, day: EM.day, mdm: { risk: "moderate", data: "low", problems: "moderate" }, status: EM.status, basis: EM.basis } as DraftEm;
    expect(draftContent({ ...draft, em: EM })).not.toBe(draftContent(draft));
    expect(draftContent({ ...draft, em: EM })).not.toBe(draftContent({ ...draft, em: { ...EM, status: "new" } }));
    expect(draftContent({ ...draft, em: EM })).toBe(draftContent({ ...draft, em: reordered }));
  });

  it("set-em changes them and bumps the revision", () => {
    const next = applyDraftAction(draft, { type: "set-em", em: EM });
    expect(next.em).toEqual(EM);
    expect(next.revision).toBe(draft.revision + 1);
  });

  it("browser storage: readable choices are kept, unreadable ones dropped with a warning", () => {
    const kept = validateDraft({ ...draft, em: EM }, draft);
    expect(kept.kind === "draft" && kept.draft.em).toEqual(EM);
    const bad = validateDraft({ ...draft, em: { basis: "guess", status: "new", mdm: {} } }, draft);
    expect(bad.kind === "draft" && bad.draft.em).toBeUndefined();
    expect(bad.issues.map((i) => i.expression?.[0])).toContain("ClaimDraft.em");
  });

  it.each([
    [{ ...EM, minutes: -1 }, "minutes"],
    [{ ...EM, minutes: 1441 }, "minutes"],
    [{ ...EM, minutes: 2.5 }, "minutes"],
    [{ ...EM, day: "someday" }, "day"],
    [{ ...EM, levelFrom: "coder" }, "levelFrom"],
  ] as const)("readDraftEm keeps the choices but drops an out-of-range part: %o", (value, part) => {
    const read = readDraftEm(value);
    expect(read).toMatchObject({ basis: "mdm", status: "established" });
    expect(read?.[part]).toBeUndefined();
  });
});

describe("set-em-lines: the E/M line replaces the existing one and is the first line", () => {
  const base = readyFixture();
  const others = base.lines.filter((l) => !/^99\d{3}$/.test(l.code));

  it("adding an E/M when one is on the draft replaces it (never a second), keeping its id and pointers", () => {
    const withEm = { ...base, lines: [...others, { ...emLine("99213", "first-em"), diagnosisPointers: [2, 1] }] };
    const next = applyDraftAction(withEm, { type: "set-em-lines", lines: [emLine("99215")] });
    const ems = next.lines.filter((l) => /^992/.test(l.code));
    expect(ems).toHaveLength(1);
    expect(next.lines[0]).toMatchObject({ code: "99215", id: "first-em", diagnosisPointers: [2, 1] });
    expect(next.lines.slice(1).map((l) => l.id)).toEqual(others.map((l) => l.id));
  });

  it("the E/M line goes first even when the draft had none; a prolonged add-on follows it and replaces the old add-on", () => {
    const first = applyDraftAction({ ...base, lines: others }, { type: "set-em-lines", lines: [emLine("99215"), { ...emLine("99417"), units: 2 }] });
    expect(first.lines.slice(0, 2).map((l) => l.code)).toEqual(["99215", "99417"]);
    const again = applyDraftAction(first, { type: "set-em-lines", lines: [emLine("99214")] });
    expect(again.lines.map((l) => l.code)).toEqual(["99214", ...others.map((l) => l.code)]);
  });

  it("a preventive or ED code replaces an office code", () => {
    const office = applyDraftAction({ ...base, lines: others }, { type: "set-em-lines", lines: [emLine("99213")] });
    expect(applyDraftAction(office, { type: "set-em-lines", lines: [emLine("99392")] }).lines.filter((l) => l.code.startsWith("99")).map((l) => l.code)).toEqual(["99392"]);
    expect(applyDraftAction(office, { type: "set-em-lines", lines: [emLine("99284")] }).lines[0]?.code).toBe("99284");
  });
});
