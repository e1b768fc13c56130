import { fireEvent, screen, within } from "@testing-library/react";
import type { Encounter, FhirResource } from "fhir/r4";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

const CPT = "http://www.ama-assn.org/go/cpt";

/** The office-visit fixture's encounter as a skilled nursing facility discharge the provider coded 99316. */
function nursingDischarge(): FhirResource[] {
  return loadFixtureResources("context/office-visit.fhir.json").map((r) =>
    r.resourceType === "Encounter" && r.id === "e1" ? ({ ...r, type: [{ coding: [{ system: CPT, code: "99316" }], text: "Skilled nursing facility discharge" }] } as Encounter) : r,
  );
}

describe("E/M helper in the nursing facility: discharge management by time", () => {
  beforeEach(() => window.localStorage.clear());

  it("offers the discharge day, by time only: 30 minutes gives 99315, 31 gives 99316, and the line is added", async () => {
    server.use(...fakeFhirServer({ resources: nursingDischarge(), batch: true }));
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
    const lines = await screen.findByRole("region", { name: "Service lines" }, { timeout: 10_000 });
    const helper = within(lines).getByRole("group", { name: "E/M visit level" });
    expect(helper.textContent).toContain("Nursing facility");
    fireEvent.change(within(helper).getByRole("combobox", { name: /Day of the stay/ }), { target: { value: "discharge" } });
    expect(within(helper).queryByRole("radio", { name: "Decision making" })).toBeNull();
    const minutes = within(helper).getByLabelText("Total minutes on the date");
    fireEvent.change(minutes, { target: { value: "30" } });
    fireEvent.blur(minutes);
    const level = () => helper.querySelector("[aria-live=polite]")?.textContent ?? "";
    expect(level()).toMatch(/^99315 Nursing facility discharge management, 30 minutes or less/);
    fireEvent.change(minutes, { target: { value: "31" } });
    fireEvent.blur(minutes);
    expect(level()).toMatch(/^99316 Nursing facility discharge management, more than 30 minutes/);
    expect(within(helper).getByRole("group", { name: "Provider's level of service" }).textContent).toContain("matches the helper's level");
    fireEvent.click(within(helper).getByRole("button", { name: /Add E\/M line/ }));
    expect([...lines.querySelectorAll("tbody .code")].map((c) => c.textContent)[0]).toBe("99316");
  });
});
