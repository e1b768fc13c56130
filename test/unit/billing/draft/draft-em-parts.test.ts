// Pins draft-em.ts: readDraftEm returns the whole E/M choice for a valid stored value, keeps the
// minutes at both ends of 0..1440, and returns undefined when any required part is wrong.
import { describe, expect, it } from "vitest";
import { readDraftEm } from "../../../../src/billing/draft/draft-em.ts";

const valid = () => ({ basis: "mdm", status: "new", mdm: { problems: "low", data: "moderate", risk: "high" } });

describe("readDraftEm", () => {
  it("reads a new patient's MDM choice with no optional parts", () => {
    expect(readDraftEm(valid())).toStrictEqual({ basis: "mdm", status: "new", mdm: { problems: "low", data: "moderate", risk: "high" } });
  });

  it("reads an established patient's time choice with every optional part", () => {
    const stored = { ...valid(), basis: "time", status: "established", minutes: 40, day: "discharge", levelFrom: "provider", extra: 1 };
    expect(readDraftEm(stored)).toStrictEqual({
      basis: "time", status: "established", minutes: 40, mdm: { problems: "low", data: "moderate", risk: "high" }, day: "discharge", levelFrom: "provider",
    });
  });

  it("keeps 0 and 1440 minutes and drops -1, 1441, fractions and text", () => {
    const minutes = [0, 1440, -1, 1441, 1.5, "30"].map((m) => readDraftEm({ ...valid(), minutes: m })?.minutes);
    expect(minutes).toStrictEqual([0, 1440, undefined, undefined, undefined, undefined]);
  });

  it("drops an unknown day and level source", () => {
    expect(readDraftEm({ ...valid(), day: "weekend", levelFrom: "payer" })).toStrictEqual(valid());
  });

  it("returns undefined for null, text and a function carrying E/M fields", () => {
    const fn = Object.assign(() => undefined, valid());
    expect([null, "mdm", fn].map(readDraftEm)).toStrictEqual([undefined, undefined, undefined]);
  });

  it("returns undefined for an unknown basis or status", () => {
    expect(readDraftEm({ ...valid(), basis: "gut" })).toBe(undefined);
    expect(readDraftEm({ ...valid(), status: "returning" })).toBe(undefined);
    expect(readDraftEm({ ...valid(), status: "" })).toBe(undefined);
  });

  it("returns undefined when the MDM ratings are missing, null or one of them unknown", () => {
    const mdm = { problems: "low", data: "moderate", risk: "high" };
    const results = [undefined, null, { ...mdm, problems: "extreme" }, { ...mdm, data: "extreme" }, { ...mdm, risk: "extreme" }].map((m) =>
      readDraftEm({ ...valid(), mdm: m }),
    );
    expect(results).toStrictEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
