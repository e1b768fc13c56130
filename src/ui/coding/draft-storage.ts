import type { ClaimDraft } from "../../billing/claim-draft.ts";

/** One saved draft per server and encounter, in this browser only (never uploaded). */
export interface SavedDraft {
  draft: ClaimDraft;
  /** ISO time of the last save. */
  savedAt: string;
}

const PREFIX = "coding-draft:v1:";

export function draftKey(serverUrl: string, encounterRef: string): string {
  return `${PREFIX}${serverUrl}|${encounterRef}`;
}

function isSavedDraft(value: unknown): value is SavedDraft {
  const v = value as SavedDraft | null;
  return Boolean(v && typeof v.savedAt === "string" && v.draft && Array.isArray(v.draft.diagnoses) && Array.isArray(v.draft.lines));
}

export function readDraft(storage: Storage, key: string): SavedDraft | undefined {
  try {
    const raw = storage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return isSavedDraft(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Saves; returns an error message when the browser refused (storage full or disabled). */
export function writeDraft(storage: Storage, key: string, saved: SavedDraft): string | undefined {
  try {
    storage.setItem(key, JSON.stringify(saved));
    return undefined;
  } catch (error) {
    return `This browser refused to save the draft (${error instanceof Error ? error.message : String(error)}). Keep this tab open until the claim is submitted.`;
  }
}

export function removeDraft(storage: Storage, key: string): void {
  storage.removeItem(key);
}
