import type { Bundle, FhirResource } from "fhir/r4";
import { readTransactionResponse, type EntryResult } from "../../billing/write-path/read-transaction-response.ts";
import type { PlannedRequest } from "../../billing/write-path/planned-requests.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { RawResponse } from "../fhir-gateway.ts";
import type { StepResult } from "./send-planned-request.ts";
import type { WrittenResource } from "./submission-outcome.ts";

/**
 * Reads a transaction-response entry by entry. A transaction is all or nothing, so an entry
 * that did not succeed in a 2xx answer means the server broke that promise: it is reported
 * with the server's own OperationOutcome for that entry.
 */
export function readTransactionStep(request: PlannedRequest, sent: Bundle, response: RawResponse<FhirResource>): StepResult {
  const entries = readTransactionResponse(sent, response.body);
  const written = entries.filter((entry) => entry.ok).map(toWritten);
  const failedEntry = entries.find((entry) => !entry.ok);
  if (!failedEntry) return { ok: true, written, resolved: resolvedOf(sent, entries) };
  const outcome = failedEntry.outcome ?? outcomeOf([{ severity: "error", code: "processing", diagnostics: `The server's transaction-response has no successful answer for ${failedEntry.label}.` }]);
  return { ok: false, written, failed: { label: `${request.label}: ${failedEntry.label}`, error: new FhirError(failedEntry.status ?? response.status, outcome) } };
}

function toWritten(entry: EntryResult): WrittenResource {
  const isUpdate = entry.label.startsWith("PUT ");
  const result = isUpdate ? "updated" : entry.existed ? "already-there" : "created";
  const written: WrittenResource = { label: entry.label, created: result === "created", result, status: entry.status ?? 200 };
  if (entry.reference) written.reference = entry.reference;
  return written;
}

function resolvedOf(sent: Bundle, entries: EntryResult[]): Record<string, string> {
  const resolved: Record<string, string> = {};
  (sent.entry ?? []).forEach((entry, index) => {
    const reference = entries[index]?.reference;
    if (entry.fullUrl?.startsWith("urn:uuid:") && reference) resolved[entry.fullUrl] = reference;
  });
  return resolved;
}
