import type { OperationOutcomeIssue } from "fhir/r4";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import { applyDraftAction, type DraftAction } from "../../billing/draft/draft-actions.ts";
import { isBlockingIssue } from "../../billing/draft/validate-draft.ts";
import { DEFAULT_DRAFT_RETENTION_DAYS } from "../claim/billing-config.ts";
import { currentIssues, settleIssues, trackIssues, type TrackedIssue } from "./draft-field-issues.ts";
import { forgetLocalDraft, purgeLocalDrafts, readDraft, writeDraft } from "./draft-storage.ts";

/** Why the draft saved in this browser was not used. */
export type DraftSetAside =
  | { kind: "unreadable"; issues: OperationOutcomeIssue[] }
  | { kind: "expired"; savedAt: string; retentionDays: number };

export interface DraftState {
  draft: ClaimDraft;
  /** When the draft came back from browser storage: the time it was last saved. */
  restoredFrom?: string;
  /** Why the last save failed, if it did. */
  saveError?: string;
  /** What was wrong with the restored draft, each at its field (`ClaimDraft.lines[0].unitCharge`) until corrected. */
  issues: OperationOutcomeIssue[];
  /** Set while an error in the restored draft is uncorrected: the claim cannot be reviewed yet. */
  reviewBlocked?: string;
  /** Set when a draft was saved in this browser but could not be used. */
  setAside?: DraftSetAside;
  dispatch(action: DraftAction): void;
  /** Throws the saved draft away and starts again from the chart. */
  discard(): void;
}

export interface DraftStorageOptions {
  /** Days a saved draft is kept after its last change. */
  retentionDays?: number;
  storage?: Storage;
}

type Loaded = Pick<DraftState, "draft" | "restoredFrom" | "saveError" | "setAside"> & { tracked: TrackedIssue[] };

function load(storage: Storage, key: string, start: () => ClaimDraft, now: string, retentionDays: number): Loaded {
  const chart = start();
  const stored = readDraft(storage, key, { now, retentionDays }, chart);
  switch (stored.kind) {
    case "restored":
      return { draft: stored.draft, restoredFrom: stored.savedAt, tracked: trackIssues(stored.draft, stored.issues) };
    case "expired":
      return { draft: chart, tracked: [], setAside: { kind: "expired", savedAt: stored.savedAt, retentionDays } };
    case "unreadable":
      return { draft: chart, tracked: [], setAside: { kind: "unreadable", issues: stored.issues } };
    case "none":
      return { draft: chart, tracked: [] };
  }
}

const blockMessage = (count: number) =>
  `${count} value${count > 1 ? "s" : ""} in the saved draft could not be used and ${count > 1 ? "are" : "is"} marked on ${count > 1 ? "their fields" : "its field"}: correct ${count > 1 ? "them" : "it"} (or discard the local draft) before reviewing the claim.`;

/**
 * The coder's draft for one encounter, saved to browser storage on every change so that a
 * reload or an expired session loses nothing. What comes back from storage is checked first:
 * a bad value is marked on its field, a value that is no draft is set aside, an old one dropped.
 */
export function useClaimDraft(key: string, start: () => ClaimDraft, now: () => string, options: DraftStorageOptions = {}): DraftState {
  const { retentionDays = DEFAULT_DRAFT_RETENTION_DAYS, storage = window.localStorage } = options;
  const [state, setState] = useState<Loaded>(() => load(storage, key, start, now(), retentionDays));
  useEffect(() => {
    // A stored value that was not used goes; so do this app's other stale drafts.
    if (state.setAside) forgetLocalDraft(storage, key);
    purgeLocalDrafts(storage, { now: now(), retentionDays, keep: key });
  }, [key, storage]);
  const dispatch = useCallback(
    (action: DraftAction) =>
      setState((current) => {
        const draft = applyDraftAction(current.draft, action);
        if (draft === current.draft) return current;
        const saveError = writeDraft(storage, key, { draft, savedAt: now() });
        return { ...current, draft, saveError, tracked: settleIssues(current.tracked, action) };
      }),
    [key, now, storage],
  );
  const discard = useCallback(() => {
    forgetLocalDraft(storage, key);
    setState({ draft: start(), tracked: [] });
  }, [key, start, storage]);
  const { tracked, ...rest } = state;
  const issues = useMemo(() => currentIssues(tracked, state.draft), [tracked, state.draft]);
  const blocking = issues.filter(isBlockingIssue).length;
  return { ...rest, issues, ...(blocking ? { reviewBlocked: blockMessage(blocking) } : {}), dispatch, discard };
}
