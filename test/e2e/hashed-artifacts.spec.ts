import { expect, test } from "@playwright/test";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

/**
 * The MPFS default fees (public/billing-config.json asks for them) are fetched by the name the
 * build gives them, with their content hash, and served immutable.
 */
test("the MPFS default fees are fetched by their content-addressed name and served immutable", async ({ page }) => {
  const fetched: { url: string; status: number; cacheControl: string }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.startsWith("/mpfs/")) fetched.push({ url: response.url(), status: response.status(), cacheControl: response.headers()["cache-control"] ?? "" });
  });
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  await expect(app.getByRole("region", { name: "Encounter", exact: true })).toBeVisible();
  await expect.poll(() => fetched.length).toBe(1);
  const [mpfs] = fetched;
  expect(new URL(mpfs?.url ?? "http://x/").pathname).toMatch(/^\/mpfs\/mpfs-rvu-2025\.json\.[0-9a-f]{12}\.gz$/);
  expect(mpfs?.status).toBe(200);
  expect(mpfs?.cacheControl).toContain("immutable");
});
