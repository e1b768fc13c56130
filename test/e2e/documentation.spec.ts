import { expect, test } from "@playwright/test";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { APP, SANDBOX } from "./sandboxes.ts";

test("the Documentation region shows the visit's note and an outside PDF letter in place; a suggestion's source link shows its sentence", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-chen", patient: "pat-oracle-1", encounter: "enc-office-4" });
  const documentation = app.getByRole("region", { name: "Documentation" });
  await expect(documentation.getByRole("article", { name: "Progress note" })).toContainText("Nocturia, likely benign prostatic hyperplasia.");
  const letter = documentation.getByTitle("Riverbend Eye Associates - Consultation letter (PDF)");
  await expect(letter).toHaveAttribute("src", new RegExp(`^blob:${APP.replace(/[.:/]/g, "\\$&")}/`));
  // The reason for visit, from the encounter's reasonReference to its Condition.
  await expect(documentation.getByRole("listitem").filter({ hasText: "Type 2 diabetes mellitus without complications" })).toBeVisible();

  // Uncertain wording: the symptom (nocturia), not the condition (benign prostatic hyperplasia, N40.-).
  const fromNotes = app.getByRole("list", { name: "Diagnoses from the documentation" });
  await expect(fromNotes.getByRole("button", { name: /^Accept R35\.1 / })).toBeVisible();
  await expect(fromNotes.getByRole("button", { name: /^Accept N40/ })).toHaveCount(0);
  await fromNotes.getByRole("link", { name: /Nocturia, likely benign prostatic hyperplasia/ }).click();
  const mark = documentation.locator("mark");
  await expect(mark).toHaveText("Nocturia, likely benign prostatic hyperplasia.");
  await expect(mark).toBeFocused();
  expect(refused).toEqual([]);
});
