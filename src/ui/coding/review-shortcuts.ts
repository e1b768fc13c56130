import type { Shortcut } from "./use-shortcuts.ts";

type ReviewButton = "submit" | "download";

/** Presses the review's submit or 837P button when it can be pressed; otherwise opens the review, which says what stands in the way. */
function pressInReview(which: ReviewButton, review: () => void) {
  const button = document.querySelector<HTMLButtonElement>(`[aria-label="Claim review"] button[data-shortcut="${which}"]`);
  if (button && !button.disabled) return button.click();
  review();
}

/** Alt+S and Alt+D: submit (or download the claim files where the EHR keeps no claims) and download the 837P. */
export function reviewShortcuts(review: () => void): Shortcut[] {
  return [
    { keys: "Alt+S", description: "Submit the claim (where the EHR keeps no claims: download its files); opens the review first", run: () => pressInReview("submit", review) },
    { keys: "Alt+D", description: "Download the 837P file (opens the review first)", run: () => pressInReview("download", review) },
  ];
}

/** After a submission the submit button may be gone or disabled: focus goes to the claim status, which says what happened. */
export function focusClaimStatus() {
  setTimeout(() => document.getElementById("claim-status-title")?.focus(), 0);
}
