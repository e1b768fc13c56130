import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");
const fee = (code: string) => (code === "99214" ? 188 : code === "94640" ? 40 : 0);

async function openWorkspace() {
  server.use(...fakeFhirServer({ resources, batch: true }));
  renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} chargeFor={fee} />);
  return screen.findByRole("region", { name: "Diagnoses" });
}

describe("coding workspace", () => {
  beforeEach(() => window.localStorage.clear());

  it("accepts the suggested ICD-10-CM code of a SNOMED-only condition and points the procedure line at it", async () => {
    const diagnoses = await openWorkspace();
    const accept = await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 });
    await userEvent.click(accept);
    expect(within(diagnoses).getByRole("list", { name: "Claim diagnoses" }).textContent).toContain("J20.9");
    const lines = screen.getByRole("region", { name: "Service lines" });
    // The Procedure's CPT coding pre-filled a line, charged from the fee schedule and linked to the new diagnosis.
    expect(within(lines).getByText("94640")).toBeTruthy();
    expect((within(lines).getByLabelText(/Charge per unit, line 1/) as HTMLInputElement).value).toBe("40");
    expect((within(lines).getByLabelText(/Diagnosis pointers, line 1/) as HTMLInputElement).value).toBe("A");
  });

  it("searches by abbreviation and adds the code with Enter", async () => {
    await openWorkspace();
    const box = screen.getByRole("combobox", { name: "Search codes" });
    await userEvent.type(box, "htn");
    await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Matching codes" })).getAllByRole("option")[0]?.textContent).toContain("I10"), { timeout: 10_000 });
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("list", { name: "Claim diagnoses" }).textContent).toContain("I10");
  });

  it("keeps bad input on screen with a message and does not change the draft", async () => {
    await openWorkspace();
    const lines = screen.getByRole("region", { name: "Service lines" });
    const units = within(lines).getByLabelText(/Units, line 1/) as HTMLInputElement;
    const revision = () => screen.getByText(/revision \d+/).textContent;
    const before = revision();
    fireEvent.change(units, { target: { value: "1.5" } });
    expect(units.value).toBe("1.5");
    expect(within(lines).getByText(/Units must be a whole number/)).toBeTruthy();
    expect(revision()).toBe(before);
  });

  it("restores the draft saved in this browser and says so", async () => {
    const first = await openWorkspace();
    await userEvent.click(await within(first).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
    const saved = Object.keys(window.localStorage).find((k) => k.startsWith("coding-draft:v2:"));
    expect(saved).toBeDefined();
    document.body.innerHTML = "";
    const again = await openWorkspace();
    expect(await screen.findByText(/Draft restored/)).toBeTruthy();
    expect(within(again).getByRole("list", { name: "Claim diagnoses" }).textContent).toContain("J20.9");
  });

  it("imports a licensed CPT descriptor file into the browser and reports bad rows", async () => {
    await openWorkspace();
    const file = new File(["code,descriptor\n99214,Practice text for an office visit\nABCDE,not a code\n"], "cpt.csv", { type: "text/csv" });
    await userEvent.upload(screen.getByLabelText(/Import your licensed CPT descriptor file/), file);
    const status = await screen.findByText(/1 CPT descriptors imported/);
    expect(status.closest("[role=status]")?.textContent).toMatch(/Line 3: .*not a CPT code.*skipped/);
    expect(window.localStorage.getItem("cpt-descriptors:v1")).toContain("99214");
  });
});
