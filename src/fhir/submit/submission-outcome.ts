import type { Download } from "../../billing/write-path/planned-requests.ts";
import type { FhirError } from "../fhir-error.ts";

/** One resource the server confirmed. */
export interface WrittenResource {
  /** "ChargeItem 99214", "Claim", "Provenance", "Cancel Claim/12". */
  label: string;
  /** Where it is ("Claim/12"), when the server said. */
  reference?: string;
  /** True when this attempt created it; false when it was already there (a retry) or updated. */
  created: boolean;
  /**
   * "already-there": a conditional create matched what an earlier attempt wrote (HTTP 200);
   * "accepted": an operation such as Oracle's ChargeItem/$create succeeded, and its answer cannot
   * tell a new write from a repeated one (Oracle answers 200 with no body and no id).
   */
  result: "created" | "already-there" | "updated" | "accepted";
  /** HTTP status of the request or transaction entry (201 created, 200 already there / updated). */
  status: number;
}

export interface FailedRequest {
  label: string;
  /** The server's OperationOutcome (or a network failure, status 0) as data. */
  error: FhirError;
}

/**
 * What a submission did. "partial": everything in `done` is on the server, `failed` is not (or
 * its answer was lost), `notSent` was not attempted; running the same plan again is safe.
 */
export type SubmissionOutcome =
  | { kind: "done"; written: WrittenResource[]; download?: Download }
  | { kind: "partial"; done: WrittenResource[]; failed: FailedRequest; notSent: string[] }
  | { kind: "exported"; download: Download };

export interface ExecuteOptions {
  /** Before each request: (requests finished, total, what is being written now); once more at the end. */
  onProgress?(done: number, total: number, label: string): void;
  /** Cancels the submission (the request in flight is aborted, nothing further is sent). */
  signal?: AbortSignal;
  /**
   * Per-request limit when a signal is given (default 30 s): the gateway's own timeoutMs applies
   * only to requests that carry no signal of their own.
   */
  timeoutMs?: number;
}
