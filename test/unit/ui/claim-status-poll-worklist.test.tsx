import { act, screen } from "@testing-library/react";
import { useQuery } from "@tanstack/react-query";
import type { Claim, ClaimResponse } from "fhir/r4";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readBillingState } from "../../../src/billing/state/index.ts";
import { claimWorklistQuery } from "../../../src/fhir/claim-status/claim-worklist-query.ts";
import { createFhirGateway, type FhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { ClaimStatusRegion } from "../../../src/ui/claim/claim-status-region.tsx";
import { storedClaim, readyFixture } from "../billing/state/store-fixtures.ts";
import { adjudication, claimResponse, line } from "../billing/status/simulated-responses.ts";
import { createStatusServer, STATUS_BASE } from "../fhir/claim-status/fake-status-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

/**
 * With the claims worklist on screen, each status poll is one ClaimResponse search: the worklist
 * takes the answer in place and the patient's claims are not searched again. Fake clock.
 */
const draft = readyFixture();
const state = readBillingState([storedClaim(draft, "c1", "2", "active")], draft.encounterRef);
const claim = state?.submitted?.resource as Claim;
const patientId = (claim.patient.reference ?? "").split("/")[1] ?? "";

function paid(): ClaimResponse {
  return { ...claimResponse("complete", [line(1, adjudication("submitted", 100), adjudication("benefit", 80))], 80), id: "r1", status: "active", request: { reference: "Claim/c1" }, meta: { lastUpdated: "2026-11-27T10:00:00Z" } };
}

function Worklist({ gateway }: { gateway: FhirGateway }) {
  const query = useQuery(claimWorklistQuery(gateway, { patientId, today: "2026-11-26" }));
  return <p data-testid="worklist">{(query.data ?? []).map((r) => `${r.claimRef}:${r.status.kind}`).join(" ")}</p>;
}

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] }));
afterEach(() => vi.useRealTimers());

async function run(ms: number): Promise<void> {
  await act(async () => { await vi.advanceTimersByTimeAsync(ms); });
  for (let i = 0; i < 20; i++) await act(async () => { await vi.advanceTimersByTimeAsync(0); });
}

describe("claim status polling beside the worklist", () => {
  it("searches the claims once, asks ClaimResponse once per poll, never repeats a query, stops when final", async () => {
    const resources: unknown[] = [claim];
    const status = createStatusServer({ searchable: { Claim: ["patient"], ClaimResponse: ["request"] }, resources });
    server.use(...status.handlers);
    const count = (type: string) => status.searches.filter((u) => u.pathname.endsWith(`/${type}`)).length;
    const gateway = createFhirGateway({ baseUrl: STATUS_BASE });
    renderWithProviders(
      <>
        <Worklist gateway={gateway} />
        <ClaimStatusRegion encounterRef={draft.encounterRef} path={undefined} state={state} nameOf={() => undefined} onCorrect={() => {}} statusGateway={gateway} />
      </>,
    );
    await run(0);
    expect(count("Claim")).toBe(1);
    const afterLaunch = count("ClaimResponse");
    expect(screen.getByTestId("worklist").textContent).toBe("Claim/c1:submitted");

    // Polls while unanswered (at 2 s, 6 s): one ClaimResponse search each, no Claim search.
    await run(2_000);
    expect(count("ClaimResponse")).toBe(afterLaunch + 1);
    await run(4_000);
    expect(count("ClaimResponse")).toBe(afterLaunch + 2);
    expect(count("Claim")).toBe(1);

    // Paid (poll at 14 s): the worklist shows it from the poll, and polling stops.
    resources.push(paid());
    await run(8_000);
    expect(count("ClaimResponse")).toBe(afterLaunch + 3);
    await run(1_000); // lets the worklist render the cache the poll wrote
    expect(screen.getByTestId("worklist").textContent).toBe("Claim/c1:paid");
    await run(10 * 60_000);
    expect(count("ClaimResponse")).toBe(afterLaunch + 3);
    expect(count("Claim")).toBe(1);
  });
});
