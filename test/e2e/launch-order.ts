import type { Page } from "@playwright/test";
import { appFrame } from "./axe.ts";

/** Searches that follow claims' statuses (the claim worklist, the encounters to code, the claim status region). */
export const STATUS_SEARCH = /\/(Claim|ClaimResponse|ExplanationOfBenefit)\?/;

/** One step of the app's launch, in the order the app's page took them. */
export type LaunchStep = { kind: "fetch"; url: string } | { kind: "encounter-shown" };

declare global {
  interface Window {
    __launchOrder?: LaunchStep[];
  }
}

/**
 * Records, from before the first navigation, every fetch each page and frame makes and the moment
 * the encounter's section enters the app's document, on one in-page list, so "before" and "after"
 * are exact however close they are. (The app's User Timing mark `coding:encounter-visible` cannot
 * serve: the tests' reference clock replaces `performance`, and its `mark` records nothing.)
 * `left` is what the browser saw leave (page.on("request"), every frame): the status searches.
 */
export async function recordLaunchOrder(page: Page) {
  const left: string[] = [];
  page.on("request", (request) => {
    if (STATUS_SEARCH.test(request.url())) left.push(request.url());
  });
  await page.addInitScript(() => {
    const steps: LaunchStep[] = [];
    window.__launchOrder = steps;
    const fetched = window.fetch;
    window.fetch = function fetch(input: RequestInfo | URL, init?: RequestInit) {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      steps.push({ kind: "fetch", url: new URL(url, location.href).href });
      return fetched.call(window, input, init);
    };
    const seen = new MutationObserver(() => {
      if (!document.querySelector("section[aria-label='Encounter'][data-encounter-id]")) return;
      steps.push({ kind: "encounter-shown" });
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  return {
    left,
    /** The app frame's steps, in order. */
    async steps(): Promise<LaunchStep[]> {
      const frame = await appFrame(page);
      return frame.evaluate(() => window.__launchOrder ?? []);
    },
  };
}
