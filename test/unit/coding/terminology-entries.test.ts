import { describe, expect, it } from "vitest";
import { CPT, ICD10CM } from "../../../src/coding/systems.ts";
import { realCodeIndex } from "./real-code-index.ts";

describe("terminology-server entries joining the index", () => {
  it("do not shadow a shipped ICD-10-CM code: a header stays a header in search and lookup", async () => {
    const index = await realCodeIndex();
    index.addEntries([{ system: ICD10CM, code: "E11", display: "Type 2 diabetes mellitus (server)" }, { system: ICD10CM, code: "E11.9", display: "T2DM no complications (server)" }], "terminology-server");
    const e11 = index.search("E11", { systems: [ICD10CM] }).find((h) => h.code === "E11");
    expect(e11?.billable).toBe(false);
    const entry = index.lookup(ICD10CM, "E11", "2026-01-05");
    expect([entry?.billable, entry?.validOnDate, (entry?.children.length ?? 0) > 0, entry?.display]).toEqual([false, false, true, "Type 2 diabetes mellitus"]);
    expect(index.lookup(ICD10CM, "E11.9")?.editions.length).toBeGreaterThan(0);
  });

  it("still give a CPT number the shipped index knows only by our label its server display", async () => {
    const index = await realCodeIndex();
    const shipped = index.evaluationAndManagement.find((e) => e.system === "cpt")?.code ?? "";
    expect(index.addEntries([{ system: CPT, code: shipped, display: "Server text for this number" }], "terminology-server")).toBe(1);
    expect(index.lookup(CPT, shipped)?.display).toBe("Server text for this number");
  });
});
