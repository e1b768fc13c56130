// Pins the E/M choices extension: only the choices that are set become sub-extensions, the
// extension is found by its url among others, and missing parts read back as "no choices" or as
// an absent optional choice, never as a crash.
import type { Extension } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { EM_CHOICES_EXTENSION, emExtension, emFromExtensions } from "../../../../src/billing/state/em-extension.ts";

const sub = (url: string, valueCode: string): Extension => ({ url, valueCode });

describe("emExtension", () => {
  it("writes only the five required choices when minutes, day and level source are unset", () => {
    const ext = emExtension({ basis: "mdm", status: "new", mdm: { problems: "low", data: "moderate", risk: "high" } });
    expect(ext).toStrictEqual({
      url: EM_CHOICES_EXTENSION,
      extension: [sub("basis", "mdm"), sub("status", "new"), sub("problems", "low"), sub("data", "moderate"), sub("risk", "high")],
    });
  });

  it("adds minutes, day and level source when they are set", () => {
    const ext = emExtension({ basis: "time", status: "established", minutes: 0, mdm: { problems: "straightforward", data: "low", risk: "low" }, day: "discharge", levelFrom: "provider" });
    expect(ext).toStrictEqual({
      url: EM_CHOICES_EXTENSION,
      extension: [
        sub("basis", "time"), sub("status", "established"), sub("problems", "straightforward"), sub("data", "low"), sub("risk", "low"),
        { url: "minutes", valueInteger: 0 }, sub("day", "discharge"), sub("levelFrom", "provider"),
      ],
    });
  });
});

describe("emFromExtensions", () => {
  it("finds the choices extension after other Claim extensions", () => {
    const other: Extension = { url: "https://example.org/other", extension: [sub("basis", "time"), sub("status", "new"), sub("problems", "high"), sub("data", "high"), sub("risk", "high")] };
    const choices: Extension = { url: EM_CHOICES_EXTENSION, extension: [sub("basis", "mdm"), sub("status", "established"), sub("problems", "low"), sub("data", "low"), sub("risk", "moderate")] };
    expect(emFromExtensions([other, choices])).toStrictEqual({ basis: "mdm", status: "established", mdm: { problems: "low", data: "low", risk: "moderate" } });
  });

  it("a choices extension without sub-extensions carries no choices", () => {
    expect(emFromExtensions([{ url: EM_CHOICES_EXTENSION, valueString: "x" }])).toBeUndefined();
  });

  it.each(["basis", "status", "problems", "data", "risk"])("a choices extension without %s carries no choices", (missing) => {
    const all = [sub("basis", "mdm"), sub("status", "new"), sub("problems", "low"), sub("data", "low"), sub("risk", "low")];
    expect(emFromExtensions([{ url: EM_CHOICES_EXTENSION, extension: all.filter((e) => e.url !== missing) }])).toBeUndefined();
  });

  it("reads day without a level source, and a level source without a day", () => {
    const base = [sub("basis", "mdm"), sub("status", "new"), sub("problems", "low"), sub("data", "low"), sub("risk", "low")];
    expect(emFromExtensions([{ url: EM_CHOICES_EXTENSION, extension: [...base, sub("day", "initial")] }])).toStrictEqual({
      basis: "mdm", status: "new", mdm: { problems: "low", data: "low", risk: "low" }, day: "initial",
    });
    expect(emFromExtensions([{ url: EM_CHOICES_EXTENSION, extension: [...base, sub("levelFrom", "helper")] }])).toStrictEqual({
      basis: "mdm", status: "new", mdm: { problems: "low", data: "low", risk: "low" }, levelFrom: "helper",
    });
  });
});
