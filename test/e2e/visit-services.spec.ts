import { expect, test, type FrameLocator } from "@playwright/test";
import { acceptSuggestions } from "./coding-steps.ts";
import { launchInEhrFrame } from "./ehr-launch.ts";
import { SANDBOX } from "./sandboxes.ts";

/** Codes on the service lines, in order. */
const lineCodes = (app: FrameLocator) => app.getByRole("region", { name: "Service lines" }).locator("tbody .code").allTextContents();

/** Presses every "Add <code> ..." suggestion of the chart's services, one after the other. */
async function addChartServices(app: FrameLocator, codes: string[]) {
  const services = app.getByRole("region", { name: "Services from the chart" });
  for (const code of codes) {
    const button = services.getByRole("button", { name: new RegExp(`^Add ${code} `) });
    await button.click();
    await expect(button).toBeDisabled();
  }
}

test("well-child visit: preventive E/M, each vaccine and its counselled administration, Z00.129 and Z23, from the chart alone", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-child-1", encounter: "enc-wellchild-1" });
  await acceptSuggestions(app);
  const helper = app.getByRole("group", { name: "E/M visit level" });
  await expect(helper).toContainText("Office");
  await expect(helper).toContainText("99382");
  await page.keyboard.press("Alt+E");
  await addChartServices(app, ["90700", "90713", "90707", "90716", "90460", "90461"]);
  expect(await lineCodes(app)).toEqual(["99382", "90700", "90713", "90707", "90716", "90460", "90461"]);
  await expect(app.getByLabel("Units, line 6 (90460)")).toHaveValue("4");
  await expect(app.getByLabel("Units, line 7 (90461)")).toHaveValue("4");
  const diagnoses = app.getByRole("region", { name: "Diagnoses" });
  await expect(diagnoses).toContainText("Z00.129");
  await expect(diagnoses).toContainText("Z23");
  await expect(app.getByRole("region", { name: "Documentation" })).toContainText("WELL CHILD VISIT");
});

test("emergency department visit: 99281-99285 by decision making only, POS 23, the provider's level compared", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-ed-1" });
  await acceptSuggestions(app);
  const helper = app.getByRole("group", { name: "E/M visit level" });
  await expect(helper).toContainText("Emergency department");
  await expect(helper.getByRole("radio", { name: "Total time" })).toHaveCount(0);
  await expect(helper.getByRole("group", { name: "Provider's level of service" })).toContainText("99284");
  await expect(helper).toContainText("Differs:");
  for (const label of ["Problems addressed", "Data reviewed", "Risk of management"]) await helper.getByLabel(label).selectOption("moderate");
  await expect(helper.getByRole("group", { name: "Provider's level of service" })).toContainText("matches the helper's level");
  await page.keyboard.press("Alt+E");
  await page.keyboard.press("Alt+E");
  const codes = await lineCodes(app);
  expect(codes[0]).toBe("99284");
  expect(codes.filter((c) => /^992/.test(c))).toHaveLength(1);
  expect(codes).not.toContain("99417");
  await expect(app.getByLabel("Place of service, line 1 (99284)")).toHaveValue("23");
  await expect(app.getByRole("region", { name: "Diagnoses" })).toContainText("S93.401A");
  await expect(app.getByRole("region", { name: "Documentation" })).toContainText("EMERGENCY DEPARTMENT NOTE");
});

test("office visit with an injection: the J-code with units from the dose, 96372, and the office E/M", async ({ page }) => {
  const app = await launchInEhrFrame(page, SANDBOX.generic, { user: "pr-rivera", patient: "pat-epic-1", encounter: "enc-injection-1" });
  await acceptSuggestions(app);
  await expect(app.getByRole("region", { name: "Services from the chart" })).toContainText("1 g / 250 mg = 4 units");
  await page.keyboard.press("Alt+E");
  await addChartServices(app, ["J0696", "96372"]);
  expect(await lineCodes(app)).toEqual(["99214", "J0696", "96372"]);
  await expect(app.getByLabel("Units, line 2 (J0696)")).toHaveValue("4");
  await expect(app.getByLabel("Units, line 3 (96372)")).toHaveValue("1");
  await expect(app.getByRole("region", { name: "Diagnoses" })).toContainText("J18.9");
  await expect(app.getByRole("region", { name: "Documentation" })).toContainText("Ceftriaxone 1 g given intramuscularly");
});
