import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import type { CodeHit } from "../../../src/coding/code-index.ts";
import { CPT, ICD10CM } from "../../../src/coding/systems.ts";
import type { TerminologyClient } from "../../../src/fhir/terminology/terminology-client.ts";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { CodeServiceProvider } from "../../../src/ui/coding/code-service-context.tsx";
import { TerminologyProvider } from "../../../src/ui/coding/terminology-context.tsx";
import { useCodeSearch } from "../../../src/ui/coding/use-code-search.ts";

interface Pending<T> { text: string; resolve(value: T): void }

/** A code service whose searches and additions answer when the test says so. */
function fakeService() {
  const searches: Pending<CodeHit[]>[] = [];
  const additions: Pending<number>[] = [];
  const service = {
    search: (text: string) => new Promise<CodeHit[]>((resolve) => searches.push({ text, resolve })),
    addEntries: (entries: { code: string }[]) => new Promise<number>((resolve) => additions.push({ text: entries.map((e) => e.code).join(), resolve })),
  } as unknown as CodeService;
  return { service, searches, additions };
}

const hit = (code: string, system = ICD10CM): CodeHit => ({ system, code, display: `d ${code}`, billable: true });

function renderSearch(service: CodeService, terminology?: TerminologyClient) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CodeServiceProvider service={service}><TerminologyProvider client={terminology}>{children}</TerminologyProvider></CodeServiceProvider>
  );
  return renderHook(({ text }: { text: string }) => useCodeSearch(text, [ICD10CM, CPT], undefined), { wrapper, initialProps: { text: "ast" } });
}

const codes = (hits: readonly CodeHit[]): string[] => hits.map((h) => h.code);

describe("code search as the user types", () => {
  it("never shows a late answer for text the user has already changed", async () => {
    const fake = fakeService();
    const view = renderSearch(fake.service);
    view.rerender({ text: "asth" });
    await waitFor(() => expect(fake.searches.map((s) => s.text)).toEqual(["ast", "asth"]));
    await act(async () => fake.searches[1]?.resolve([hit("J45.909")]));
    await act(async () => fake.searches[0]?.resolve([hit("A00.0")]));
    expect(codes(view.result.current.hits)).toEqual(["J45.909"]);
  });

  it("searches again once the server's codes joined the index, and only for the text still typed", async () => {
    const fake = fakeService();
    const terminology: TerminologyClient = { expand: async () => [hit("99999", CPT)], lookup: async () => ({ system: CPT, code: "", display: "" }) };
    const view = renderSearch(fake.service, terminology);
    await act(async () => fake.searches[0]?.resolve([hit("J45.909")]));
    await waitFor(() => expect(fake.additions.length).toBe(1));
    // The server's codes show beside the local answer while they join the index (rendered after the addition starts).
    await waitFor(() => expect(codes(view.result.current.hits)).toEqual(["J45.909", "99999"]));
    await act(async () => fake.additions[0]?.resolve(1));
    await waitFor(() => expect(fake.searches.map((s) => s.text)).toEqual(["ast", "ast"]));
    await act(async () => fake.searches[1]?.resolve([hit("99999", CPT), hit("J45.909")]));
    expect(codes(view.result.current.hits)).toEqual(["99999", "J45.909"]);

    view.rerender({ text: "asthm" });
    await waitFor(() => expect(fake.additions.length).toBe(2));
    view.rerender({ text: "asthma" });
    await act(async () => fake.additions[1]?.resolve(1));
    await waitFor(() => expect(fake.additions.length).toBe(3));
    view.unmount();
    await act(async () => fake.additions[2]?.resolve(1));
    expect(fake.searches.map((s) => s.text)).toEqual(["ast", "ast", "asthm", "asthma"]);
  });
});
