import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ClaimWorklist } from "../../../src/ui/claim/claim-worklist.tsx";
import { worklistFhirServer } from "../../msw/worklist-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { handoff } from "../billing/worklist/worklist-fixtures.ts";
import { renderWithProviders } from "./render-with-providers.tsx";
import { launchSession, practiceResources } from "./worklist-fixtures.ts";

function serve(extra: Parameters<typeof worklistFhirServer>[0]["resources"] = []) {
  const fake = worklistFhirServer({ resources: [...practiceResources(), ...extra], includes: true });
  server.use(...fake.handlers);
  return fake;
}

const cells = (region: HTMLElement) => within(region).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));

describe("Claims worklist", () => {
  it("shows the patient's claims by patient name, date of service, payer, provider, amount, status and age", async () => {
    serve();
    renderWithProviders(<ClaimWorklist today="2026-11-26" patientId="p1" onOpen={vi.fn()} />, launchSession());
    const region = screen.getByRole("region", { name: "Claims" });
    await within(region).findByRole("table");
    expect(cells(region)).toEqual([
      ["Ana Lopez 2026-11-20", "2026-11-20", "Sandbox Mutual PPO", "Dr. Ana Rivera", "188.00 USD", "Submitted", "6"],
      ["Ana Lopez", "", "Sandbox Mutual PPO", "Riverbend Family Medicine", "", "Draft", "6"],
    ]);
  });

  it("'my work' lists the claims I entered or was handed, and Enter on a row opens its encounter", async () => {
    const fake = serve([handoff("t-me", "e-ben", { owner: { reference: "Practitioner/dr1" }, focus: { reference: "Claim/k-draft" } })]);
    const onOpen = vi.fn();
    renderWithProviders(<ClaimWorklist today="2026-11-26" patientId="p1" onOpen={onOpen} />, launchSession());
    const region = screen.getByRole("region", { name: "Claims" });
    await within(region).findByRole("table");
    await userEvent.selectOptions(within(region).getByLabelText("Show"), "my work");
    await waitFor(() => expect(fake.requests.some((r) => r.startsWith("GET Claim?enterer="))).toBe(true));
    await waitFor(() => expect(cells(region).map((c) => c[5])).toEqual(["Submitted", "Draft"]));
    expect(fake.requests.filter((r) => /^GET (Claim\?enterer|Provenance\?agent|Task\?code=.*&(owner|requester))=?/.test(r))).toHaveLength(4);
    within(region).getByRole("button", { name: "Ana Lopez 2026-11-20" }).focus();
    await userEvent.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith({ patientId: "p1", encounterId: "e-launch" });
  });
});
