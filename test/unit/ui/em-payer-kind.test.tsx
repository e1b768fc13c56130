import { screen, within } from "@testing-library/react";
import type { Coverage, Encounter, FhirResource } from "fhir/r4";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

/** The office visit, 80 minutes long, with the coverage's type replaced. */
function visit(type: Coverage["type"]): FhirResource[] {
  return loadFixtureResources("context/office-visit.fhir.json").map((r) => {
    if (r.resourceType === "Coverage") return { ...r, ...(type ? { type } : { type: undefined }) } as Coverage;
    if (r.resourceType === "Encounter" && r.id === "e1") return { ...r, period: { start: "2026-03-04T09:00:00-05:00", end: "2026-03-04T10:20:00-05:00" } } as Encounter;
    return r;
  });
}

async function emHelperText(type: Coverage["type"]): Promise<string> {
  server.use(...fakeFhirServer({ resources: visit(type), batch: true }));
  renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
  const lines = await screen.findByRole("region", { name: "Service lines" }, { timeout: 10_000 });
  const helper = within(lines).getByRole("group", { name: "E/M visit level" });
  return helper.textContent ?? "";
}

describe("E/M helper: the prolonged-service code follows the payer's kind from Coverage.type, not its name", () => {
  beforeEach(() => window.localStorage.clear());

  it("SOPT 1 (Medicare): G2212 from 69 minutes", async () => {
    const text = await emHelperText({ coding: [{ system: "https://nahdo.org/sopt", code: "1" }] });
    expect(text).toContain("99215");
    expect(text).toMatch(/\+ G2212 × 1/);
  });

  it("SOPT 5 (private) though the payer is named \"Medicare Part B\": 99417", async () => {
    const text = await emHelperText({ coding: [{ system: "urn:oid:2.16.840.1.113883.3.221.5", code: "5" }], text: "Medicare Part B" });
    expect(text).toMatch(/\+ 99417 × 2/);
    expect(text).not.toContain("G2212");
  });

  it("no SOPT code: CPT's 99417, saying the payer's kind is unknown", async () => {
    const text = await emHelperText({ text: "Medicare Part B" });
    expect(text).toMatch(/\+ 99417 × 2/);
    expect(text).toMatch(/payer may not be Medicare.*G2212 from 69 min.*payer's kind is unknown/);
  });
});
