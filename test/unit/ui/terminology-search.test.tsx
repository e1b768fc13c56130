import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import type { CodeHit } from "../../../src/coding/code-index.ts";
import { createTerminologyClient } from "../../../src/fhir/terminology/terminology-client.ts";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { fakeSession, realCodeService, renderWithProviders } from "./render-with-providers.tsx";

const TX = "https://tx.example/fhir";
const resources = loadFixtureResources("context/office-visit.fhir.json");
const noLookup = http.get(`${TX}/CodeSystem/$lookup`, () => HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "not-found" }] }, { status: 404 }));

describe("terminology server in code search", () => {
  beforeEach(() => window.localStorage.clear());

  it("merges $expand answers into the local results, sending no EHR token", async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    server.use(
      ...fakeFhirServer({ resources, batch: true }),
      noLookup,
      http.get(`${TX}/ValueSet/$expand`, ({ request }) => {
        seen.push({ url: request.url, authorization: request.headers.get("authorization") });
        const url = new URL(request.url);
        const system = url.searchParams.get("url") ?? "";
        const contains = system.startsWith("http://www.ama-assn.org/go/cpt") ? [{ system: "http://www.ama-assn.org/go/cpt", code: "99999", display: "Zygomatic remote licensed text" }] : [];
        return HttpResponse.json({ resourceType: "ValueSet", status: "active", expansion: { timestamp: "2026-01-01", contains } });
      }),
    );
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession(), realCodeService(), createTerminologyClient(TX));
    await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "zygomatic remote");
    const list = screen.getByRole("listbox", { name: "Matching codes" });
    await waitFor(() => expect(within(list).getByText("99999")).toBeTruthy(), { timeout: 10_000 });
    expect(await screen.findByText(/1 from the terminology server/)).toBeTruthy();
    // Typing may pause long enough for a request on part of the text; the last asks for all of it.
    await waitFor(() => expect(new URL(seen.at(-1)?.url ?? TX).searchParams.get("filter")).toBe("zygomatic remote"));
    expect(seen.map((s) => s.authorization)).toEqual(seen.map(() => null));
  });

  it("says when the terminology server fails and keeps the local results", async () => {
    server.use(
      ...fakeFhirServer({ resources, batch: true }),
      noLookup,
      http.get(`${TX}/ValueSet/$expand`, () => HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "forbidden", diagnostics: "No CPT licence for this client" }] }, { status: 403 })),
    );
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession(), realCodeService(), createTerminologyClient(TX));
    await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "hypertension");
    expect(await screen.findByText(/Terminology server: .*No CPT licence/, {}, { timeout: 10_000 })).toBeTruthy();
    expect((await within(screen.getByRole("listbox", { name: "Matching codes" })).findAllByRole("option", {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
  });
});

describe("terminology server $lookup", () => {
  beforeEach(() => window.localStorage.clear());

  it("fills the display of a CPT line the EMR sent without one", async () => {
    server.use(
      ...fakeFhirServer({ resources, batch: true }),
      http.get(`${TX}/CodeSystem/$lookup`, ({ request }) =>
        new URL(request.url).searchParams.get("code") === "94640"
          ? HttpResponse.json({ resourceType: "Parameters", parameter: [{ name: "display", valueString: "Licensed text from the server" }] })
          : HttpResponse.json({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "not-found" }] }, { status: 404 }),
      ),
    );
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession(), realCodeService(), createTerminologyClient(TX));
    const lines = await screen.findByRole("region", { name: "Service lines" });
    expect(await within(lines).findByText("Licensed text from the server", {}, { timeout: 10_000 })).toBeTruthy();
  });
});

describe("local and remote answers in either order", () => {
  beforeEach(() => window.localStorage.clear());

  it("keeps the remote codes when the local search answers after the terminology server", async () => {
    server.use(
      ...fakeFhirServer({ resources, batch: true }),
      noLookup,
      http.get(`${TX}/ValueSet/$expand`, () =>
        HttpResponse.json({ resourceType: "ValueSet", status: "active", expansion: { timestamp: "2026-01-01", contains: [{ system: "http://www.ama-assn.org/go/cpt", code: "99999", display: "Zygomatic remote licensed text" }] } }),
      ),
    );
    const real = realCodeService();
    // Every local search waits until the remote answer is on screen, then answers late.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const searches: Promise<CodeHit[]>[] = [];
    const lateLocal: CodeService = { ...real, search: (...args) => { const found = gate.then(() => real.search(...args)); searches.push(found); return found; } };
    renderWithProviders(<AppShell today="2026-03-04" />, fakeSession(), lateLocal, createTerminologyClient(TX));
    await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "zygomatic");
    const list = screen.getByRole("listbox", { name: "Matching codes" });
    await waitFor(() => expect(within(list).getByText("99999")).toBeTruthy(), { timeout: 10_000 });
    release();
    const local = (await Promise.all(searches)).at(-1) ?? [];
    const firstLocal = local.find((hit) => hit.code !== "99999")?.code ?? "(no local hit)";
    // The late local answer is on screen, and the remote code is still there beside it.
    expect((await within(list).findAllByText(firstLocal, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    expect(within(list).getByText("99999")).toBeTruthy();
  });
});
