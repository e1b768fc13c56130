import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftKey } from "../../../src/ui/coding/draft-storage.ts";
import { WorkspaceErrorBoundary } from "../../../src/ui/coding/workspace-error-boundary.tsx";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");
const fee = (code: string) => (code === "94640" ? 40 : 0);
const NOW = "2026-03-04T15:00:00Z";
// The key of the session renderWithProviders makes: fake server, Practitioner/dr1, Encounter/e1.
const KEY = draftKey(FAKE_BASE, "Practitioner/dr1", "Encounter/e1");

/** A draft as this browser saved it, with the service line's charge replaced by a raw value. */
function storeDraftWithCharge(unitCharge: unknown) {
  const line = { id: "proc-pr1", system: "http://www.ama-assn.org/go/cpt", code: "94640", modifiers: [], units: 1, diagnosisPointers: [1], placeOfService: "11", unitCharge, serviceDate: "2026-03-04" };
  const draft = { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 4, diagnoses: [{ code: "J20.9", display: "Acute bronchitis" }], lines: [line] };
  window.localStorage.setItem(KEY, JSON.stringify({ draft, savedAt: "2026-03-04T14:00:00Z" }));
}

async function openWorkspace() {
  server.use(...fakeFhirServer({ resources, batch: true }));
  renderWithProviders(<AppShell today="2026-03-04" now={() => NOW} chargeFor={fee} />);
  await screen.findByRole("region", { name: "Diagnoses" });
  return screen.getByRole("region", { name: "Service lines" });
}

const chargeField = (lines: HTMLElement) => within(lines).getByLabelText(/Charge per unit, line 1/) as HTMLInputElement;
const describedBy = (field: HTMLElement) => document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent;

describe("the draft kept in this browser", () => {
  beforeEach(() => window.localStorage.clear());

  it.each([
    ["null (an Infinity saved by JSON)", null, "null"],
    ["a 400-digit number", "9".repeat(400), "(400 characters)"],
  ])("with a charge of %s: the page renders, the field says what is wrong, review waits, discard brings back the chart's draft", async (_, stored, shown) => {
    storeDraftWithCharge(stored);
    const lines = await openWorkspace();
    const charge = chargeField(lines);
    expect(charge.value).toBe("0");
    expect(charge.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(charge)).toContain(shown);
    expect(screen.getByText(/Draft restored/).closest("[role=status]")?.textContent).toMatch(/1 value in the saved draft could not be used/);
    expect(screen.getByRole("list", { name: "Claim diagnoses" }).textContent).toContain("J20.9");

    await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
    expect(screen.queryByRole("region", { name: "Claim review" })).toBeNull();
    expect(document.activeElement).toBe(charge);

    await userEvent.click(screen.getByRole("button", { name: "Discard local draft" }));
    // It asks first; the safe answer has the focus.
    const ask = screen.getByRole("alertdialog", { name: "Discard the local draft?" });
    expect(document.activeElement).toBe(within(ask).getByRole("button", { name: "Keep the draft" }));
    expect(window.localStorage.getItem(KEY)).not.toBeNull();
    await userEvent.click(within(ask).getByRole("button", { name: "Discard the draft" }));
    expect(window.localStorage.getItem(KEY)).toBeNull();
    await waitFor(() => expect(chargeField(lines).value).toBe("40"));
    expect(chargeField(lines).getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText(/Draft restored/)).toBeNull();
    expect(screen.queryByRole("list", { name: "Claim diagnoses" })).toBeNull();
  });

  it("a corrected charge ends the error and is saved", async () => {
    storeDraftWithCharge(null);
    const lines = await openWorkspace();
    fireEvent.change(chargeField(lines), { target: { value: "55" } });
    expect(chargeField(lines).getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText(/could not be used/)).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? "{}").draft.lines[0].unitCharge).toBe(55);
  });

  it("a 400-digit charge typed in the field is refused there and the draft keeps the last valid charge", async () => {
    const lines = await openWorkspace();
    fireEvent.change(chargeField(lines), { target: { value: "9".repeat(400) } });
    expect(chargeField(lines).value).toBe("9".repeat(400));
    expect(describedBy(chargeField(lines))).toMatch(/^Charge must be an amount from 0 to 99,999,999\.99 dollars/);
    expect(window.localStorage.getItem(KEY)).toBeNull(); // nothing changed, nothing saved
    fireEvent.change(chargeField(lines), { target: { value: "41" } });
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? "{}").draft.lines[0].unitCharge).toBe(41);
  });

  it("a total time past a day is refused at the E/M minutes field, and the helper keeps the last valid time", async () => {
    await openWorkspace();
    await userEvent.click(screen.getByRole("radio", { name: "Total time" }));
    const minutes = screen.getByLabelText("Total minutes on the date") as HTMLInputElement;
    fireEvent.change(minutes, { target: { value: "45" } });
    expect(screen.getByText(/45 min total time meets/)).toBeTruthy();
    fireEvent.change(minutes, { target: { value: "9".repeat(400) } });
    expect(minutes.value).toBe("9".repeat(400));
    expect(describedBy(minutes)).toBe("Total minutes must be a whole number from 0 to 1,440 (one day).");
    expect(screen.getByText(/45 min total time meets/)).toBeTruthy();
  });

  it("a stored value that is no draft is set aside with a notice; the app starts from the chart", async () => {
    window.localStorage.setItem(KEY, "{not json");
    const lines = await openWorkspace();
    expect(screen.getByText(/The draft saved in this browser could not be read and was set aside/)).toBeTruthy();
    expect(chargeField(lines).value).toBe("40");
    await waitFor(() => expect(window.localStorage.getItem(KEY)).toBeNull());
  });

  it("a draft older than the retention days is removed and said so", async () => {
    window.localStorage.setItem(KEY, JSON.stringify({ draft: { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 1, diagnoses: [], lines: [] }, savedAt: "2026-02-01T10:00:00Z" }));
    const lines = await openWorkspace();
    expect(screen.getByText(/was older than 7 days and was removed/)).toBeTruthy();
    expect(chargeField(lines).value).toBe("40");
    await waitFor(() => expect(window.localStorage.getItem(KEY)).toBeNull());
  });
});

describe("workspace error boundary", () => {
  let failing = true;
  const Workspace = () => {
    if (failing) throw new Error("Cannot read properties of null (reading 'toFixed')");
    return <p>Workspace shown</p>;
  };
  beforeEach(() => {
    failing = true;
    vi.spyOn(console, "error").mockImplementation(() => undefined); // React reports the caught error
  });
  afterEach(() => vi.restoreAllMocks());

  it("says what happened and offers to discard the local draft or try again", async () => {
    const onDiscard = vi.fn(() => { failing = false; });
    renderWithProviders(<WorkspaceErrorBoundary onDiscard={onDiscard}><Workspace /></WorkspaceErrorBoundary>);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Cannot read properties of null (reading 'toFixed')");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("alert")).toBeTruthy(); // still failing
    await userEvent.click(screen.getByRole("button", { name: "Discard local draft" }));
    const ask = screen.getByRole("alertdialog", { name: "Discard the local draft?" });
    await userEvent.keyboard("{Escape}"); // Esc keeps the draft
    expect(onDiscard).not.toHaveBeenCalled();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(ask.isConnected).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Discard local draft" }));
    await userEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Discard the draft" }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Workspace shown")).toBeTruthy();
  });
});
