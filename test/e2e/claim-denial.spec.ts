import { expect, test } from "@playwright/test";
import type { Claim } from "fhir/r4";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

test("a claim that draws CO-16 is shown denied, corrected and resubmitted, then paid", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-2" });
  await app.getByRole("button", { name: /^Accept J20\.9/ }).click();
  await page.keyboard.press("Alt+E");
  await app.getByRole("button", { name: "Review claim" }).click();
  const review = app.getByRole("region", { name: "Claim review" });
  await review.getByRole("button", { name: "Submit claim" }).click();
  await expect(review.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();

  const status = app.getByRole("region", { name: "Claim status" });
  await expect(status.locator('[aria-current="step"]')).toHaveText("Denied", { timeout: 30_000 });
  await expect(status).toContainText("CO-16");
  await status.getByRole("button", { name: "Correct and resubmit" }).click();
  await expect(app.getByRole("region", { name: "Denial to correct" })).toContainText("16");

  // Replace the unspecified code with a specific one, from the keyboard.
  await app.getByRole("button", { name: "Remove J20.9" }).click();
  await app.getByRole("combobox", { name: "Search codes" }).fill("J20.8");
  await expect(app.getByRole("listbox", { name: "Matching codes" }).getByRole("option").first()).toContainText("J20.8");
  await app.getByRole("combobox", { name: "Search codes" }).press("Enter");
  await app.getByLabel(/Diagnosis pointers, line 1/).fill("A");
  await review.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(review.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  await expect(status.locator('[aria-current="step"]')).toHaveText("Paid", { timeout: 30_000 });

  const claims = await sandboxSearch<Claim>(SANDBOX.generic, "Claim?encounter=Encounter/enc-office-2");
  expect(claims).toHaveLength(2);
  const replacement = claims.find((c) => c.related?.length);
  expect(replacement?.related?.[0]?.claim?.reference).toMatch(/^Claim\//);
  expect(claims.find((c) => c.id !== replacement?.id)?.status).toBe("cancelled");
});
