import { expect, test } from "@playwright/test";
import type { Claim } from "fhir/r4";
import { acceptSuggestions, connectBillingServer as connect, ensureEmLine, epicWithBillingServer as workstation, priceUnpricedLines, review, setCharge } from "./coding-steps.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

const CLAIM_ENCOUNTER = "https://smart-coding-billing.example/claim-encounter";

const claimsOn = (encounter: string) => sandboxSearch<Claim>(SANDBOX.billing, `Claim?identifier=${encodeURIComponent(`${CLAIM_ENCOUNTER}|Encounter/${encounter}`)}`);

test("epic EHR with the practice's billing server: log in to it, hand off, submit, the coder corrects; everything is kept there", async ({ browser }) => {
  test.setTimeout(150_000);
  const encounter = "enc-visit-05";
  const provider = await workstation(browser, "pr-rivera", encounter);
  await expect(provider.app.getByRole("region", { name: "Hand-off" })).toContainText("others cannot see it");
  await connect(provider.page, provider.app);
  await acceptSuggestions(provider.app);
  await ensureEmLine(provider.page, provider.app);
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
  await setCharge(coder.app, 1, "99.00");
  const coderReview = await review(coder.app);
  await coderReview.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(coderReview.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const claims = await claimsOn(encounter);
  expect(claims.map((c) => c.status).sort()).toEqual(["active", "cancelled"]);
  // The EHR itself holds nothing the app wrote.
  expect(await sandboxSearch<Claim>(SANDBOX.epic, `Claim?identifier=${encodeURIComponent(`${CLAIM_ENCOUNTER}|Encounter/${encounter}`)}`).catch(() => [])).toEqual([]);
});
