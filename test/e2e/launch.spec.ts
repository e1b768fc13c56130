import { expect, test } from "@playwright/test";
import { OFFICE_VISIT_DATE } from "../reference-date.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { recordLaunchOrder, STATUS_SEARCH } from "./launch-order.ts";
import { useReferenceClock } from "./reference-clock.ts";
import { APP, SANDBOX, SHORT_TOKEN_SECONDS } from "./sandboxes.ts";

test("EHR launch from the sandbox launcher shows the encounter inside the EHR frame", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  const encounter = app.getByRole("region", { name: "Encounter", exact: true });
  await expect(encounter).toBeVisible();
  await expect(encounter).toContainText(OFFICE_VISIT_DATE);
  await expect(encounter).toContainText("finished");
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("Lopez");
  // The age is counted to the browser's "today", which the reference clock sets.
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("(64 y)");
});

/**
 * The claim worklist, the encounters to code and the claim status are not needed to show the
 * encounter: none of their searches (Claim?, ClaimResponse?, ExplanationOfBenefit?) leaves before
 * the encounter is on the screen, and they do leave after it. (The chart's own read of this
 * encounter's claims travels in its batch, not as one of these searches.)
 */
for (const [persona, worklistSearch] of [["generic", /\/Claim\?patient=/], ["epic", /\/ExplanationOfBenefit\?patient=/]] as const) {
  test(`EHR launch (${persona}): no claim worklist or claim status search leaves before the encounter shows`, async ({ page }) => {
    const launch = await recordLaunchOrder(page);
    const app = await launchInEhrFrame(page, SANDBOX[persona], { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
    await expect(app.getByRole("region", { name: "Encounter", exact: true })).toBeVisible();
    await expect.poll(() => launch.left.some((url) => worklistSearch.test(url))).toBe(true);
    const left = [...launch.left];
    const steps = await launch.steps();
    const shown = steps.findIndex((s) => s.kind === "encounter-shown");
    expect(shown).toBeGreaterThan(-1);
    const fetched = (from: number, to?: number) => steps.slice(from, to).flatMap((s) => (s.kind === "fetch" ? [s.url] : []));
    expect(fetched(0, shown).filter((url) => STATUS_SEARCH.test(url))).toEqual([]);
    // Every such search the browser sent was one the app's page made after the encounter showed.
    const after = fetched(shown + 1);
    for (const url of left) expect(after).toContain(url);
  });
}

test("standalone launch asks the sandbox for a patient and opens the app on it", async ({ page }) => {
  await useReferenceClock(page);
  await page.goto(`${APP}/launch.html?iss=${encodeURIComponent(`${SANDBOX.generic}/fhir`)}`);
  await page.getByLabel("Patient", { exact: true }).selectOption("pat-oracle-1");
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page.getByRole("region", { name: "Patient" })).toContainText("Hughes");
  // No encounter in context: the patient's encounters are offered.
  await expect(page.getByRole("region", { name: "Choose an encounter" }).or(page.getByRole("region", { name: "Encounter", exact: true }))).toBeVisible();
});

test("an access token that expires mid-session is refreshed without the user noticing", async ({ page }) => {
  const refreshes: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/token") && (request.postData() ?? "").includes("grant_type=refresh_token")) refreshes.push(request.url());
  });
  const app = await launchInEhrFrame(page, SANDBOX.shortTokens, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  await expect(app.getByRole("region", { name: "Encounter", exact: true })).toBeVisible();
  // The token expires: the sandbox's clock and the browser's both move past its lifetime.
  const moved = await page.request.post(`${SANDBOX.shortTokens}/_test/clock?advanceSeconds=${SHORT_TOKEN_SECONDS + 1}`);
  expect(moved.ok()).toBe(true);
  await page.clock.fastForward((SHORT_TOKEN_SECONDS + 1) * 1000);
  await app.getByRole("button", { name: "Refresh chart" }).click();
  await expect(app.getByRole("button", { name: "Refresh chart" })).toBeEnabled();
  await expect(app.getByRole("region", { name: "Encounter", exact: true })).toContainText(OFFICE_VISIT_DATE);
  await expect(app.getByRole("heading", { name: "Your session has ended" })).toHaveCount(0);
  expect(refreshes.length).toBeGreaterThan(0);
});

test("a user who denies access sees what to do next", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { patient: "pat-epic-1", deny: true });
  await expect(app.getByRole("heading", { name: "Access was not granted" })).toBeVisible();
});

test("opening the app without a launch explains how to launch it", async ({ page }) => {
  await page.goto(`${APP}/index.html`);
  await expect(page.getByRole("heading", { name: "Open this app from your EHR" })).toBeVisible();
});
