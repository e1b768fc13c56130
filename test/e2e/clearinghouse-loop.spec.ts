import { readFile } from "node:fs/promises";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import type { ClaimResponse } from "fhir/r4";
import { acceptSuggestions, connectBillingServer, ensureEmLine, epicWithBillingServer, priceUnpricedLines, review } from "./coding-steps.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

/** "Download 837P" from the review, as the user would send it to the clearinghouse. */
async function download837(page: Page, panel: ReturnType<FrameLocator["getByRole"]>): Promise<string> {
  const download = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Download 837P" }).click();
  return readFile((await (await download).path()) ?? "", "utf8");
}

/** The sandbox clearinghouse's answers to an 837P: the 999, 277CA and 835 files. */
async function clearinghouseAnswers(x12: string): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const response = await fetch(`${SANDBOX.epic}/clearinghouse/837`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: x12 });
  expect(response.ok).toBe(true);
  const answers = (await response.json()) as Record<"999" | "277CA" | "835", string>;
  const file = (name: string, text: string) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  return [file("claim.837p.x12", x12), file("answer.999", answers["999"]), file("answer.277", answers["277CA"]), file("answer.835", answers["835"])];
}

test("epic with the billing server: code, export the 837P, post the clearinghouse's 999/277CA/835, read the denial, correct, and the replacement names the payer's claim number", async ({ browser }) => {
  test.setTimeout(150_000);
  const { page, app } = await epicWithBillingServer(browser, "pr-rivera", "enc-visit-04");
  await connectBillingServer(page, app);
  // The right-knee osteoarthritis and its X-ray (73560), coded as the chart has them: the payer
  // needs the side on a paired-extremity service and denies the line with CO-4.
  await acceptSuggestions(app);
  await expect(app.getByRole("region", { name: "Service lines" }).locator("tbody .code", { hasText: "73560" })).toBeVisible();
  await ensureEmLine(page, app);
  await priceUnpricedLines(app);
  const panel = await review(app);
  await panel.getByRole("button", { name: "Submit claim" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const first837 = await download837(page, panel);
  expect(first837).toMatch(/CLM\*[^*]+\*[0-9.]+\*\*\*11:B:1\*/);

  const files = app.getByRole("region", { name: "Clearinghouse files" });
  await files.getByLabel("Clearinghouse files").setInputFiles(await clearinghouseAnswers(first837));
  await expect(files.getByRole("status")).toContainText(/[1-9] answers? posted/);
  const posting = files.getByRole("region", { name: "Payment posting" });
  await expect(posting.getByRole("row")).not.toHaveCount(0);
  await expect(posting).toContainText("balances");
  const status = app.getByRole("region", { name: "Claim status" });
  await expect(status.locator('[aria-current="step"]')).toHaveText("Partially paid", { timeout: 20_000 });
  await expect(status).toContainText("CO-4");
  await expect(status).toContainText("N822");
  await expect(status.getByRole("region", { name: "Next steps" })).toContainText("Correct and resubmit");

  // The payer's claim number came with the answers; the correction must name it (REF*F8).
  const answers = await sandboxSearch<ClaimResponse>(SANDBOX.billing, "ClaimResponse?_count=200");
  const payerNumbers = answers.flatMap((r) => (r.identifier ?? []).map((i) => i.value ?? ""));
  await status.getByRole("button", { name: "Correct and resubmit" }).click();
  // The note documents the right knee: the correction is the side (RT), nothing else.
  const modifiers = app.getByLabel(/^Modifiers, line \d+ \(73560\)/);
  await modifiers.fill("RT");
  await modifiers.press("Enter");
  const corrected = await review(app);
  await corrected.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(corrected.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const second837 = await download837(page, corrected);
  expect(second837).toMatch(/CLM\*[^*]+\*[0-9.]+\*\*\*11:B:7\*/);
  const refF8 = /REF\*F8\*([^~]+)~/.exec(second837)?.[1];
  expect(refF8 && payerNumbers).toContain(refF8);
  expect(second837).toMatch(/SV1\*HC:73560:RT\*/);

  await files.getByLabel("Clearinghouse files").setInputFiles(await clearinghouseAnswers(second837));
  await expect(status.locator('[aria-current="step"]')).toHaveText("Paid", { timeout: 20_000 });
});
