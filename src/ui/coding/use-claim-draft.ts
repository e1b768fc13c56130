import { useCallback, useState } from "react";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import { applyDraftAction, type DraftAction } from "../../billing/draft/draft-actions.ts";
import { readDraft, removeDraft, writeDraft } from "./draft-storage.ts";

export interface DraftState {
  draft: ClaimDraft;
  /** When the draft came back from browser storage: the time it was last saved. */
  restoredFrom?: string;
  /** Why the last save failed, if it did. */
  saveError?: string;
  dispatch(action: DraftAction): void;
  /** Throws the saved draft away and starts again from the chart. */
  discard(): void;
}

/**
 * The coder's draft for one encounter, saved to browser storage on every change so
 * that a reload or an expired session loses nothing.
 */
export function useClaimDraft(key: string, start: () => ClaimDraft, now: () => string, storage: Storage = window.localStorage): DraftState {
  const [state, setState] = useState<Pick<DraftState, "draft" | "restoredFrom" | "saveError">>(() => {
    const saved = readDraft(storage, key);
    return saved ? { draft: saved.draft, restoredFrom: saved.savedAt } : { draft: start() };
  });
  const dispatch = useCallback(
    (action: DraftAction) =>
      setState((current) => {
        const draft = applyDraftAction(current.draft, action);
        if (draft === current.draft) return current;
        const saveError = writeDraft(storage, key, { draft, savedAt: now() });
        return { ...current, draft, saveError };
      }),
    [key, now, storage],
  );
  const discard = useCallback(() => {
    removeDraft(storage, key);
    setState({ draft: start() });
  }, [key, start, storage]);
  return { ...state, dispatch, discard };
}
