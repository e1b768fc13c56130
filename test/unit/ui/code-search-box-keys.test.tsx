import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CodeHit } from "../../../src/coding/code-index.ts";
import { CPT, ICD10CM } from "../../../src/coding/systems.ts";
import type { TerminologyClient } from "../../../src/fhir/terminology/terminology-client.ts";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { CodeSearchBox } from "../../../src/ui/coding/code-search-box.tsx";
import { CodeServiceProvider } from "../../../src/ui/coding/code-service-context.tsx";
import { TerminologyProvider } from "../../../src/ui/coding/terminology-context.tsx";

const hit = (code: string, system = ICD10CM): CodeHit => ({ system, code, display: `d ${code}`, billable: true });

const service = { search: async () => [hit("A00.0"), hit("B00.0"), hit("C00.0")], addEntries: async () => 0 } as unknown as CodeService;
/** The server answers only for the 2026 date of service. */
const terminology: TerminologyClient = {
  expand: async (_text, _systems, options) => (options?.date === "2026-01-05" ? [hit("99991", CPT), hit("99992", CPT)] : []),
  lookup: async () => ({ system: CPT, code: "", display: "" }),
};

function box(dateOfService: string) {
  return (
    <CodeServiceProvider service={service}>
      <TerminologyProvider client={terminology}><CodeSearchBox dateOfService={dateOfService} onPick={() => undefined} /></TerminologyProvider>
    </CodeServiceProvider>
  );
}

const selected = (): string | undefined => within(screen.getByRole("listbox")).getAllByRole("option").find((o) => o.getAttribute("aria-selected") === "true")?.querySelector(".code")?.textContent ?? undefined;

describe("the code search box keys when the list gets shorter under the active option", () => {
  it("moves up from the option shown as active", async () => {
    const user = userEvent.setup();
    const view = render(box("2026-01-05"));
    await user.type(screen.getByRole("combobox", { name: "Search codes" }), "abc");
    await waitFor(() => expect(within(screen.getByRole("listbox")).getAllByRole("option")).toHaveLength(5));
    for (let i = 0; i < 4; i++) await user.keyboard("{ArrowDown}");
    expect(selected()).toBe("99992");
    view.rerender(box("2025-01-05"));
    await waitFor(() => expect(within(screen.getByRole("listbox")).getAllByRole("option")).toHaveLength(3));
    expect(selected()).toBe("C00.0");
    await user.keyboard("{ArrowUp}");
    expect(selected()).toBe("B00.0");
  });
});
