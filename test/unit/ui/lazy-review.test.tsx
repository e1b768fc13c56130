import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { describe, expect, it, vi } from "vitest";
import type { ReviewPanelProps } from "../../../src/ui/claim/review-panel.tsx";

// The review's chunk stands in as a small component with state of its own (a ticked warning).
const loads = vi.hoisted(() => ({ count: 0, release: undefined as (() => void) | undefined }));
vi.mock("../../../src/ui/claim/review-panel.tsx", async () => {
  loads.count++;
  if (loads.count === 1) await new Promise<void>((resolve) => (loads.release = resolve));
  return {
    ReviewPanel: function FakeReview() {
      const [ticked, setTicked] = useState(false);
      return (
        <section aria-label="Claim review">
          <label><input type="checkbox" checked={ticked} onChange={(e) => setTicked(e.target.checked)} /> Checked</label>
        </section>
      );
    },
  };
});
vi.mock("../../../src/ui/claim/submit-step.tsx", () => ({ SubmitStep: () => null }));

const { ReviewPanel } = await import("../../../src/ui/coding/lazy-regions.tsx");
const props = {} as ReviewPanelProps;

describe("the review's lazy chunk", () => {
  it("shows a placeholder while the code arrives, then keeps the same review mounted (its ticks stay)", async () => {
    const view = render(<ReviewPanel {...props} />);
    expect(screen.getByText("Loading the review…")).toBeTruthy();
    await act(async () => { await vi.waitFor(() => expect(loads.release).toBeDefined()); loads.release?.(); });
    const box = await screen.findByRole("checkbox", { name: "Checked" });
    await userEvent.click(box);
    // A re-render after the code is kept must not swap the component (that would drop the tick).
    view.rerender(<ReviewPanel {...props} />);
    expect((screen.getByRole("checkbox", { name: "Checked" }) as HTMLInputElement).checked).toBe(true);
    view.unmount();
  });

  it("renders a preloaded review in the first commit, with no placeholder to wait behind", async () => {
    // A fresh copy of the module: its lazy component has never rendered (as in a launched app).
    vi.resetModules();
    const fresh = await import("../../../src/ui/coding/lazy-regions.tsx");
    await fresh.preloadReview();
    // The module's promise has settled; the first commit must show the review itself. Rendered
    // outside act(), which would otherwise retry a suspended render before anything is looked at.
    const acting = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.body.appendChild(document.createElement("div"));
    const root = createRoot(host);
    try {
      flushSync(() => root.render(<fresh.ReviewPanel {...props} />));
      expect(host.querySelector('section[aria-label="Claim review"]')).not.toBeNull();
      expect(host.textContent).not.toContain("Loading the review…");
    } finally {
      root.unmount();
      host.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = acting;
    }
  });
});
