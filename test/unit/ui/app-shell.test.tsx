import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { fakeSession, renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");

describe("AppShell", () => {
  it("shows the patient banner and the encounter in context", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-03-04" />);
    const encounter = await screen.findByRole("region", { name: "Encounter" });
    expect(within(encounter).getByText("Office visit")).toBeTruthy();
    expect(within(encounter).getByText("2026-03-04 09:10")).toBeTruthy();
    expect(within(encounter).getByText("Dr. Chidi Okafor")).toBeTruthy();
    expect(within(encounter).getByText("Main Street Clinic")).toBeTruthy();
    expect(within(encounter).getByText("32 min")).toBeTruthy();
    const banner = screen.getByRole("region", { name: "Patient" });
    expect(within(banner).getByRole("heading", { name: "Ana L Rivera" })).toBeTruthy();
    expect(within(banner).getByText("MRN-0042")).toBeTruthy();
    expect(within(banner).getByText(/64 y/)).toBeTruthy();
  });

  it("shows the chart while the practice's settings are still read, and the coding once they arrive", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    function SettingsLater() {
      const [pending, setPending] = useState(true);
      return <><button type="button" onClick={() => setPending(false)}>Settings read</button><AppShell today="2026-03-04" configPending={pending} /></>;
    }
    renderWithProviders(<SettingsLater />);
    expect(within(await screen.findByRole("region", { name: "Encounter" })).getByText("Office visit")).toBeTruthy();
    expect(screen.getByText("Reading the practice settings…")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Diagnoses" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Settings read" }));
    expect(await screen.findByRole("region", { name: "Diagnoses" })).toBeTruthy();
    expect(screen.queryByText("Reading the practice settings…")).toBeNull();
  });

  it("says which part of the chart is missing and shows the rest", async () => {
    server.use(...fakeFhirServer({ resources, batch: false, forbidden: ["Coverage"] }));
    renderWithProviders(<AppShell today="2026-03-04" />);
    const notices = await screen.findAllByRole("status");
    const missing = notices.filter((notice) => /could not be read/.test(notice.textContent ?? ""));
    expect(missing).toHaveLength(1);
    expect(missing[0]?.textContent).toMatch(/Coverage: not permitted/);
    expect(screen.getByRole("region", { name: "Encounter" })).toBeTruthy();
  });

  it("renders the server's OperationOutcome when the chart cannot be read", async () => {
    server.use(
      http.get(`${FAKE_BASE}/metadata`, () =>
        HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: "Database unavailable" }] }, { status: 503 }),
      ),
    );
    renderWithProviders(<AppShell today="2026-03-04" />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The chart could not be read");
    expect(alert.textContent).toContain("Database unavailable");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("shows the session-expired screen when the token cannot be renewed", async () => {
    server.use(http.get(`${FAKE_BASE}/metadata`, () => HttpResponse.json({ error: "invalid_token" }, { status: 401 })));
    let refreshes = 0;
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession({ refreshAccessToken: async () => (refreshes++, false) }));
    expect(await screen.findByRole("heading", { name: "Your session has ended" })).toBeTruthy();
    expect(refreshes).toBe(1);
  });

  it("retries once with a refreshed token after a 401 and carries on", async () => {
    let token = "old";
    server.use(
      http.get(`${FAKE_BASE}/metadata`, ({ request }) =>
        request.headers.get("authorization") === "Bearer new" ? undefined : HttpResponse.json({ error: "invalid_token" }, { status: 401 }),
      ),
      ...fakeFhirServer({ resources, batch: true }),
    );
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession({ getAccessToken: async () => token, refreshAccessToken: async () => ((token = "new"), true) }));
    expect(await screen.findByRole("region", { name: "Encounter" })).toBeTruthy();
  });
});
