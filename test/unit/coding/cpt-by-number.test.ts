import { beforeAll, describe, expect, it } from "vitest";
import { CPT, HCPCS, ICD10CM, loadCodeIndex, type LoadedCodeIndex } from "../../../src/coding/index.ts";
import { cptNumbers } from "../../../src/coding/store/cpt-numbers.ts";
import { realArtifacts } from "./real-code-index.ts";

let index: LoadedCodeIndex;
beforeAll(async () => {
  // A fresh index: codes added by one test must not leak into another file's shared index.
  index = await loadCodeIndex({ source: { kind: "artifacts", artifacts: await realArtifacts() } });
});

const SERVICES = [CPT, HCPCS];

describe("CPT by number, without AMA text: the numbers CMS's public files know", () => {
  it.each(["85025", "80053", "96372", "20610", "0001U", "3074F", "0591T"])("%s is found by its number, billable, with no text of its own", (code) => {
    expect(index.search(code, { systems: SERVICES })[0]).toEqual({ system: CPT, code, display: "", billable: true });
    expect(index.lookup(CPT, code)).toMatchObject({ system: CPT, code, validOnDate: true });
  });

  it.each(["99201", "99999", "12345", "0000F"])("%s (deleted or never a code) is not offered", (code) => {
    expect(index.search(code, { systems: SERVICES }).filter((hit) => hit.code === code)).toEqual([]);
    expect(index.lookup(CPT, code)).toBeUndefined();
  });

  it("a typed prefix lists the numbers under it; word search and diagnosis-only search never list bare numbers", () => {
    expect(index.search("2061", { systems: SERVICES }).map((hit) => hit.code)).toEqual(expect.arrayContaining(["20610", "20611"]));
    expect(index.search("85025", { systems: [ICD10CM] })).toEqual([]);
    expect(index.search("injection", { systems: [CPT] }).filter((hit) => hit.display === "")).toEqual([]);
  });

  it("our E/M label, the EMR's text or a licensed text wins over the bare number, once", () => {
    expect(index.search("99213", { systems: SERVICES }).filter((hit) => hit.code === "99213")).toEqual([{ system: CPT, code: "99213", display: expect.stringMatching(/office visit/i), billable: true }]);
    index.addEntries([{ system: CPT, code: "20610", display: "Licensed text for 20610" }], "licensed");
    expect(index.search("20610", { systems: SERVICES }).filter((hit) => hit.code === "20610")).toEqual([{ system: CPT, code: "20610", display: "Licensed text for 20610", billable: true }]);
  });

  it("the list holds CPT-shaped numbers only, sorted and without repeats", () => {
    const numbers = cptNumbers();
    expect(numbers.length).toBeGreaterThan(10_000);
    expect(numbers.every((code) => /^\d{4}[0-9A-Z]$/.test(code))).toBe(true);
    expect([...new Set(numbers)].sort()).toEqual(numbers);
  });
});
