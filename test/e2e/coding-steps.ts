import { expect, type Browser, type FrameLocator, type Page } from "@playwright/test";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

/** Steps a coder takes, shared by the specs that code an encounter end to end. */

/** Accepts every chart suggestion (waits for them first), each in turn: a click, then its "Accepted" state. */
export async function acceptSuggestions(app: FrameLocator) {
  const chart = app.getByRole("list", { name: "Diagnoses from the chart" });
  const accept = chart.getByRole("button", { name: /^Accept / });
  await expect(accept.first()).toBeVisible();
  // An accepted code is placed once its code-first notes are looked up; meanwhile its button says
  // "Placing" and is disabled. Wait for it to say "Accepted" before the next one.
  while ((await accept.count()) > 0) {
    const next = accept.first();
    const code = ((await next.getAttribute("aria-label")) ?? "").split(" ")[1] ?? "";
    await next.click();
    await expect(chart.getByRole("button", { name: new RegExp(`^Accepted ${code.replace(".", "\\.")} `) }).first()).toBeVisible();
  }
}

/** Adds the E/M line the helper shows, when the draft has none. */
export async function ensureEmLine(page: Page, app: FrameLocator) {
  const lines = app.getByRole("region", { name: "Service lines" });
  if ((await lines.locator("tbody .code", { hasText: /^992/ }).count()) === 0) await page.keyboard.press("Alt+E");
  await expect(lines.locator("tbody .code", { hasText: /^992/ }).first()).toBeVisible();
}

/** Lines whose code the sample fee schedule does not price get a typed charge, as a coder would. */
export async function priceUnpricedLines(app: FrameLocator) {
  const charges = app.getByRole("region", { name: "Service lines" }).getByLabel(/^Charge per unit/);
  for (let i = 0; i < (await charges.count()); i++) {
    const field = charges.nth(i);
    if (Number((await field.inputValue()).replace(/[^0-9.]/g, "")) > 0) continue;
    await field.fill("40.00");
    await field.press("Enter");
  }
}

/** Types a charge per unit on one line ("line 1") and commits it with Enter. */
export async function setCharge(app: FrameLocator, line: number, charge: string) {
  const field = app.getByLabel(new RegExp(`^Charge per unit, line ${line}\\b`));
  await field.fill(charge);
  await field.press("Enter");
}

/** Opens the review and ticks the warnings once checked; returns the "Claim review" region. */
export async function review(app: FrameLocator) {
  await app.getByRole("button", { name: "Review claim" }).click();
  const panel = app.getByRole("region", { name: "Claim review" });
  await expect(panel.getByRole("heading", { name: "Where this claim goes" })).toBeVisible();
  const ticks = panel.getByRole("checkbox", { name: /Checked, submit anyway/ });
  for (let i = 0; i < (await ticks.count()); i++) await ticks.nth(i).check();
  return panel;
}

/** A workstation on the Epic persona whose practice keeps claims on its billing server. */
export async function epicWithBillingServer(browser: Browser, user: string, encounter: string): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext({ acceptDownloads: true });
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
export async function connectBillingServer(page: Page, app: FrameLocator) {
  const region = app.getByRole("region", { name: "Billing server" });
  const popup = page.waitForEvent("popup");
  await region.getByRole("button", { name: "Connect billing server" }).click();
  await (await popup).waitForEvent("close");
  await expect(region).toContainText("Connected to");
}
