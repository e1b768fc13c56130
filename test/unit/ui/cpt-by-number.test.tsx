import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

async function serviceSearch() {
  server.use(...fakeFhirServer({ resources: loadFixtureResources("context/office-visit.fhir.json"), batch: true }));
  renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
  await screen.findByRole("region", { name: "Diagnoses" }, { timeout: 10_000 });
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Code set" }), "services");
  return screen.getByRole("combobox", { name: "Search codes" });
}

describe("service search by CPT number, without AMA text", () => {
  beforeEach(() => window.localStorage.clear());

  it("typing 96372 offers it, Enter adds the line shown as CPT 96372", async () => {
    const box = await serviceSearch();
    await userEvent.type(box, "96372");
    const list = screen.getByRole("listbox", { name: "Matching codes" });
    await waitFor(() => expect(within(list).getAllByRole("option")[0]?.textContent).toMatch(/^96372\s+CPT/), { timeout: 10_000 });
    await userEvent.keyboard("{Enter}");
    const lines = screen.getByRole("region", { name: "Service lines" });
    const row = within(lines).getByLabelText(/Units, line 2 \(96372\)/).closest("tr");
    expect(row?.querySelector("td:nth-child(2)")?.textContent).toMatch(/^CPT 96372/);
  });

  it("an unknown number is refused with the procedure-invalid explanation and adds nothing", async () => {
    const box = await serviceSearch();
    await userEvent.type(box, "99999");
    await waitFor(() => expect(screen.getByText(/Not added: CPT 99999, which CMS's public files .* do not know.*\(procedure-invalid\)/)).toBeTruthy(), { timeout: 10_000 });
    await userEvent.keyboard("{Enter}");
    expect(within(screen.getByRole("region", { name: "Service lines" })).queryByText("99999")).toBeNull();
  });
});
