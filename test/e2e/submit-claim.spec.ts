import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import type { ChargeItem, Claim, Provenance } from "fhir/r4";
import { acceptSuggestions, ensureEmLine, review } from "./coding-steps.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { releasePayerAnswers } from "./payer-hold.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

/** Accepts every chart suggestion, adds the E/M line and opens the review (warnings ticked once checked). */
async function codeEncounter(page: Page, app: FrameLocator) {
  await acceptSuggestions(app);
  await ensureEmLine(page, app);
  return review(app);
}

test("generic EHR: submit writes one Claim, one ChargeItem per line and one Provenance; the status goes queued -> paid", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  const review = await codeEncounter(page, app);
  await expect(review).toContainText("in one transaction");
  const submit = review.getByRole("button", { name: "Submit claim" });
  await expect(submit).toBeEnabled();
  await submit.dblclick();
  await expect(review.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();

  const claims = await sandboxSearch<Claim>(SANDBOX.generic, "Claim?encounter=Encounter/enc-office-1");
  expect(claims).toHaveLength(1);
  const lineCount = await app.getByRole("region", { name: "Service lines" }).locator("tbody tr").count();
  const charges = await sandboxSearch<ChargeItem>(SANDBOX.generic, "ChargeItem?context=Encounter/enc-office-1");
  expect(charges).toHaveLength(lineCount);
  expect(charges.every((c) => c.context?.reference === "Encounter/enc-office-1")).toBe(true);
  const provenance = await sandboxSearch<Provenance>(SANDBOX.generic, `Provenance?target=Claim/${claims[0]?.id}`);
  expect(provenance).toHaveLength(1);

  // The payer holds its answer until released: "Queued" is what the app shows, not a race with a timer.
  const status = app.getByRole("region", { name: "Claim status" });
  await expect(status.locator('[aria-current="step"]')).toHaveText("Queued");
  await releasePayerAnswers(page, SANDBOX.generic);
  await expect(status.locator('[aria-current="step"]')).toHaveText("Paid");
  await expect(status).toContainText("Payment:");
});

test("epic EHR: no claim is accepted, so submitting downloads the claim files", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.epic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  const review = await codeEncounter(page, app);
  await expect(review).toContainText(/export|download/i);
  const download = page.waitForEvent("download");
  await review.getByRole("button", { name: "Download claim files" }).click();
  expect((await download).suggestedFilename()).toMatch(/^claim-.*\.fhir\.json$/);
  await expect(review.getByRole("status").filter({ hasText: "Downloaded" })).toBeVisible();
  const x12 = page.waitForEvent("download");
  await review.getByRole("button", { name: "Download 837P" }).click();
  expect((await x12).suggestedFilename()).toMatch(/\.837p\.x12$/);
});

test("oracle EHR: the charges go through ChargeItem/$create and the claim itself is exported", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.oracle, { user: "pr-rivera", patient: "pat-oracle-1" });
  const review = await codeEncounter(page, app);
  await expect(review).toContainText("$create");
  const download = page.waitForEvent("download");
  await review.getByRole("button", { name: "Submit claim" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.fhir\.json$/);
  await expect(review.getByRole("status").filter({ hasText: "Submitted." })).toContainText("ChargeItem");
  const encounterId = await app.getByRole("region", { name: "Encounter", exact: true }).getAttribute("data-encounter-id");
  const charges = await sandboxSearch<ChargeItem>(SANDBOX.oracle, `ChargeItem?context=Encounter/${encounterId}`);
  const lineCount = await app.getByRole("region", { name: "Service lines" }).locator("tbody tr").count();
  expect(charges.filter((c) => c.status !== "entered-in-error")).toHaveLength(lineCount);
});
