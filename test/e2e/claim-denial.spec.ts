import { expect, test } from "@playwright/test";
import type { Claim } from "fhir/r4";
import { review } from "./coding-steps.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { releasePayerAnswers } from "./payer-hold.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

test("a right-knee X-ray billed without RT draws CO-4 (N822): shown partially paid, corrected with the documented side and resubmitted, then paid", async ({ page }) => {
  // enc-visit-04 was handed to coding: 99213 and the knee X-ray (73560) for M17.11, no modifiers.
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-visit-04" });
  await expect(app.getByRole("region", { name: "Service lines" }).locator("tbody .code", { hasText: "73560" })).toBeVisible();
  const panel = await review(app);
  await panel.getByRole("button", { name: "Submit claim" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();

  const status = app.getByRole("region", { name: "Claim status" });
  await expect(status.locator('[aria-current="step"]')).toHaveText("Queued");
  await releasePayerAnswers(page, SANDBOX.generic);
  await expect(status.locator('[aria-current="step"]')).toHaveText("Partially paid");
  await expect(status).toContainText("CO-4");
  await expect(status).toContainText("N822");
  await status.getByRole("button", { name: "Correct and resubmit" }).click();
  await expect(app.getByRole("region", { name: "Denial to correct" })).toContainText("4");

  // The note documents the right knee: the honest correction is the side, not another code.
  const modifiers = app.getByLabel(/^Modifiers, line \d+ \(73560\)/);
  await modifiers.fill("RT");
  await modifiers.press("Enter");
  const corrected = await review(app);
  await corrected.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(corrected.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  await expect(status.locator('[aria-current="step"]')).toHaveText("Queued");
  await releasePayerAnswers(page, SANDBOX.generic);
  await expect(status.locator('[aria-current="step"]')).toHaveText("Paid");

  const claims = await sandboxSearch<Claim>(SANDBOX.generic, "Claim?encounter=Encounter/enc-visit-04");
  expect(claims).toHaveLength(2);
  const replacement = claims.find((c) => c.related?.length);
  expect(replacement?.related?.[0]?.claim?.reference).toMatch(/^Claim\//);
  expect(replacement?.item?.find((i) => i.productOrService.coding?.[0]?.code === "73560")?.modifier?.flatMap((m) => m.coding?.map((c) => c.code) ?? [])).toEqual(["RT"]);
  expect(replacement?.diagnosis?.map((d) => d.diagnosisCodeableConcept?.coding?.[0]?.code)).toEqual(["M17.11"]);
  expect(claims.find((c) => c.id !== replacement?.id)?.status).toBe("cancelled");
});
