import { expect, test, type Page } from "@playwright/test";
import { appFrame } from "./axe.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

const ENCOUNTER = "Encounter/enc-office-4";

/** The key this app keeps the encounter's draft under (server + user + encounter), found in the app frame. */
async function draftKeyOf(page: Page): Promise<string> {
  const frame = await appFrame(page);
  const key = await frame.evaluate((encounter) => Object.keys(localStorage).find((k) => k.startsWith("coding-draft:v2:") && k.endsWith(`|${encounter}`)), ENCOUNTER);
  if (!key) throw new Error("no draft saved for the encounter");
  return key;
}

async function storeAndReload(page: Page, key: string, value: (saved: string | null) => string): Promise<void> {
  const frame = await appFrame(page);
  const saved = await frame.evaluate((k) => localStorage.getItem(k), key);
  await frame.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value(saved)] as const);
  await frame.evaluate(() => window.location.reload());
}

test("a bad charge never blanks the page: refused at the field, marked when read back, set aside when unreadable", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-oracle-1", encounter: "enc-office-4" });
  const lines = app.getByRole("region", { name: "Service lines" });
  const charge = lines.getByLabel(/Charge per unit, line 1/);
  await expect(charge).toBeVisible();

  // A valid charge is saved; a 400-digit one is refused at the field and the draft keeps 125.
  await charge.fill("125");
  await charge.fill("9".repeat(400));
  await expect(charge).toHaveAttribute("aria-invalid", "true");
  await expect(lines.getByText(/Charge must be an amount from 0 to 99,999,999\.99 dollars/)).toBeVisible();
  await expect(charge).toHaveValue("9".repeat(400));
  const key = await draftKeyOf(page);
  const frame = await appFrame(page);
  expect(await frame.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "{}").draft.lines[0].unitCharge, key)).toBe(125);

  // The draft as an earlier version saved it (Infinity written as null): the app renders, the field says so.
  await storeAndReload(page, key, (saved) => {
    const stored = JSON.parse(saved ?? "{}");
    stored.draft.lines[0].unitCharge = null;
    return JSON.stringify(stored);
  });
  await expect(app.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
  await expect(charge).toHaveAttribute("aria-invalid", "true");
  await expect(lines.getByText(/The saved charge \(null\)/)).toBeVisible();
  await expect(app.getByRole("button", { name: "Discard local draft" })).toBeVisible();

  // Garbage under the key: the app still renders, says the draft was set aside and starts from the chart.
  await storeAndReload(page, key, () => "{this is not a draft");
  await expect(app.getByText("The draft saved in this browser could not be read and was set aside", { exact: false })).toBeVisible();
  await expect(app.getByRole("region", { name: "Diagnoses" })).toBeVisible();
  await expect(charge).toBeVisible();
  await expect(charge).not.toHaveAttribute("aria-invalid", "true");
});
