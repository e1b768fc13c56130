import { act } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClaimStatusRegion } from "../../../src/ui/coding/lazy-regions.tsx";
import type { CodeService } from "../../../src/ui/coding/code-service.ts";
import { renderWithProviders, realCodeService } from "./render-with-providers.tsx";

/** Once the encounter screen is up (its claim status region mounts), the scrubber is preloaded when the browser is idle, once. */
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
afterEach(() => vi.useRealTimers());

describe("preloading the first review", () => {
  it("asks the code service to preload the scrubber when idle, not during the first render", async () => {
    const preloadScrubber = vi.fn();
    const codes: CodeService = { ...realCodeService(), preloadScrubber };
    renderWithProviders(<ClaimStatusRegion encounterRef="Encounter/e1" path={undefined} state={undefined} nameOf={() => undefined} onCorrect={() => {}} />, undefined, codes);
    expect(preloadScrubber).not.toHaveBeenCalled();
    // jsdom has no requestIdleCallback: the fallback timer stands in for the idle moment.
    await act(async () => { await vi.advanceTimersByTimeAsync(2_000); });
    expect(preloadScrubber).toHaveBeenCalledTimes(1);
  });

  it("uses requestIdleCallback where the browser has it, with a timeout so a busy page still preloads", async () => {
    const idle = vi.fn((run: () => void, _options?: { timeout: number }) => { setTimeout(run, 50); return 7; });
    vi.stubGlobal("requestIdleCallback", idle);
    vi.stubGlobal("cancelIdleCallback", vi.fn());
    const preloadScrubber = vi.fn();
    const view = renderWithProviders(<ClaimStatusRegion encounterRef="Encounter/e1" path={undefined} state={undefined} nameOf={() => undefined} onCorrect={() => {}} />, undefined, { ...realCodeService(), preloadScrubber });
    try {
      expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: expect.any(Number) });
      await act(async () => { await vi.advanceTimersByTimeAsync(100); });
      expect(preloadScrubber).toHaveBeenCalledTimes(1);
    } finally {
      view.unmount();
      vi.unstubAllGlobals();
    }
  });
});
