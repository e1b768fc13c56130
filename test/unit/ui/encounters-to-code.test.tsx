import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { EncountersToCode } from "../../../src/ui/worklist/encounters-to-code.tsx";
import { worklistFhirServer, type WorklistServerOptions } from "../../msw/worklist-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";
import { launchSession, practiceResources } from "./worklist-fixtures.ts";

const LIMITS = { default: 365, byPayerId: { SBX01: 180 } };

function serve(options: Partial<WorklistServerOptions> = {}) {
  const fake = worklistFhirServer({ resources: practiceResources(), includes: true, ...options });
  server.use(...fake.handlers);
  return fake;
}

async function region() {
  const found = await screen.findByRole("region", { name: "Encounters to code" }, { timeout: 10_000 }); // the worklist code loads after the chart
  await within(found).findByRole("table", {}, { timeout: 10_000 });
  return found;
}

describe("Encounters to code", () => {
  beforeEach(() => window.localStorage.clear());

  it("lists the user's finished encounters without an active claim, oldest first, with payer, days left, draft and hand-off note", async () => {
    serve();
    renderWithProviders(<EncountersToCode today="2026-11-26" filingLimits={LIMITS} launchPatientId="p1" onOpen={vi.fn()} />, launchSession());
    const rows = within(await region()).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["Ben Ortiz 2026-10-02", "2026-10-02", "Annual wellness visit", "Dr. Ana Rivera", "Sandbox Medicare Part B", "310 days", "Wellness visit ready for coding — Dr. Ana Rivera, 2026-10-03 08:00"],
      ["Ana Lopez 2026-11-18", "2026-11-18", "Office visit, coughDraft saved", "Dr. Ana Rivera", "Sandbox Mutual PPO", "172 days", ""],
    ]);
  });

  it("opens a row's encounter with Enter on its patient button", async () => {
    serve();
    const onOpen = vi.fn();
    renderWithProviders(<EncountersToCode today="2026-11-26" launchPatientId="p1" onOpen={onOpen} />, launchSession());
    const button = within(await region()).getByRole("button", { name: "Ben Ortiz 2026-10-02" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith({ patientId: "p2", encounterId: "e-ben" });
  });

  it("lists by the chart's organization or location when chosen", async () => {
    const fake = serve();
    renderWithProviders(
      <EncountersToCode today="2026-11-26" launchPatientId="p1" places={[{ kind: "organization", ref: "Organization/clinic", label: "Riverbend Family Medicine" }]} onOpen={vi.fn()} />,
      launchSession(),
    );
    await region();
    await userEvent.selectOptions(screen.getByLabelText("For"), "Riverbend Family Medicine (organization)");
    await waitFor(() => expect(fake.requests.some((r) => r.startsWith("GET Encounter?service-provider=Organization/clinic"))).toBe(true));
  });

  it("with patient/ scopes lists only the launch patient's encounters and says why", async () => {
    const fake = serve();
    renderWithProviders(<EncountersToCode today="2026-11-26" launchPatientId="p1" onOpen={vi.fn()} />, launchSession("launch openid fhirUser patient/*.rs"));
    const found = await region();
    expect(found.textContent).toContain("Only the launch patient's encounters are listed: this app was granted patient-level access (patient/ scopes)");
    expect(within(found).queryByLabelText("For")).toBeNull();
    expect(within(found).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0]?.textContent)).toEqual(["Ana Lopez 2026-11-18"]);
    expect(fake.requests.find((r) => r.startsWith("GET Encounter?"))).toMatch(/^GET Encounter\?patient=Patient\/p1&status=finished/);
  });

  it("says what the EHR does not allow, and still lists", async () => {
    serve({ searchable: { Task: [] } });
    renderWithProviders(<EncountersToCode today="2026-11-26" launchPatientId="p1" onOpen={vi.fn()} />, launchSession());
    expect((await region()).textContent).toContain("Hand-off notes are not shown: this EHR does not allow searching Tasks by code.");
  });

  it("shows the server's words when encounters cannot be listed", async () => {
    serve({ searchable: { Encounter: ["patient"] } });
    renderWithProviders(<EncountersToCode today="2026-11-26" launchPatientId="p1" onOpen={vi.fn()} />, launchSession());
    const alert = await within(await screen.findByRole("region", { name: "Encounters to code" }, { timeout: 10_000 })).findByRole("alert");
    expect(alert.textContent).toContain("This EHR does not allow listing encounters by practitioner");
  });
});

describe("opening a worklist encounter in the app", () => {
  beforeEach(() => window.localStorage.clear());

  it("switches patient and encounter without a new launch, and goes back to the launch encounter", async () => {
    serve();
    renderWithProviders(<AppShell today="2026-11-26" billing={{ submitter: { name: "P", id: "P" }, receiver: { name: "C", id: "C" }, filingLimits: LIMITS }} />, launchSession());
    expect(await screen.findByRole("heading", { name: /Ana Lopez/, level: 1 }, { timeout: 10_000 })).toBeTruthy();
    const button = within(await region()).getByRole("button", { name: "Ben Ortiz 2026-10-02" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: /Ben Ortiz/, level: 1 }, { timeout: 10_000 })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Encounter" })).getByText("Annual wellness visit")).toBeTruthy();
    const back = screen.getByRole("button", { name: "Back to the launch encounter" });
    await waitFor(() => expect(document.activeElement).toBe(back));
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: /Ana Lopez/, level: 1 })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Back to the launch encounter" })).toBeNull();
  });
});
