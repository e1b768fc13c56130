import { act, screen } from "@testing-library/react";
import type { ClaimResponse } from "fhir/r4";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readBillingState } from "../../../src/billing/state/index.ts";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { ClaimStatusRegion } from "../../../src/ui/claim/claim-status-region.tsx";
import { storedClaim, readyFixture } from "../billing/state/store-fixtures.ts";
import { adjudication, claimResponse, line } from "../billing/status/simulated-responses.ts";
import { createStatusServer, STATUS_BASE } from "../fhir/claim-status/fake-status-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

/**
 * The Claim status region polls the payer's answers with backoff while the claim can still change
 * by itself (no answer yet, queued, an answer withdrawn) and stops on a final one. Time is a fake
 * clock: the test moves it, nothing waits.
 */
const draft = readyFixture();
const state = readBillingState([storedClaim(draft, "c1", "2", "active")], draft.encounterRef);

function answer(id: string, outcome: ClaimResponse["outcome"], lastUpdated: string, status: ClaimResponse["status"] = "active"): ClaimResponse {
  const paid = outcome === "complete" ? 80 : undefined;
  const response = claimResponse(outcome, [line(1, adjudication("submitted", 100), adjudication("benefit", paid ?? 0))], paid);
  return { ...response, id, status, request: { reference: "Claim/c1" }, meta: { lastUpdated } };
}

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] }));
afterEach(() => vi.useRealTimers());

/** Lets the fake clock run `ms` and the answers in flight settle. */
async function run(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  for (let i = 0; i < 20; i++) await act(async () => { await vi.advanceTimersByTimeAsync(0); });
}

describe("claim status polling", () => {
  it("polls while unanswered, queued or only withdrawn-answered; stops once paid", async () => {
    const resources: ClaimResponse[] = [];
    const status = createStatusServer({ searchable: { ClaimResponse: ["request"], ExplanationOfBenefit: ["claim"] }, resources });
    server.use(...status.handlers);
    const searches = () => status.searches.filter((url) => url.pathname.endsWith("/ClaimResponse")).length;
    renderWithProviders(<ClaimStatusRegion encounterRef={draft.encounterRef} path={undefined} state={state} nameOf={() => undefined} onCorrect={() => {}} statusGateway={createFhirGateway({ baseUrl: STATUS_BASE })} />);
    await run(0);
    expect(searches()).toBe(1);

    // No answer yet: asked again after the backoff (2 s after the first poll).
    await run(2_000);
    expect(searches()).toBe(2);

    // Queued, then a newer answer that was withdrawn (entered-in-error): the claim is still queued.
    resources.push(answer("r1", "queued", "2026-11-25T10:00:00Z"), answer("r2", "complete", "2026-11-26T10:00:00Z", "entered-in-error"));
    await run(4_000);
    expect(searches()).toBe(3);
    expect(screen.getByRole("region", { name: "Claim status" }).textContent).toMatch(/queued/i);
    await run(8_000);
    expect(searches()).toBe(4);

    // Paid: final. No more polls, however long the screen stays open.
    resources.push(answer("r3", "complete", "2026-11-27T10:00:00Z"));
    await run(16_000);
    expect(searches()).toBe(5);
    expect(screen.getByRole("region", { name: "Claim status" }).textContent).toMatch(/paid/i);
    await run(10 * 60_000);
    expect(searches()).toBe(5);
  });
});
