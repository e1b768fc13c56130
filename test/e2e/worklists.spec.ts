import { expect, test } from "@playwright/test";
import { appFrame, seriousAxeViolations } from "./axe.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

test("an encounter on 'Encounters to code' opens in the app with Enter, and Back returns to the launch encounter", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("Lopez");
  const list = app.getByRole("region", { name: "Encounters to code" });
  await expect(list.getByRole("table")).toBeVisible();
  // The practice's organization: Dr. Chen's patient Robert Hughes is on it too.
  await list.getByLabel("For").selectOption({ index: 1 });
  const row = list.getByRole("button", { name: /^Robert James Hughes \d{4}-\d{2}-\d{2}$/ }).first();
  await row.focus();
  await page.keyboard.press("Enter");
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("Hughes");
  const back = app.getByRole("button", { name: "Back to the launch encounter" });
  await expect(back).toBeFocused();
  expect(await seriousAxeViolations(await appFrame(page))).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("Lopez");
  await expect(back).toHaveCount(0);
});
