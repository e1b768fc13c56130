import { beforeAll, describe, expect, it } from "vitest";
import {
  CPT, ICD10CM, loadCodeIndex, parseCptDescriptorCsv, type LoadedCodeIndex,
} from "../../../src/coding/index.ts";
import { realArtifacts } from "./real-code-index.ts";

// A fresh index per file: these tests add codes to it.
let index: LoadedCodeIndex;
beforeAll(async () => { index = await loadCodeIndex({ source: { kind: "artifacts", artifacts: await realArtifacts() } }); });

describe("codes added at run time", () => {
  it("CPT codes from the EMR keep the EMR's display and become searchable", () => {
    expect(index.search("zebra tendon repair", { systems: [CPT] })).toEqual([]);
    const added = index.addCodings([
      { system: CPT, code: "27654", display: "Zebra tendon repair (EMR text)" },
      { system: ICD10CM, code: "E11.9", display: "EMR text for a shipped code" },
      { system: CPT, code: "99213", display: "EMR office visit text" },
    ]);
    expect(added).toBe(2);
    expect(index.search("zebra tendon", { systems: [CPT] })[0]).toEqual({ system: CPT, code: "27654", display: "Zebra tendon repair (EMR text)", billable: true });
    expect(index.search("99213")[0]?.display).toBe("EMR office visit text");
    expect(index.lookup(ICD10CM, "E11.9")?.display).toBe("Type 2 diabetes mellitus without complications");
    expect(index.lookup(CPT, "27654")?.display).toBe("Zebra tendon repair (EMR text)");
  });

  it("an ICD-10-CM code outside the shipped editions stays unknown, whoever sends it", () => {
    expect(index.addCodings([{ system: ICD10CM, code: "Q99.99", display: "An EMR's invalid code" }])).toBe(0);
    expect(index.addEntries([{ system: ICD10CM, code: "Z99.999", display: "A server's code we do not ship" }], "terminology-server")).toBe(0);
    expect(index.lookup(ICD10CM, "Q99.99", "2026-01-05")).toBeUndefined();
    expect(index.lookup(ICD10CM, "Z99.999")).toBeUndefined();
    expect(index.search("invalid code", { systems: [ICD10CM] }).map((h) => h.code)).not.toContain("Q99.99");
  });

  it("licensed descriptors win over EMR displays", () => {
    const { entries } = parseCptDescriptorCsv("code,descriptor\n27654,Licensed descriptor text\n");
    expect(index.addEntries(entries, "licensed")).toBe(1);
    expect(index.addCodings([{ system: CPT, code: "27654", display: "EMR again" }])).toBe(0);
    expect(index.search("licensed descriptor")[0]).toMatchObject({ code: "27654", display: "Licensed descriptor text" });
  });
});
