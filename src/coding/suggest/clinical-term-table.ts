/**
 * The shipped clinical-terms table: the artifact data/clinical-terms.json, built from the
 * index-terms/*.txt tables by scripts/build-clinical-terms.ts, made a table once on first use.
 * See clinical-terms.ts for the format and how a term is found.
 */
import artifact from "./data/clinical-terms.json" with { type: "json" };
import { termTableOf, type TermTable } from "./clinical-terms.ts";
import { clinicalTermEntries } from "./clinical-terms-artifact.ts";

let table: TermTable | undefined;

/** The names of the shipped tables (their index-terms/ file names without ".txt"). */
export function clinicalTermTableNames(): string[] {
  return [...artifact.tables];
}

export function clinicalTermTable(): TermTable {
  table ??= termTableOf(clinicalTermEntries(artifact));
  return table;
}
