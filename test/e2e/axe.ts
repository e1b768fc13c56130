import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page or frame; returns serious and critical violations. */
export async function seriousAxeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  // Evaluated by the browser's debugging protocol, not as a <script> element: the app's
  // Content-Security-Policy refuses inline scripts.
  await target.evaluate(readFileSync(AXE_SOURCE, "utf8"));
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The app's frame inside the sandbox EHR page: the one there, or the next to navigate to the app. */
export async function appFrame(page: Page): Promise<Frame> {
  const isApp = (f: Frame) => f.url().includes("/index.html");
  const navigated = page.waitForEvent("framenavigated", { predicate: isApp, timeout: 15_000 });
  const present = page.frames().find(isApp);
  if (present) {
    navigated.catch(() => undefined);
    return present;
  }
  return navigated;
}
