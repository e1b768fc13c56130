import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { fakeSession, realCodeService, renderWithProviders } from "./render-with-providers.tsx";

/**
 * The draft is scrubbed while the review is closed, once it has stayed unchanged for a moment:
 * "Review claim" then shows the findings at once, without waiting for the code worker.
 */
const resources = loadFixtureResources("context/office-visit.fhir.json");

beforeEach(() => {
  window.localStorage.clear();
  Element.prototype.scrollIntoView = () => undefined;
});

describe("the first review", () => {
  it("opens on the findings of the draft scrubbed ahead, without scrubbing it again", async () => {
    const real = realCodeService();
    const scrubbed: number[] = [];
    const codes = { ...real, scrub: (...args: Parameters<typeof real.scrub>) => (scrubbed.push(args[0].diagnosis?.length ?? 0), real.scrub(...args)) } as typeof real;
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 50} />, fakeSession(), codes);
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
    await within(diagnoses).findByRole("list", { name: "Claim diagnoses" });
    await waitFor(() => expect(scrubbed.length).toBeGreaterThan(0), { timeout: 5_000 });
    const before = scrubbed.length;
    await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    // Its first render is the checked claim: the scrub asked ahead is reused.
    expect(within(review).queryByText("Checking the claim…")).toBeNull();
    expect(within(review).getByText(/^NCCI:/)).toBeTruthy();
    expect(scrubbed.length).toBe(before);
  }, 30_000);
});
