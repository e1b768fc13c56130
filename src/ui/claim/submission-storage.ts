/** What this browser knows of an encounter's submission: survives reloads and expired sessions. */
export interface SubmissionRecord {
  /** Draft revision that was (being) submitted: the identifiers derive from it. */
  revision: number;
  state: "in-flight" | "submitted" | "exported";
  /** "Claim/123" once the server confirmed it. */
  claimRef?: string;
  /** ChargeItems the server confirmed (for corrections). */
  chargeRefs?: string[];
  /** While a correction is in flight: the submission it replaces. */
  replacing?: { claimRef: string; chargeRefs?: string[] };
  /** ISO time of the last change. */
  at: string;
}

const PREFIX = "coding-submission:v1:";

export function submissionKey(serverUrl: string, encounterRef: string): string {
  return `${PREFIX}${serverUrl}|${encounterRef}`;
}

export function readSubmission(storage: Storage, key: string): SubmissionRecord | undefined {
  try {
    const value = JSON.parse(storage.getItem(key) ?? "null") as SubmissionRecord | null;
    return value && typeof value.revision === "number" && typeof value.state === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeSubmission(storage: Storage, key: string, record: SubmissionRecord): void {
  try {
    storage.setItem(key, JSON.stringify(record));
  } catch {
    // Storage refused: the submission itself is still safe to retry (conditional creates).
  }
}
