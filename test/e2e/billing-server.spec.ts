import { expect, test, type Browser, type FrameLocator, type Page } from "@playwright/test";
import type { Claim } from "fhir/r4";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

const CLAIM_ENCOUNTER = "https://smart-coding-billing.example/claim-encounter";

/** A workstation whose practice keeps claims on its billing server: the config names it for the Epic EHR. */
async function workstation(browser: Browser, user: string, encounter: string): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext();
  await context.route("**/billing-config.json", async (route) => {
    const config = (await (await route.fetch()).json()) as Record<string, unknown>;
    config["billingEndpoint"] = [{ issMatch: `^${SANDBOX.epic}/fhir$`, fhirBase: `${SANDBOX.billing}/fhir`, clientId: "coding-app" }];
    await route.fulfill({ json: config });
  });
  const page = await context.newPage();
  const app = await launchInEhrFrame(page, SANDBOX.epic, { user, patient: "pat-epic-1", encounter });
  await expect(app.getByRole("region", { name: "Diagnoses" })).toBeVisible();
  return { page, app };
}

/** "Connect billing server": its own login in a small window, which closes by itself. */
async function connect(page: Page, app: FrameLocator) {
  const region = app.getByRole("region", { name: "Billing server" });
  const popup = page.waitForEvent("popup");
  await region.getByRole("button", { name: "Connect billing server" }).click();
  await (await popup).waitForEvent("close");
  await expect(region).toContainText("Connected to");
}

/** Lines whose code the sample fee schedule does not price get a typed charge, as a coder would. */
async function priceUnpricedLines(app: FrameLocator) {
  const charges = app.getByRole("region", { name: "Service lines" }).getByLabel(/^Charge per unit/);
  for (let i = 0; i < (await charges.count()); i++) {
    const field = charges.nth(i);
    if (Number((await field.inputValue()).replace(/[^0-9.]/g, "")) > 0) continue;
    await field.fill("40.00");
    await field.press("Enter");
  }
}

async function review(app: FrameLocator) {
  await app.getByRole("button", { name: "Review claim" }).click();
  const panel = app.getByRole("region", { name: "Claim review" });
  await expect(panel.getByRole("heading", { name: "Where this claim goes" })).toBeVisible();
  const ticks = panel.getByRole("checkbox", { name: /Checked, submit anyway/ });
  for (let i = 0; i < (await ticks.count()); i++) await ticks.nth(i).check();
  return panel;
}

const claimsOn = (encounter: string) => sandboxSearch<Claim>(SANDBOX.billing, `Claim?identifier=${encodeURIComponent(`${CLAIM_ENCOUNTER}|Encounter/${encounter}`)}`);

test("epic EHR with the practice's billing server: log in to it, hand off, submit, the coder corrects; everything is kept there", async ({ browser }) => {
  test.setTimeout(150_000);
  const encounter = "enc-visit-05";
  const provider = await workstation(browser, "pr-rivera", encounter);
  await expect(provider.app.getByRole("region", { name: "Hand-off" })).toContainText("others cannot see it");
  await connect(provider.page, provider.app);
  const accept = provider.app.getByRole("button", { name: /^Accept / });
  await expect(accept.first()).toBeVisible();
  while ((await accept.count()) > 0) await accept.first().click();
  const lines = provider.app.getByRole("region", { name: "Service lines" });
  if ((await lines.locator("tbody .code", { hasText: /^992/ }).count()) === 0) await provider.page.keyboard.press("Alt+E");
  await expect(lines.locator("tbody .code", { hasText: /^992/ })).toBeVisible();
  await priceUnpricedLines(provider.app);
  await provider.app.getByRole("region", { name: "Hand-off" }).getByLabel("Note").fill("Ready for coding: heart failure visit");
  await provider.app.getByRole("button", { name: "Hand to coding" }).click();
  await expect(provider.app.getByRole("region", { name: "Hand-off" })).toContainText("heart failure visit");
  const providerReview = await review(provider.app);
  await expect(providerReview).toContainText("billing server");
  await providerReview.getByRole("button", { name: "Submit claim" }).click();
  await expect(providerReview.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  await expect(provider.app.getByRole("region", { name: "Claim status" }).locator('[aria-current="step"]')).toHaveText(/Paid|Denied|Partially paid/, { timeout: 30_000 });
  expect((await claimsOn(encounter)).map((c) => c.status)).toEqual(["active"]);

  const coder = await workstation(browser, "pr-chen", encounter);
  await connect(coder.page, coder.app);
  await expect(coder.app.getByRole("region", { name: "Claim status" })).toContainText(/Last submitted by Dr\. Ana Rivera/);
  await coder.app.getByLabel(/^Charge per unit, line 1/).fill("99.00");
  await coder.app.getByLabel(/^Charge per unit, line 1/).press("Enter");
  const coderReview = await review(coder.app);
  await coderReview.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(coderReview.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const claims = await claimsOn(encounter);
  expect(claims.map((c) => c.status).sort()).toEqual(["active", "cancelled"]);
  // The EHR itself holds nothing the app wrote.
  expect(await sandboxSearch<Claim>(SANDBOX.epic, `Claim?identifier=${encodeURIComponent(`${CLAIM_ENCOUNTER}|Encounter/${encounter}`)}`).catch(() => [])).toEqual([]);
});
