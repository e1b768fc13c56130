import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { FhirResource, Procedure } from "fhir/r4";
import { parseMpfsArtifact } from "../../../src/coding/fee-schedule/mpfs-artifact.ts";
import { chargeForPractice } from "../../../src/coding/fee-schedule/price-line.ts";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const read = parseMpfsArtifact(JSON.parse(gunzipSync(readFileSync(resolve(import.meta.dirname, "../../../public/mpfs/mpfs-rvu-2025.json.gz"))).toString("utf8")));
if (!("artifact" in read)) throw new Error(read.problem);
const chargeFor = chargeForPractice(undefined, { artifact: read.artifact, locality: "14212-01", multiplier: 1.5 });

/** The office visit's procedure (94640) plus an unlisted drug (J3490) the EMR recorded. */
function visit(): FhirResource[] {
  const resources = loadFixtureResources("context/office-visit.fhir.json");
  const procedure = resources.find((r): r is Procedure => r.resourceType === "Procedure");
  if (!procedure) throw new Error("fixture has no Procedure");
  const drug: Procedure = { ...procedure, id: "proc-j3490", code: { coding: [{ system: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "J3490" }] } };
  return [...resources, drug];
}

describe("service lines priced from the MPFS default when the practice schedule has no entry", () => {
  beforeEach(() => window.localStorage.clear());

  it("94640 gets the Boston non-facility amount x 1.5; J3490 stays $0 and says why", async () => {
    server.use(...fakeFhirServer({ resources: visit(), batch: true }));
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} chargeFor={chargeFor} />);
    const lines = await screen.findByRole("region", { name: "Service lines" }, { timeout: 10_000 });
    const charge = (code: string) => (within(lines).getByLabelText(new RegExp(`Charge per unit, line \\d \\(${code}\\)`)) as HTMLInputElement).value;
    expect(Number(charge("94640"))).toBe(chargeFor("94640", [], "11"));
    expect(Number(charge("94640"))).toBeGreaterThan(0);
    expect(charge("J3490")).toBe("0");
    const row = within(lines).getByLabelText(/Charge per unit, line \d \(J3490\)/).closest("tr") as HTMLElement;
    expect(within(row).getByRole("note").textContent).toMatch(/No default price: J3490 has no MPFS RVUs \(status E: .*\)\. Enter the charge/);
    const priced = within(lines).getByLabelText(/Charge per unit, line \d \(94640\)/).closest("tr") as HTMLElement;
    expect(within(priced).queryByRole("note")).toBeNull();
  });
});
