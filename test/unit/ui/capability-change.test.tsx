import { screen, within } from "@testing-library/react";
import type { CapabilityStatement } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { capabilityCacheKey } from "../../../src/fhir/capability-cache.ts";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");

/** A storage holding what an earlier launch kept: the server's statement as it was then. */
function keptStorage(kept: CapabilityStatement) {
  const items = new Map<string, string>([[capabilityCacheKey(FAKE_BASE), JSON.stringify({ statement: kept, etag: '"earlier"', storedAt: 0 })]]);
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

async function serverStatement(batch: boolean): Promise<CapabilityStatement> {
  server.use(...fakeFhirServer({ resources, batch }));
  const statement = (await (await fetch(`${FAKE_BASE}/metadata`)).json()) as CapabilityStatement;
  server.resetHandlers();
  return statement;
}

describe("the kept CapabilityStatement at launch", () => {
  it("reads the chart with the kept copy; when the server's statement changed, reads it again with the new one and says so", async () => {
    const kept = await serverStatement(false);
    const requests: string[] = [];
    server.use(...fakeFhirServer({ resources, batch: true, onRequest: (method, url) => void requests.push(`${method} ${url.split("?")[0]}`) }));
    renderWithProviders(<AppShell today="2026-03-04" />, undefined, undefined, undefined, { capabilityStorage: keptStorage(kept) });
    const notice = await screen.findByText(/capabilities changed since the last launch/);
    expect(notice.getAttribute("role")).toBe("status");
    const encounter = await screen.findByRole("region", { name: "Encounter" });
    expect(within(encounter).getByText("Office visit")).toBeTruthy();
    // First planned with the kept copy (no batch: one GET per read), then again with the server's (batches).
    const firstBatch = requests.indexOf("POST ");
    expect(requests.indexOf("GET Patient/p1")).toBeGreaterThan(-1);
    expect(requests.indexOf("GET Patient/p1")).toBeLessThan(firstBatch);
    expect(requests.filter((r) => r === "GET metadata")).toHaveLength(1);
  });

  it("says nothing and reads the chart once when the kept copy is still the server's", async () => {
    const kept = await serverStatement(true);
    const requests: string[] = [];
    server.use(...fakeFhirServer({ resources, batch: true, onRequest: (method, url) => void requests.push(`${method} ${url.split("?")[0]}`) }));
    renderWithProviders(<AppShell today="2026-03-04" />, undefined, undefined, undefined, { capabilityStorage: keptStorage(kept) });
    await screen.findByRole("region", { name: "Encounter" });
    await new Promise((r) => setTimeout(r, 50));
    expect(requests.filter((r) => r === "GET metadata")).toHaveLength(1);
    expect(requests.filter((r) => r === "POST ")).toHaveLength(2);
    expect(screen.queryByText(/capabilities changed since the last launch/)).toBeNull();
  });
});
