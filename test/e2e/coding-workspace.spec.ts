import { expect, test } from "@playwright/test";
import { appFrame, seriousAxeViolations } from "./axe.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

test("code a SNOMED-only encounter by keyboard, add the E/M line by time, reload and find the draft intact", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-5" });
  const diagnoses = app.getByRole("region", { name: "Diagnoses" });
  // The chart's condition is SNOMED-only (acute bronchitis): the app suggests ICD-10-CM.
  const accept = diagnoses.getByRole("button", { name: /^Accept J20/ });
  await expect(accept).toBeVisible();
  await accept.focus();
  await page.keyboard.press("Enter");
  const claimDiagnoses = diagnoses.getByRole("list", { name: "Claim diagnoses" });
  await expect(claimDiagnoses).toContainText("J20");

  // E/M by visit time, from the keyboard.
  await page.keyboard.press("Alt+E");
  const lines = app.getByRole("region", { name: "Service lines" });
  await expect(lines.getByRole("row")).toHaveCount(3); // header, one line, total
  const emCode = (await lines.getByRole("row").nth(1).locator(".code").textContent())?.trim();
  expect(emCode).toMatch(/^992\d\d$/);
  await expect(lines.getByLabel(/Diagnosis pointers, line 1/)).toHaveValue("A");

  // "/" then a search accepted with Enter adds a second diagnosis.
  await app.getByRole("heading", { name: /Diagnoses/ }).click();
  await page.keyboard.press("/");
  await page.keyboard.type("htn");
  await expect(app.getByRole("listbox", { name: "Matching codes" }).getByRole("option").first()).toContainText("I10");
  await page.keyboard.press("Enter");
  await expect(claimDiagnoses).toContainText("I10");

  const frame = await appFrame(page);
  await frame.evaluate(() => window.location.reload());
  await expect(app.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
  await expect(app.getByRole("list", { name: "Claim diagnoses" })).toContainText("J20");
  await expect(app.getByRole("list", { name: "Claim diagnoses" })).toContainText("I10");
  await expect(app.getByRole("region", { name: "Service lines" }).getByRole("row").nth(1)).toContainText(emCode ?? "none");
});

test("the coding workspace has no serious or critical accessibility violations", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-oracle-1", encounter: "enc-visit-11" });
  await expect(app.getByRole("region", { name: "Diagnoses" })).toBeVisible();
  await expect(app.getByRole("button", { name: /^Accept/ }).first()).toBeVisible();
  await page.keyboard.press("Alt+E");
  const violations = await seriousAxeViolations(await appFrame(page));
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
});
