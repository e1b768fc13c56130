import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FhirResource } from "fhir/r4";
import { beforeEach, describe, expect, it } from "vitest";
import { describeNcciEditions } from "../../../src/billing/ncci/ncci-edition-labels.ts";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { loadNcciEdits } from "../../../src/billing/ncci/load-ncci.ts";
import { fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { fakeSession, realCodeServiceWithNcci, renderWithProviders } from "./render-with-providers.tsx";

const resources = loadFixtureResources("context/office-visit.fhir.json");
const fee = () => 50;

/** The NCCI tables shipped in public/ncci, unzipped here (jsdom's Blob cannot stream them). */
async function shippedEdits() {
  return loadNcciEdits(async (name) => {
    const bytes = await readFile(resolve(import.meta.dirname, "../../../public/ncci", name));
    return new Uint8Array(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  });
}

async function reviewWith(extra: FhirResource[] = [], codes?: CodeService) {
  server.use(...fakeFhirServer({ resources: [...resources, ...extra], batch: true }));
  renderWithProviders(<AppShell today="2026-04-10" now={() => "2026-03-04T15:00:00Z"} chargeFor={fee} />, fakeSession(), codes);
  const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
  await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
  await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
  return screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
}

describe("claim review", () => {
  beforeEach(() => window.localStorage.clear());

  it("lists the scrubber's findings by line, blocks submission on an error and takes the user to the field", async () => {
    const review = await reviewWith();
    const lines = screen.getByRole("region", { name: "Service lines" });
    fireEvent.change(within(lines).getByLabelText(/Diagnosis pointers, line 1/), { target: { value: "" } });
    const finding = await within(review).findByRole("region", { name: "Findings for line 1" }, { timeout: 10_000 });
    expect(finding.textContent).toContain("dx-pointer-missing");
    expect(within(review).getByText(/must be fixed before the claim can be submitted/)).toBeTruthy();
    await waitFor(() => expect((within(review).getByRole("button", { name: "Download claim files" }) as HTMLButtonElement).disabled).toBe(true));
    await userEvent.click(within(finding).getByRole("button", { name: "Go to field" }));
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Diagnosis pointers, line 1/);
    // Fixing the field clears the finding as the user edits.
    fireEvent.change(within(lines).getByLabelText(/Diagnosis pointers, line 1/), { target: { value: "A" } });
    await waitFor(() => expect(within(review).queryByRole("region", { name: "Findings for line 1" })).toBeNull(), { timeout: 10_000 });
  });

  it("names the NCCI editions loaded and the write path chosen from the CapabilityStatement", async () => {
    const edits = await shippedEdits();
    const review = await reviewWith([], realCodeServiceWithNcci(edits));
    // The labels of the tables shipped in public/ncci, both loaded (not "No PTP edition loaded").
    const shipped = describeNcciEditions(edits);
    expect(shipped.ptp).not.toMatch(/^No /);
    expect(shipped.mue).not.toMatch(/^No /);
    const line = await within(review).findByText(/NCCI:/, {}, { timeout: 10_000 });
    expect(line.textContent?.trim()).toBe(`NCCI: ${shipped.ptp}; ${shipped.mue}.`);
    // The fake server accepts no writes: the claim is exported.
    expect(await within(review).findByRole("button", { name: "Download claim files" })).toBeTruthy();
  });

  it("shows the patient's claims with status and age, filtered to denied", async () => {
    const claim = { resourceType: "Claim", id: "cl1", status: "active", use: "claim", created: "2026-03-04", patient: { reference: "Patient/p1" }, type: { coding: [{ code: "professional" }] }, provider: { reference: "Organization/org1" }, priority: { coding: [{ code: "normal" }] }, insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov1" } }] } as FhirResource;
    const paid = { ...claim, id: "cl2", created: "2026-02-01" } as FhirResource;
    const response = (id: string, request: string, reason?: string) => ({
      resourceType: "ClaimResponse", id, status: "active", use: "claim", type: { coding: [{ code: "professional" }] }, patient: { reference: "Patient/p1" }, created: "2026-03-05", insurer: { display: "Payer" }, request: { reference: request },
      outcome: "complete", item: [{ itemSequence: 1, adjudication: reason ? [{ category: { coding: [{ code: "submitted" }] }, amount: { value: 50, currency: "USD" } }, { category: { coding: [{ code: "benefit" }] }, amount: { value: 0, currency: "USD" }, reason: { coding: [{ system: "https://x12.org/codes/claim-adjustment-reason-codes", code: reason }] } }] : [{ category: { coding: [{ code: "benefit" }] }, amount: { value: 50, currency: "USD" } }] }],
      ...(reason ? {} : { payment: { amount: { value: 50, currency: "USD" }, date: "2026-03-06" } }),
    }) as FhirResource;
    await reviewWith([claim, paid, response("r1", "Claim/cl1", "CO-16"), response("r2", "Claim/cl2")]);
    const list = await screen.findByRole("region", { name: "Claims" }, { timeout: 10_000 });
    const table = await within(list).findByRole("table", {}, { timeout: 10_000 });
    const statusAndAge = () => within(table).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").slice(5).map((c) => c.textContent));
    // Without a date of service the age counts from the claim's creation: 2026-02-01 and 2026-03-04 to 2026-04-10.
    expect(statusAndAge()).toEqual([["Paid", "68"], ["Denied", "37"]]);
    // No encounter on these claims: the patient is named, not a button.
    expect(within(table).getAllByText(/Rivera/)).toHaveLength(2);
    await userEvent.selectOptions(within(list).getByLabelText("Filter"), "denied");
    expect(statusAndAge()).toEqual([["Denied", "37"]]);
  });
});

describe("claim review: the payer's timely filing limit from the practice settings", () => {
  beforeEach(() => window.localStorage.clear());

  async function reviewAt(now: string, filingLimits?: { default: number }) {
    server.use(...fakeFhirServer({ resources, batch: true }));
    const billing = { submitter: { name: "Practice", id: "PRACTICE" }, receiver: { name: "Clearinghouse", id: "CH" }, ...(filingLimits ? { filingLimits } : {}) };
    renderWithProviders(<AppShell today={now.slice(0, 10)} now={() => now} chargeFor={fee} billing={billing} />);
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    await userEvent.click(await within(diagnoses).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 10_000 }));
    await userEvent.click(screen.getByRole("button", { name: "Review claim" }));
    const review = await screen.findByRole("region", { name: "Claim review" }, { timeout: 10_000 });
    await within(review).findByText(/NCCI:/, {}, { timeout: 10_000 });
    return review;
  }

  it("a 30-day limit, 60 days after the visit: the review warns", async () => {
    const late = await reviewAt("2026-05-03T15:00:00Z", { default: 30 });
    await waitFor(() => expect(late.textContent).toContain("timely-filing"), { timeout: 10_000 });
  });

  it("without settings the default of 365 days applies: no warning 60 days after the visit", async () => {
    const review = await reviewAt("2026-05-03T15:00:00Z");
    await within(review).findByRole("heading", { name: "Where this claim goes" }, { timeout: 10_000 });
    expect(review.textContent).not.toContain("timely-filing");
  });
});
