import { screen, within } from "@testing-library/react";
import type { ClaimResponse } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { readBillingState } from "../../../src/billing/state/index.ts";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { ClaimStatusRegion } from "../../../src/ui/claim/claim-status-region.tsx";
import { storedClaim, readyFixture } from "../billing/state/store-fixtures.ts";
import { adjudication, claimResponse, line } from "../billing/status/simulated-responses.ts";
import { createStatusServer, STATUS_BASE } from "../fhir/claim-status/fake-status-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

/** The Claim status region for one stored claim and the payer's answer to it. */
async function showAnswer(answer: (items: ReturnType<typeof line>[]) => ClaimResponse) {
  const draft = readyFixture();
  const claim = storedClaim(draft, "c1", "2", "active");
  const state = readBillingState([claim], draft.encounterRef);
  const items = (claim.item ?? []).map((item) => line(item.sequence, adjudication("submitted", 100), adjudication("deductible", 60, "PR-1"), adjudication("benefit", 0)));
  const response = { ...answer(items), id: "r1", request: { reference: "Claim/c1" }, meta: { lastUpdated: "2026-11-27T10:00:00Z" } };
  server.use(...createStatusServer({ searchable: { ClaimResponse: ["request"], ExplanationOfBenefit: ["claim"] }, resources: [response] }).handlers);
  renderWithProviders(<ClaimStatusRegion encounterRef={draft.encounterRef} path={undefined} state={state} nameOf={() => undefined} onCorrect={() => {}} statusGateway={createFhirGateway({ baseUrl: STATUS_BASE })} />);
  const region = screen.getByRole("region", { name: "Claim status" });
  await within(region).findByRole("table", {}, { timeout: 10_000 });
  return { region, lines: items.length };
}

describe("claim status: what the patient owes and a partly processed claim", () => {
  it("a claim wholly applied to the deductible says so: neither Paid nor Denied", async () => {
    const { region, lines } = await showAnswer((items) => claimResponse("complete", items, 0));
    expect(within(region).getByRole("list", { name: "Claim progress" }).querySelector('[aria-current="step"]')?.textContent).toBe("Patient responsibility");
    expect(region.textContent).toContain(`Applied to deductible: patient owes $${(60 * lines).toFixed(2)}`);
    expect(within(region).getByRole("list", { name: "Claim progress" }).textContent).not.toMatch(/Denied|Paid/);
  });

  it("an answer with outcome partial is shown in process, not as a final word", async () => {
    const { region } = await showAnswer((items) => claimResponse("partial", items, 0));
    expect(within(region).getByRole("list", { name: "Claim progress" }).querySelector('[aria-current="step"]')?.textContent).toBe("In process (partly adjudicated)");
  });
});
