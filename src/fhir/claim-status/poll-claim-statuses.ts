import type { FhirGateway } from "../fhir-gateway.ts";
import { loadClaimStatuses, type KnownClaimStatus, type LoadStatusOptions } from "./load-claim-statuses.ts";
import { isFinalStatus } from "./poll-delay.ts";
import type { WorklistRow } from "./worklist-filters.ts";

/** The claims a poll still asks about: those with no status yet or one that can still change, each once. */
export function claimsToPoll(claimRefs: readonly string[], known: Readonly<Record<string, KnownClaimStatus | undefined>>): string[] {
  return [...new Set(claimRefs)].filter((ref) => {
    const status = known[ref];
    return !status || !isFinalStatus(status);
  }).sort();
}

/**
 * One poll: the latest status of each claim that is not final, in one search per 50 claims (no
 * reference asked twice); final statuses are kept as they are and cost no request.
 */
export async function pollClaimStatuses(
  gateway: FhirGateway, claimRefs: readonly string[], known: Readonly<Record<string, KnownClaimStatus | undefined>>, options: LoadStatusOptions = {},
): Promise<Record<string, KnownClaimStatus>> {
  const ask = claimsToPoll(claimRefs, known);
  const fresh = ask.length > 0 ? await loadClaimStatuses(gateway, ask, options) : {};
  const merged: Record<string, KnownClaimStatus> = {};
  for (const ref of new Set(claimRefs)) {
    const status = fresh[ref] ?? known[ref];
    if (status) merged[ref] = status;
  }
  return merged;
}

/** Worklist rows with the statuses a poll just read, without searching the claims again; the same array when nothing changed. */
export function withPolledStatuses(rows: WorklistRow[] | undefined, polled: Readonly<Record<string, KnownClaimStatus>>): WorklistRow[] | undefined {
  if (!rows) return undefined;
  let changed = false;
  const next = rows.map((row) => {
    const status = polled[row.claimRef];
    if (!status || status === row.status || JSON.stringify(status) === JSON.stringify(row.status)) return row;
    changed = true;
    return { ...row, status };
  });
  return changed ? next : rows;
}
