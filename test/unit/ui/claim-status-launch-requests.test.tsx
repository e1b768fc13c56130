import { act, screen } from "@testing-library/react";
import { useQuery } from "@tanstack/react-query";
import type { Claim } from "fhir/r4";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readBillingState } from "../../../src/billing/state/index.ts";
import { claimWorklistQuery } from "../../../src/fhir/claim-status/claim-worklist-query.ts";
import { createFhirGateway, SHARED_SEARCH_MS, type FhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import { ClaimStatusRegion } from "../../../src/ui/claim/claim-status-region.tsx";
import { storedClaim, readyFixture } from "../billing/state/store-fixtures.ts";
import { createStatusServer, STATUS_BASE } from "../fhir/claim-status/fake-status-server.ts";
import { server } from "../../msw/server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

/**
 * The first launch with the claims worklist and the claim status on screen: both want the
 * submitted claim's ClaimResponse at once. The app's gateway (shareSearchesMs = SHARED_SEARCH_MS)
 * asks the server once; the next poll asks again. Fake clock (the sharing window runs on it too).
 */
const draft = readyFixture();
const state = readBillingState([storedClaim(draft, "c1", "2", "active")], draft.encounterRef);
const claim = state?.submitted?.resource as Claim;
const patientId = (claim.patient.reference ?? "").split("/")[1] ?? "";

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

async function launch(shareSearchesMs: number | undefined) {
  const status = createStatusServer({ searchable: { Claim: ["patient"], ClaimResponse: ["request"] }, resources: [claim] });
  server.use(...status.handlers);
  const count = (type: string) => status.searches.filter((u) => u.pathname.endsWith(`/${type}`)).length;
  const gateway = createFhirGateway({ baseUrl: STATUS_BASE, ...(shareSearchesMs === undefined ? {} : { shareSearchesMs }) });
  renderWithProviders(
    <>
      <Worklist gateway={gateway} />
      <ClaimStatusRegion encounterRef={draft.encounterRef} path={undefined} state={state} nameOf={() => undefined} onCorrect={() => {}} statusGateway={gateway} />
    </>,
  );
  await run(0);
  return { count, searches: status.searches };
}

describe("the first launch's claim status requests", () => {
  it("asks the ClaimResponse query once for the worklist and the first status poll, then once per poll", async () => {
    const { count, searches } = await launch(SHARED_SEARCH_MS);
    expect(screen.getByTestId("worklist").textContent).toBe("Claim/c1:submitted");
    expect(count("Claim")).toBe(1);
    expect(searches.filter((u) => u.pathname.endsWith("/ClaimResponse")).map((u) => u.search)).toEqual([`?request=${encodeURIComponent("Claim/c1")}&_count=4`]);
    await run(2_000);
    expect(count("ClaimResponse")).toBe(2);
  });

  it("without the shared searches the same launch asks it twice (what the sharing saves)", async () => {
    const { count } = await launch(undefined);
    expect(count("ClaimResponse")).toBe(2);
  });
});
