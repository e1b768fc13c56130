/**
 * The shipped clinical-terms table: the artifact data/clinical-terms.json, built from the
 * index-terms/*.txt tables by scripts/build-clinical-terms.ts, made a table on first use (a
 * word's entries on its first lookup).
 * See clinical-terms.ts for the format and how a term is found.
 */
import artifact from "./data/clinical-terms.json" with { type: "json" };
import type { TermTable } from "./clinical-terms.ts";
import { clinicalTermTableOf } from "./clinical-terms-artifact.ts";

let table: TermTable | undefined;

/** The names of the shipped tables (their index-terms/ file names without ".txt"). */
export function clinicalTermTableNames(): string[] {
  return [...artifact.tables];
}

export function clinicalTermTable(): TermTable {
  table ??= clinicalTermTableOf(artifact);
  return table;
}
