import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CodeHit, SearchOptions } from "../../../src/coding/code-index.ts";
import { ICD10CM } from "../../../src/coding/systems.ts";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { CodeSearchBox } from "../../../src/ui/coding/code-search-box.tsx";
import { CodeServiceProvider } from "../../../src/ui/coding/code-service-context.tsx";

/** U07.1 exists only in the newest code set (no date of service given); nothing else matches anything. */
const service = {
  search: async (text: string, options?: SearchOptions): Promise<CodeHit[]> =>
    /covid/i.test(text) && !options?.dateOfService ? [{ system: ICD10CM, code: "U07.1", display: "COVID-19", billable: true }] : [],
  addEntries: async () => 0,
} as unknown as CodeService;

function box() {
  return <CodeServiceProvider service={service}><CodeSearchBox dateOfService="2019-06-01" onPick={() => undefined} /></CodeServiceProvider>;
}

describe("an empty result list says why", () => {
  it("a code of another year's code set: not valid on the date of service", async () => {
    render(box());
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "covid");
    const why = await screen.findByText(/No code valid on the date of service \(2019-06-01\) matches “covid”/);
    expect(why.textContent).toContain("U07.1");
  });

  it("words with CPT in scope: CPT is found by number (its descriptors are licensed)", async () => {
    render(box());
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "office visit");
    expect((await screen.findByText(/No match for “office visit”/)).textContent).toMatch(/CPT services are found by their number/);
  });

  it("diagnoses only: no match, try other words", async () => {
    render(box());
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Code set" }), "diagnoses");
    await userEvent.type(screen.getByRole("combobox", { name: "Search codes" }), "qqqzz");
    expect((await screen.findByText(/No match for “qqqzz”/)).textContent).toMatch(/try a code, other words or an abbreviation/);
  });
});
