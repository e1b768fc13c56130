import type { OperationOutcomeIssue } from "fhir/r4";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import { draftIssue, isRecord } from "../../billing/draft/draft-issue.ts";
import { validateDraft } from "../../billing/draft/validate-draft.ts";

/**
 * A cache of the coder's draft in this browser (never uploaded): one entry per server, user
 * and encounter, dropped after the practice's retention days, on discard and once the server
 * confirms a submission.
 */
export interface SavedDraft {
  draft: ClaimDraft;
  /** ISO time of the last save. */
  savedAt: string;
}

/** Every draft key of this app, any version. */
export const DRAFT_KEY_FAMILY = "coding-draft:";
/** The current version: server + user + encounter. Entries of other versions are removed on start. */
export const DRAFT_KEY_PREFIX = `${DRAFT_KEY_FAMILY}v2:`;

const DAY_MS = 86_400_000;

export function draftKey(serverUrl: string, userRef: string, encounterRef: string): string {
  return `${DRAFT_KEY_PREFIX}${serverUrl}|${userRef}|${encounterRef}`;
}

/** What browser storage holds for one key. */
export type StoredDraft =
  | { kind: "none" }
  | { kind: "restored"; draft: ClaimDraft; savedAt: string; issues: OperationOutcomeIssue[] }
  | { kind: "expired"; savedAt: string }
  | { kind: "unreadable"; issues: OperationOutcomeIssue[] };

export interface DraftAge {
  /** The current time, ISO. */
  now: string;
  retentionDays: number;
}

const unreadable = (diagnostics: string): StoredDraft => ({ kind: "unreadable", issues: [draftIssue("error", "structure", "ClaimDraft", diagnostics)] });

function isExpired(savedAt: string, age: DraftAge): boolean {
  return Date.parse(age.now) - Date.parse(savedAt) > age.retentionDays * DAY_MS;
}

function parseStored(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function getItem(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null; // storage disabled: nothing was kept
  }
}

/**
 * The draft stored under `key`, checked before anything renders it (see validateDraft): never
 * throws, never changes storage. `chart` is the draft the chart gives for the same encounter.
 */
export function readDraft(storage: Storage, key: string, age: DraftAge, chart?: ClaimDraft): StoredDraft {
  const raw = getItem(storage, key);
  if (raw === null) return { kind: "none" };
  const stored = parseStored(raw);
  if (!isRecord(stored)) return unreadable("The saved value is not JSON of a saved draft.");
  if (typeof stored.savedAt !== "string" || Number.isNaN(Date.parse(stored.savedAt))) return unreadable("The saved value has no time of saving.");
  if (isExpired(stored.savedAt, age)) return { kind: "expired", savedAt: stored.savedAt };
  const checked = validateDraft(stored.draft, chart);
  if (checked.kind === "unreadable") return checked;
  return { kind: "restored", draft: checked.draft, savedAt: stored.savedAt, issues: checked.issues };
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

/**
 * Removes the draft kept in this browser for `key`: on "Discard local draft", and when the
 * server has confirmed a submission of it (the server is the record from then on). Never throws.
 */
export function forgetLocalDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** The same as forgetLocalDraft (its earlier name). */
export const removeDraft = forgetLocalDraft;

function keysOf(storage: Storage): string[] {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
  } catch {
    return [];
  }
}

/** A current-version entry whose time of saving can be read and is within the retention days. */
function isFresh(raw: string | null, age: DraftAge): boolean {
  const stored = raw === null ? undefined : parseStored(raw);
  if (!isRecord(stored) || typeof stored.savedAt !== "string" || Number.isNaN(Date.parse(stored.savedAt))) return false;
  return !isExpired(stored.savedAt, age);
}

/**
 * Removes this app's drafts that are past the retention days, unreadable (their age cannot be
 * told) or of an earlier key version, except `keep` (the draft about to be read, whose problems
 * the reader reports). Other apps' keys are never touched. Returns the keys removed.
 */
export function purgeLocalDrafts(storage: Storage, age: DraftAge & { keep?: string }): string[] {
  const stale = keysOf(storage).filter(
    (key) => key.startsWith(DRAFT_KEY_FAMILY) && key !== age.keep && (!key.startsWith(DRAFT_KEY_PREFIX) || !isFresh(getItem(storage, key), age)),
  );
  for (const key of stale) forgetLocalDraft(storage, key);
  return stale;
}
