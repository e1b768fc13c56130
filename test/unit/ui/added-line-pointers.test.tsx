import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");

async function addBySearch(text: string, code: string) {
  const box = screen.getByRole("combobox", { name: "Search codes" });
  await userEvent.clear(box);
  await userEvent.type(box, text);
  await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Matching codes" })).getAllByRole("option")[0]?.textContent).toContain(code), { timeout: 10_000 });
  await userEvent.keyboard("{Enter}");
}

describe("a service line added in the workspace", () => {
  beforeEach(() => window.localStorage.clear());

  it("points at the diagnosis its service is reported for (a vaccine administration at Z23), not the first four", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 0} />);
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
    await addBySearch("Z23", "Z23");
    expect(within(diagnoses).getByRole("list", { name: "Claim diagnoses" }).textContent).toMatch(/J20\.9[\s\S]*Z23/);
    await addBySearch("90471", "90471");
    const lines = screen.getByRole("region", { name: "Service lines" });
    const field = within(lines).getByLabelText(/Diagnosis pointers, line \d+ \(90471\)/) as HTMLInputElement;
    expect(field.value).toBe("B");
  }, 30_000);
});
