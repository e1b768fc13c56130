/**
 * Reads several clearinghouse files at once (any order) into 999, 277CA and 835 transactions.
 * A transaction already read (same sender, interchange, group and ST control numbers) is a
 * duplicate and is skipped; a file that cannot be read is reported, never thrown.
 */
import type { OperationOutcomeIssue } from "fhir/r4";
import { read277CA } from "./read-277ca.ts";
import { read835 } from "./read-835.ts";
import { read999 } from "./read-999.ts";
import type { ClearinghouseTransaction, X12Envelope } from "./x12-in-model.ts";
import { readTransactions, type TransactionSegments } from "./x12-segments.ts";

export interface ClearinghouseFile {
  name: string;
  text: string;
}

export interface ClearinghouseFiles {
  transactions: ClearinghouseTransaction[];
  /** Transactions skipped because they were read before. */
  duplicates: X12Envelope[];
  /** Files or transactions that could not be read. */
  issues: OperationOutcomeIssue[];
}

function keyOf(envelope: X12Envelope, setId: string): string {
  return [setId, envelope.sender, envelope.interchangeControlNumber, envelope.groupControlNumber, envelope.transactionControlNumber].join("|");
}

function toTransaction(segments: TransactionSegments): ClearinghouseTransaction | undefined {
  if (segments.setId === "999") return read999(segments);
  if (segments.setId === "277" && segments.version.includes("X214")) return read277CA(segments);
  if (segments.setId === "835") return read835(segments);
  return undefined;
}

function unreadable(fileName: string, diagnostics: string): OperationOutcomeIssue {
  return { severity: "error", code: "structure", diagnostics: `${fileName}: ${diagnostics}`, expression: [fileName] };
}

export function readClearinghouseFiles(files: readonly ClearinghouseFile[]): ClearinghouseFiles {
  const result: ClearinghouseFiles = { transactions: [], duplicates: [], issues: [] };
  const seen = new Set<string>();
  for (const file of files) {
    let sets: TransactionSegments[];
    try {
      sets = readTransactions(file.text, file.name);
    } catch (error) {
      result.issues.push(unreadable(file.name, `not a readable X12 file (${(error as Error).message})`));
      continue;
    }
    if (sets.length === 0) result.issues.push(unreadable(file.name, "no transaction set found"));
    for (const set of sets) {
      const key = keyOf(set.envelope, set.setId);
      if (seen.has(key)) {
        result.duplicates.push(set.envelope);
        continue;
      }
      seen.add(key);
      const transaction = toTransaction(set);
      if (transaction) result.transactions.push(transaction);
      else result.issues.push({ ...unreadable(file.name, `transaction ${set.setId} ${set.version} is not a 999, 277CA or 835`), severity: "warning", code: "not-supported" });
    }
  }
  return result;
}
