import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType, MemoExoticComponent } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { fakeSession, realCodeService, renderWithProviders } from "./render-with-providers.tsx";

/**
 * What renders while the user types in the code search: the search box and its results, nothing
 * else on the screen (the diagnoses, the visit services, the service lines, the E/M helper and the
 * open review keep what they showed). Renders are counted by wrapping each region's component.
 */
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock("../../../src/ui/coding/diagnoses-panel.tsx", async (load) => countedModule(await load(), "DiagnosesPanel"));
vi.mock("../../../src/ui/coding/service-lines-panel.tsx", async (load) => countedModule(await load(), "ServiceLinesPanel"));
vi.mock("../../../src/ui/coding/service-line-row.tsx", async (load) => countedModule(await load(), "ServiceLineRow"));
vi.mock("../../../src/ui/coding/visit-services-panel.tsx", async (load) => countedModule(await load(), "VisitServicesPanel"));
vi.mock("../../../src/ui/coding/em-helper.tsx", async (load) => countedModule(await load(), "EmHelper"));
vi.mock("../../../src/ui/coding/code-sets-panel.tsx", async (load) => countedModule(await load(), "CodeSetsPanel"));
vi.mock("../../../src/ui/claim/review-panel.tsx", async (load) => countedModule(await load(), "ReviewPanel"));

/** The module with `name` replaced by the same component counting its renders (memo kept as it is). */
async function countedModule(module: unknown, name: string) {
  const { memo: keepMemo } = await import("react");
  const original = (module as Record<string, unknown>)[name] as ComponentType<object> | MemoExoticComponent<ComponentType<object>>;
  const inner = (("type" in original ? original.type : original) as (props: object) => unknown);
  const counting = (props: object) => {
    renders.set(name, (renders.get(name) ?? 0) + 1);
    return inner(props);
  };
  const replaced = "type" in original ? keepMemo(counting as never, (original as { compare?: never }).compare) : counting;
  return { ...(module as object), [name]: replaced };
}

const resources = loadFixtureResources("context/office-visit.fhir.json");

beforeEach(() => {
  window.localStorage.clear();
  Element.prototype.scrollIntoView = () => undefined;
});

describe("typing in the code search", () => {
  it("renders the search and its results only: not the diagnoses, services, service lines, E/M helper or review", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 50} />, fakeSession());
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
    await within(diagnoses).findByRole("list", { name: "Claim diagnoses" });
    await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    await waitFor(() => expect(review.textContent).not.toMatch(/Checking the claim/), { timeout: 10_000 });
    expect(renders.get("ReviewPanel") ?? 0).toBeGreaterThan(0);
    expect(renders.get("ServiceLineRow") ?? 0).toBeGreaterThan(0);
    const before = new Map(renders);
    const search = screen.getByRole("combobox", { name: "Search codes" });
    await userEvent.type(search, "asthm");
    await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Matching codes" })).getAllByRole("option").length).toBeGreaterThan(0));
    // The answer to the last keystroke is on screen; anything else that re-rendered did so by now.
    const during = Object.fromEntries([...renders].map(([name, n]) => [name, n - (before.get(name) ?? 0)]));
    expect(during).toEqual({ DiagnosesPanel: 0, ServiceLinesPanel: 0, ServiceLineRow: 0, VisitServicesPanel: 0, EmHelper: 0, CodeSetsPanel: 0, ReviewPanel: 0 });
  }, 30_000);

  it("asks the code worker one search per keystroke: the empty-result reason only once the typed text's own answer is empty", async () => {
    const real = realCodeService();
    const asked: string[] = [];
    const codes = { ...real, search: (text: string, options: Parameters<typeof real.search>[1]) => (asked.push(text), real.search(text, options)) } as typeof real;
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 50} />, fakeSession(), codes);
    const search = await screen.findByRole("combobox", { name: "Search codes" }, { timeout: 10_000 });
    asked.length = 0;
    await userEvent.type(search, "asthm");
    await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Matching codes" })).getAllByRole("option").length).toBeGreaterThan(0));
    expect(asked).toEqual(["a", "as", "ast", "asth", "asthm"]);
    asked.length = 0;
    await userEvent.type(search, "qq");
    expect(await screen.findByText(/No match for “asthmqq”/)).toBeTruthy();
    // "asthmq" and "asthmqq" once each, then the two searches of the reason for the last text only.
    expect(asked).toEqual(["asthmq", "asthmqq", "asthmqq", "asthmqq"]);
  }, 30_000);
});
