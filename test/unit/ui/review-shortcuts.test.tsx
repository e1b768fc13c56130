import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { WritePath } from "../../../src/billing/write-path/choose-write-path.ts";
import { ClaimStatusRegion } from "../../../src/ui/claim/claim-status-region.tsx";
import { exportKey, writeExport } from "../../../src/ui/claim/submission-storage.ts";
import { reviewShortcuts } from "../../../src/ui/coding/review-shortcuts.ts";
import { useShortcuts } from "../../../src/ui/coding/use-shortcuts.ts";
import { FAKE_BASE } from "../../msw/fake-fhir-server.ts";
import { renderWithProviders } from "./render-with-providers.tsx";

function Review({ disabled, review, onSubmit, onDownload }: { disabled: boolean; review(): void; onSubmit(): void; onDownload(): void }) {
  useShortcuts(reviewShortcuts(review));
  return (
    <section aria-label="Claim review">
      <button type="button" data-shortcut="submit" disabled={disabled} onClick={onSubmit}>Submit claim</button>
      <button type="button" data-shortcut="download" onClick={onDownload}>Download 837P</button>
    </section>
  );
}

describe("Alt+S and Alt+D", () => {
  it("press the review's submit and 837P buttons; a disabled submit opens the review instead", async () => {
    const review = vi.fn();
    const onSubmit = vi.fn();
    const onDownload = vi.fn();
    const view = render(<Review disabled={false} review={review} onSubmit={onSubmit} onDownload={onDownload} />);
    await userEvent.keyboard("{Alt>}s{/Alt}");
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.keyboard("{Alt>}d{/Alt}");
    expect(onDownload).toHaveBeenCalledTimes(1);
    expect(review).not.toHaveBeenCalled();
    view.rerender(<Review disabled={true} review={review} onSubmit={onSubmit} onDownload={onDownload} />);
    await userEvent.keyboard("{Alt>}s{/Alt}");
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(review).toHaveBeenCalledTimes(1);
  });

  it("without a review on screen, both open it", async () => {
    const review = vi.fn();
    function Bare() {
      useShortcuts(reviewShortcuts(review));
      return <p>workspace</p>;
    }
    render(<Bare />);
    await userEvent.keyboard("{Alt>}s{/Alt}{Alt>}d{/Alt}");
    expect(review).toHaveBeenCalledTimes(2);
  });
});

describe("the claim status on the export path", () => {
  it("shows the download as soon as this screen records it, not 'no claim submitted'", async () => {
    window.localStorage.clear();
    const path = { kind: "export", explanation: "", writes: [] } as unknown as WritePath;
    function Screen() {
      const [submissions, setSubmissions] = useState(0);
      const download = () => {
        writeExport(window.localStorage, exportKey(FAKE_BASE, "Encounter/e1"), { generation: 1, state: "exported", contentHash: "h", at: new Date().toISOString() });
        setSubmissions((n) => n + 1);
      };
      return (
        <>
          <button type="button" onClick={download}>Download claim files</button>
          <ClaimStatusRegion encounterRef="Encounter/e1" path={path} state={undefined} nameOf={() => undefined} onCorrect={() => {}} submissions={submissions} />
        </>
      );
    }
    renderWithProviders(<Screen />);
    expect(screen.getByRole("region", { name: "Claim status" }).textContent).toContain("Draft: no claim submitted");
    await userEvent.click(screen.getByRole("button", { name: "Download claim files" }));
    const status = screen.getByRole("region", { name: "Claim status" }).textContent ?? "";
    expect(status).toContain("Generation 1 of the claim was exported as a file");
    expect(status).not.toContain("Draft: no claim submitted");
  });

  it("measures the download's age on the screen's clock, the one it was recorded with, not the machine's", async () => {
    window.localStorage.clear();
    const path = { kind: "export", explanation: "", writes: [] } as unknown as WritePath;
    // The screen works on 2026-03-04; the machine's clock is more than the 400 kept days later.
    writeExport(window.localStorage, exportKey(FAKE_BASE, "Encounter/e1"), { generation: 2, state: "exported", contentHash: "h", at: "2026-03-04T15:00:00Z" });
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-06-01T12:00:00Z") });
    try {
      renderWithProviders(<ClaimStatusRegion encounterRef="Encounter/e1" path={path} state={undefined} nameOf={() => undefined} onCorrect={() => {}} submissions={1} now={() => "2026-03-04T15:05:00Z"} />);
      const status = screen.getByRole("region", { name: "Claim status" }).textContent ?? "";
      expect(status).toContain("Generation 2 of the claim was exported as a file");
      expect(window.localStorage.getItem(exportKey(FAKE_BASE, "Encounter/e1"))).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
