import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { APP, SANDBOX } from "./sandboxes.ts";

test("the built app is served with a strict Content-Security-Policy, no referrer and nosniff, and without msw's worker", async ({ request }) => {
  const response = await request.get(`${APP}/index.html`);
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toMatch(/connect-src 'self' [^;]*http:\/\/localhost:\*/);
  expect(policy).toContain("frame-ancestors");
  // A note's PDF opens in a frame on a blob: URL; nothing else may be framed and plugins stay off.
  expect(policy).toContain("frame-src 'self' blob:;");
  expect(policy).toContain("object-src 'none'");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(existsSync(resolve(import.meta.dirname, "../../dist/mockServiceWorker.js"))).toBe(false);
});

test("the app runs its EHR launch under the policy without a violation, and an injected inline script is blocked", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-office-1" });
  await expect(app.getByRole("region", { name: "Encounter", exact: true })).toBeVisible();
  await expect(app.getByRole("region", { name: "Patient" })).toContainText("Lopez");
  expect(refused).toEqual([]);

  const frame = page.frames().find((f) => f.url().startsWith(`${APP}/`));
  if (!frame) throw new Error("the app's frame is not on the page");
  // An inline script runs as it is inserted; a refused one fires securitypolicyviolation: wait for that event.
  const outcome = await frame.evaluate(async () => {
    const violation = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true }));
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.head.append(script);
    const ran = (window as unknown as { __injected?: boolean }).__injected === true;
    return { ran, violation: ran ? undefined : await violation };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.violation).toBe("script-src-elem");
});
