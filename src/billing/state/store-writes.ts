import type { ChargeItem, Claim, Provenance, Task } from "fhir/r4";

export type StoreResource = Claim | ChargeItem | Provenance | Task;

/** One write to the billing store: a conditional create, or an update of the version read. */
export type StoreWrite =
  | { kind: "create"; label: string; fullUrl: string; resource: StoreResource; ifNoneExist: string }
  | { kind: "update"; label: string; resource: StoreResource & { id: string }; ifMatch: string; gate?: boolean };

/**
 * What to do to bring the store to the draft:
 * - "nothing": the store already says what the draft says (a user who changes nothing writes nothing);
 * - "conflict": someone changed the claim since this draft was read: show both, let the user choose;
 * - "save-first": the claim must exist as a draft on the store before it can be submitted;
 * - "writes": in order; `gate` marks the versioned Claim update every other write depends on.
 */
export type StorePlan =
  | { kind: "nothing"; reason: string }
  | { kind: "conflict"; theirs: { ref: string; versionId: string; generation: number } }
  | { kind: "save-first" }
  | { kind: "writes"; writes: StoreWrite[]; generation: number };
