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

/** A ClaimResponse's items carry no code (R4 has no productOrService there): the table names each line's code from the submitted Claim. */
describe("claim status lines", () => {
  it("shows the billed code of every adjudicated line", async () => {
    const draft = readyFixture();
    const claim = storedClaim(draft, "c1", "2", "active");
    const state = readBillingState([claim], draft.encounterRef);
    const items = (claim.item ?? []).map((item) => line(item.sequence, adjudication("submitted", 100), adjudication("benefit", 80)));
    const paid: ClaimResponse = { ...claimResponse("complete", items, 80 * items.length), id: "r1", request: { reference: "Claim/c1" }, meta: { lastUpdated: "2026-11-27T10:00:00Z" } };
    const status = createStatusServer({ searchable: { ClaimResponse: ["request"], ExplanationOfBenefit: ["claim"] }, resources: [paid] });
    server.use(...status.handlers);
    renderWithProviders(<ClaimStatusRegion encounterRef={draft.encounterRef} path={undefined} state={state} nameOf={() => undefined} onCorrect={() => {}} statusGateway={createFhirGateway({ baseUrl: STATUS_BASE })} />);
    const region = screen.getByRole("region", { name: "Claim status" });
    const table = await within(region).findByRole("table", {}, { timeout: 10_000 });
    const codes = within(table).getAllByRole("row").slice(1).map((row) => row.querySelectorAll("td")[1]?.textContent);
    const billed = (claim.item ?? []).map((item) => item.productOrService.coding?.[0]?.code);
    expect(billed.length).toBeGreaterThan(0);
    expect(codes).toEqual(billed);
  });
});
