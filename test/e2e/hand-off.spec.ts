import { expect, test, type Browser, type FrameLocator, type Page, type Request } from "@playwright/test";
import type { Bundle, ChargeItem, Claim, Provenance, Task } from "fhir/r4";
import { acceptSuggestions, ensureEmLine, priceUnpricedLines, review, setCharge } from "./coding-steps.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { sandboxSearch } from "./sandbox-reader.ts";
import { SANDBOX } from "./sandboxes.ts";

const CLAIM_ENCOUNTER = "https://smart-coding-billing.example/claim-encounter";
const CHARGE_SERVICE = "https://smart-coding-billing.example/charge-service";

/** A person on their own workstation: a fresh browser context (no shared storage) and a launch. */
async function person(browser: Browser, user: string, encounter: string): Promise<{ page: Page; app: FrameLocator }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user, patient: "pat-epic-1", encounter });
  await expect(app.getByRole("region", { name: "Diagnoses" })).toBeVisible();
  return { page, app };
}

async function storeOf(encounter: string) {
  const claims = await sandboxSearch<Claim>(SANDBOX.generic, `Claim?identifier=${encodeURIComponent(`${CLAIM_ENCOUNTER}|Encounter/${encounter}`)}`);
  const charges = (await sandboxSearch<ChargeItem>(SANDBOX.generic, `ChargeItem?context=Encounter/${encounter}`)).filter((c) => c.identifier?.some((i) => i.system === CHARGE_SERVICE));
  const billable = charges.filter((c) => c.status === "billable");
  const lineIds = billable.map((c) => c.identifier?.find((i) => i.system === CHARGE_SERVICE)?.value?.split(":")[1]);
  const provenance = claims.length ? await sandboxSearch<Provenance>(SANDBOX.generic, `Provenance?target=${claims.map((c) => `Claim/${c.id}`).join(",")}`) : [];
  const versions = [...claims, ...charges].map((r) => `${r.resourceType}/${r.id}/${r.meta?.versionId}`).sort();
  return { claims, charges, billable, lineIds, provenance, versions };
}

/** A request that can change the store: anything but a read (a GET, or a batch Bundle of GETs). */
function isWrite(request: Request): boolean {
  if (request.method() === "GET") return false;
  let body: Bundle | undefined;
  try {
    body = request.postDataJSON() as Bundle | undefined;
  } catch {
    return true;
  }
  return !(body?.resourceType === "Bundle" && body.type === "batch" && (body.entry ?? []).every((e) => e.request?.method === "GET"));
}

/** Accepts the chart's suggestions, adds the E/M line when there is none, prices what has no fee, opens the review. */
async function codeAndReview(page: Page, app: FrameLocator) {
  await acceptSuggestions(app);
  await ensureEmLine(page, app);
  await priceUnpricedLines(app);
  return review(app);
}

test("provider hands off and submits, a coder corrects from another workstation, a third user changes nothing", async ({ browser }) => {
  const encounter = "enc-visit-01";
  const provider = await person(browser, "pr-rivera", encounter);
  const providerReview = await codeAndReview(provider.page, provider.app);
  await provider.app.getByRole("region", { name: "Hand-off" }).getByLabel("Note").fill("Ready for coding: please check the E/M level");
  await provider.app.getByRole("button", { name: "Hand to coding" }).click();
  await expect(provider.app.getByRole("region", { name: "Hand-off" })).toContainText("please check the E/M level");
  await providerReview.getByRole("button", { name: "Submit claim" }).click();
  await expect(providerReview.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const first = await storeOf(encounter);
  expect(first.claims.map((c) => c.status)).toEqual(["active"]);
  const lineCount = await provider.app.getByRole("region", { name: "Service lines" }).locator("tbody tr").count();
  const codesOf = async (app: FrameLocator) => (await app.getByRole("list", { name: "Claim diagnoses" }).innerText()).match(/\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b/g) ?? [];
  const providerDiagnoses = await codesOf(provider.app);
  expect(providerDiagnoses.length).toBeGreaterThan(0);

  // The coder, on another workstation, sees the provider's claim and who submitted it.
  const coder = await person(browser, "pr-chen", encounter);
  await expect.poll(() => codesOf(coder.app)).toEqual(providerDiagnoses);
  await expect(coder.app.getByRole("region", { name: "Claim status" })).toContainText(/Last submitted by/);
  await expect(coder.app.getByRole("region", { name: "Service lines" }).locator("tbody tr")).toHaveCount(lineCount);
  const tasks = await sandboxSearch<Task>(SANDBOX.generic, `Task?encounter=Encounter/${encounter}`);
  expect(tasks.map((t) => t.status)).toEqual(["completed"]);
  // The coder corrects the first line's charge (a changed service: its old charge is retired, the others kept).
  await setCharge(coder.app, 1, "47.50");
  const coderReview = await review(coder.app);
  await coderReview.getByRole("button", { name: "Submit corrected claim" }).click();
  await expect(coderReview.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  const corrected = await storeOf(encounter);
  const active = corrected.claims.filter((c) => c.status === "active");
  const cancelled = corrected.claims.filter((c) => c.status === "cancelled");
  expect(active).toHaveLength(1);
  expect(cancelled).toHaveLength(1);
  expect(active[0]?.related?.[0]?.claim?.reference).toBe(`Claim/${cancelled[0]?.id}`);
  expect(corrected.billable).toHaveLength(lineCount);
  expect(new Set(corrected.lineIds).size).toBe(lineCount);
  // Only the changed line got a new charge: the others kept the ones the provider's submission wrote.
  const kept = corrected.billable.filter((c) => first.billable.some((f) => f.id === c.id));
  expect(kept).toHaveLength(lineCount - 1);
  expect(corrected.charges.filter((c) => c.status === "entered-in-error")).toHaveLength(1);

  // A third person opens it and changes nothing: nothing is written.
  const third = await person(browser, "pr-rivera", encounter);
  const writes: string[] = [];
  third.page.on("request", (request) => {
    if (request.url().startsWith(`${SANDBOX.generic}/fhir`) && isWrite(request)) writes.push(`${request.method()} ${request.url()}`);
  });
  const thirdReview = await review(third.app);
  await expect(thirdReview.getByRole("status").filter({ hasText: "This claim was submitted" })).toBeVisible();
  await expect(thirdReview.getByRole("button", { name: /Submit/ })).toBeDisabled();
  // The browser's clock moves well past the autosave delay (1.5 s), firing any save it had
  // scheduled, instead of the test waiting for it; a save would start with a request seen here.
  await third.page.clock.runFor(10_000);
  await expect(third.app.getByText(/^(Saving the draft on the server…|Draft saved on the server: others see it\.)$/)).toHaveCount(0);
  expect(writes).toEqual([]);
  const after = await storeOf(encounter);
  expect(after.versions).toEqual(corrected.versions);
  expect(after.provenance).toHaveLength(corrected.provenance.length);
  test.info().annotations.push({ type: "store", description: `claims ${after.claims.map((c) => c.status).join(",")}; billable charges ${after.billable.length} for ${lineCount} lines; provenance ${after.provenance.length}` });
});

test("two workstations submitting different drafts at once: one claim is submitted, the other person sees the conflict", async ({ browser }) => {
  const encounter = "enc-visit-02";
  const a = await person(browser, "pr-rivera", encounter);
  const b = await person(browser, "pr-chen", encounter);
  const reviewA = await codeAndReview(a.page, a.app);
  await setCharge(b.app, 1, "52.00");
  const reviewB = await codeAndReview(b.page, b.app);
  await Promise.all([
    reviewA.getByRole("button", { name: /^Submit/ }).click({ timeout: 5_000 }).catch(() => undefined),
    reviewB.getByRole("button", { name: /^Submit/ }).click({ timeout: 5_000 }).catch(() => undefined),
  ]);
  const conflictA = a.app.getByRole("dialog", { name: "Conflict" });
  const conflictB = b.app.getByRole("dialog", { name: "Conflict" });
  await expect.poll(async () => (await conflictA.count()) + (await conflictB.count()), { timeout: 15_000 }).toBe(1);
  const loser = (await conflictA.isVisible()) ? a : b;
  const dialog = loser.app.getByRole("dialog", { name: "Conflict" });
  await expect(dialog.getByRole("button", { name: "Keep mine" })).toBeVisible();
  await dialog.getByRole("button", { name: "Take theirs" }).click();
  await expect(dialog).toHaveCount(0);
  const store = await storeOf(encounter);
  expect(store.claims.filter((c) => c.status === "active").length).toBeLessThanOrEqual(1);
  expect(new Set(store.lineIds).size).toBe(store.billable.length);
});
