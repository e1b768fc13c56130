import type { Bundle, BundleEntry, ChargeItem, OperationOutcome } from "fhir/r4";
import { referenceFromLocation } from "./placeholders.ts";

/** What happened to one entry of a submission, for the per-resource report shown to the user. */
export interface EntryResult {
  /** "ChargeItem 99214", "Claim", "Provenance", "PUT Claim/12". */
  label: string;
  ok: boolean;
  /** HTTP status of the entry, when the server gave one. */
  status?: number;
  /** The resource written or found ("Claim/12"). */
  reference?: string;
  /** The server's own words about this entry. */
  outcome?: OperationOutcome;
  /** True when a conditional create found the resource already there (a retry). */
  existed?: boolean;
}

/**
 * Pairs a transaction Bundle with the server's transaction-response, entry by entry.
 * Anything unreadable in the response becomes a failed entry, never an exception.
 */
export function readTransactionResponse(request: Bundle, response: unknown): EntryResult[] {
  const sent = request.entry ?? [];
  const received = isBundle(response) ? (response.entry ?? []) : [];
  return sent.map((entry, index) => entryResult(entry, received[index]));
}

function entryResult(sent: BundleEntry, received: BundleEntry | undefined): EntryResult {
  const label = entryLabel(sent);
  const answer = received?.response;
  if (!answer) return { label, ok: false };
  const status = Number.parseInt(String(answer.status ?? ""), 10);
  const result: EntryResult = { label, ok: status >= 200 && status < 300 };
  if (!Number.isNaN(status)) result.status = status;
  const reference = answer.location ? referenceFromLocation(answer.location) : undefined;
  if (reference) result.reference = reference;
  if (answer.outcome?.resourceType === "OperationOutcome") result.outcome = answer.outcome as OperationOutcome;
  if (sent.request?.method === "POST" && sent.request.ifNoneExist && status === 200) result.existed = true;
  return result;
}

function entryLabel(entry: BundleEntry): string {
  const resource = entry.resource;
  if (entry.request?.method === "PUT") return `PUT ${entry.request.url}`;
  if (resource?.resourceType === "ChargeItem") {
    return `ChargeItem ${(resource as ChargeItem).code?.coding?.[0]?.code ?? ""}`.trim();
  }
  return resource?.resourceType ?? entry.request?.url ?? "entry";
}

function isBundle(value: unknown): value is Bundle {
  return typeof value === "object" && value !== null && (value as { resourceType?: unknown }).resourceType === "Bundle";
}
