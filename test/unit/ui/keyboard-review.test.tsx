import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { fakeSession, renderWithProviders } from "./render-with-providers.tsx";

/**
 * The review by keyboard on the office visit (an EHR that keeps no claims: the export path):
 * Alt+R brings the rendered review into view and focuses what to do next; Alt+S downloads the
 * claim files; the status then says it was exported and has the focus.
 */
const resources = loadFixtureResources("context/office-visit.fhir.json");

/** What the review showed each time it was scrolled into view. */
let scrolledTo: string[];
let downloads: string[];
beforeEach(() => {
  window.localStorage.clear();
  scrolledTo = [];
  downloads = [];
  Element.prototype.scrollIntoView = function (this: Element) { scrolledTo.push(`${this.getAttribute("aria-label")}: ${this.textContent ?? ""}`); };
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: () => "blob:test", revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download); });
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

/** The office visit with what the 837P needs (NPIs, tax id, payer id, addresses): nothing blocks the download. */
const address = [{ line: ["1 Main St"], city: "Springfield", state: "IL", postalCode: "627011234" }];
const billable = resources.map((r) => {
  if (r.resourceType === "Patient" || r.resourceType === "Location") return { ...r, address: r.resourceType === "Location" ? address[0] : address };
  if (r.resourceType === "Practitioner") return { ...r, identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" }] };
  if (r.resourceType === "Organization" && r.id === "payer1") return { ...r, identifier: [{ system: "urn:smart-coding-billing:payer-id", value: "00431" }] };
  if (r.resourceType === "Organization") return { ...r, address, identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1245319599" }, { system: "urn:oid:2.16.840.1.113883.4.4", value: "123456789" }] };
  return r;
}) as typeof resources;

async function codedVisit(chart = resources) {
  server.use(...fakeFhirServer({ resources: chart, batch: true }));
  renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 50} />, fakeSession());
  const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
  await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
  await within(diagnoses).findByRole("list", { name: "Claim diagnoses" });
  const search = screen.getByRole("combobox", { name: "Search codes" });
  search.focus();
  return search;
}

describe("the review by keyboard", () => {
  it("'?' lists the shortcuts the screen answers, Alt+S and Alt+D included", async () => {
    (await codedVisit()).blur();
    await userEvent.keyboard("?");
    const help = await screen.findByRole("dialog", { name: "Keyboard shortcuts" });
    const keys = within(help).getAllByRole("row").map((row) => row.querySelector("kbd")?.textContent);
    expect(keys).toEqual(expect.arrayContaining(["/", "Alt+R", "Alt+S", "Alt+D", "Alt+E", "?"]));
  });

  it("Accept hands the focus to the next suggestion's Accept, or to the search box, never to the page", async () => {
    server.use(...fakeFhirServer({ resources, batch: true }));
    renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={() => 50} />, fakeSession());
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    const accept = await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 });
    accept.focus();
    await userEvent.keyboard("{Enter}");
    await within(diagnoses).findByRole("list", { name: "Claim diagnoses" });
    const active = document.activeElement as HTMLButtonElement;
    expect(active).not.toBe(document.body);
    expect(active === screen.getByRole("combobox", { name: "Search codes" }) || (/^Accept /.test(active.getAttribute("aria-label") ?? "") && !active.disabled)).toBe(true);
  });

  it("Alt+R from the search box scrolls to the review once it has rendered and focuses its first finding or Submit", async () => {
    await codedVisit();
    await userEvent.keyboard("{Alt>}r{/Alt}");
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    await waitFor(() => expect(review.contains(document.activeElement)).toBe(true), { timeout: 10_000 });
    const firstFinding = review.querySelector(".finding");
    expect(document.activeElement).toBe(firstFinding ?? within(review).getByRole("button", { name: "Download claim files" }));
    // Scrolled once, to a review that shows its result (not "Checking the claim…" or a loading chunk).
    expect(scrolledTo).toHaveLength(1);
    expect(scrolledTo[0]).toMatch(/^Claim review: /);
    expect(scrolledTo[0]).toContain("Where this claim goes");
    expect(scrolledTo[0]).not.toMatch(/Checking the claim|Loading/);
  });

  it("an edit keeps the findings on screen while it is checked (no 'Checking the claim…' flash)", async () => {
    await codedVisit();
    await userEvent.keyboard("{Alt>}r{/Alt}");
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    await within(review).findByRole("heading", { name: "Where this claim goes" }, { timeout: 10_000 });
    const lines = screen.getByRole("region", { name: "Service lines" });
    fireEvent.change(within(lines).getByLabelText(/Diagnosis pointers, line 1/), { target: { value: "" } });
    expect(within(review).queryByText("Checking the claim…")).toBeNull();
    expect(within(review).getByRole("heading", { name: "Where this claim goes" })).toBeTruthy();
    await within(review).findByRole("region", { name: "Findings for line 1" }, { timeout: 10_000 });
    expect(within(review).queryByText("Checking the claim…")).toBeNull();
  });

  it("after the download (Alt+S), focus goes to the claim status, which says it was exported, never to the page", async () => {
    await codedVisit(billable);
    await userEvent.keyboard("{Alt>}r{/Alt}");
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    const download = await within(review).findByRole("button", { name: "Download claim files" }, { timeout: 10_000 });
    for (const box of within(review).queryAllByRole("checkbox")) await userEvent.click(box);
    await waitFor(() => expect((download as HTMLButtonElement).disabled).toBe(false));
    await userEvent.keyboard("{Alt>}s{/Alt}");
    await waitFor(() => expect(downloads.length).toBeGreaterThan(0));
    const status = screen.getByRole("region", { name: "Claim status" });
    await waitFor(() => expect(document.activeElement).toBe(within(status).getByRole("heading", { name: "Claim status" })));
    // The focus moves on the next turn; the status's text may render after it on a loaded machine.
    await waitFor(() => expect(status.textContent).toContain("exported as a file"), { timeout: 10_000 });
    expect(document.activeElement).toBe(within(status).getByRole("heading", { name: "Claim status" }));
  });

  it("Alt+S while the download is blocked opens the review and focuses the first finding, which says why", async () => {
    await codedVisit();
    await userEvent.keyboard("{Alt>}s{/Alt}");
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    await waitFor(() => expect(within(review).getByRole("button", { name: "Download claim files" })).toBeTruthy(), { timeout: 10_000 });
    expect((within(review).getByRole("button", { name: "Download claim files" }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(review.querySelector(".finding")));
    expect(downloads).toEqual([]);
  });
});
