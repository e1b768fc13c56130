import type { FrameLocator, Page } from "@playwright/test";
import { useReferenceClock } from "./reference-clock.ts";

export interface LaunchChoice {
  user?: string;
  patient: string;
  /** Encounter id; the first (most recent) one when omitted. */
  encounter?: string;
  deny?: boolean;
}

/**
 * Uses the sandbox launcher like a person: pick user, patient, encounter, launch in the EHR frame.
 * The browser's clock starts at the tests' reference date first.
 */
export async function launchInEhrFrame(page: Page, sandbox: string, choice: LaunchChoice): Promise<FrameLocator> {
  await useReferenceClock(page);
  await page.goto(`${sandbox}/`);
  if (choice.user) await page.getByLabel("User", { exact: true }).selectOption(choice.user);
  await page.getByLabel("Patient", { exact: true }).selectOption(choice.patient);
  const encounter = page.getByLabel("Encounter", { exact: true });
  await encounter.locator("option").first().waitFor({ state: "attached" });
  if (choice.encounter) await encounter.selectOption(choice.encounter);
  if (choice.deny) await page.getByLabel(/denies the app access/).check();
  await page.getByRole("button", { name: "Launch in EHR frame" }).click();
  return page.frameLocator("iframe");
}
