import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const fee = (code: string) => (code.endsWith("F") ? 0 : 50);

/** The office visit on an EHR that keeps no claims (write path export), reviewed. */
async function review() {
  server.use(...fakeFhirServer({ resources: loadFixtureResources("context/office-visit.fhir.json"), batch: true }));
  renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={fee} />);
  const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
  await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
  await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
  return screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
}

describe("the 837P export checked at review, not at download", () => {
  beforeEach(() => window.localStorage.clear());

  it("the file's data findings are listed with the scrubber's, and a QW line asks for the CLIA number", async () => {
    const panel = await review();
    await waitFor(() => expect(panel.textContent).toMatch(/x12-missing-data/), { timeout: 10_000 });
    expect(panel.textContent).toMatch(/no payer id/);
    expect(panel.textContent).not.toMatch(/CLIA/);
    const lines = screen.getByRole("region", { name: "Service lines" });
    fireEvent.change(within(lines).getByLabelText(/Modifiers, line 1/), { target: { value: "QW" } });
    fireEvent.keyDown(within(lines).getByLabelText(/Modifiers, line 1/), { key: "Enter" });
    fireEvent.blur(within(lines).getByLabelText(/Modifiers, line 1/));
    await waitFor(() => expect(panel.textContent).toMatch(/CLIA-waived test: the 837P needs the lab's CLIA certificate number \(REF\*X4\)/), { timeout: 10_000 });
  });

  it("a $0 CPT Category II tracking line is not a charge error", async () => {
    const panel = await review();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Code set" }), "services");
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "3074F");
    await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Matching codes" })).getAllByRole("option")[0]?.textContent).toMatch(/^3074F/), { timeout: 10_000 });
    await userEvent.keyboard("{Enter}");
    const lines = screen.getByRole("region", { name: "Service lines" });
    expect((within(lines).getByLabelText(/Charge per unit, line 2 \(3074F\)/) as HTMLInputElement).value).toBe("0");
    await waitFor(() => expect(panel.textContent).toMatch(/x12-missing-data/), { timeout: 10_000 });
    expect(panel.textContent).not.toMatch(/charge-invalid/);
  });
});
