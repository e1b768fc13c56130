/**
 * Builds src/coding/suggest/data/clinical-terms.json from the hand-curated tables
 * src/coding/suggest/index-terms/*.txt (`I10 | high blood pressure; htn`, "#" comments): parses
 * every line once, checks that each code is an ICD-10-CM code or header of the newest shipped
 * edition (public/codesets), and writes the entries in the form the suggestions load. A bad line
 * or an unknown code fails the build with `file:line: problem`. Same tables give byte-identical
 * output. Usage: tsx scripts/build-clinical-terms.ts [--sources dir] [--out file]
 * (a bare argument, such as check-rebuild's data folder, is ignored: the tables live in the repository).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ICD10CM, loadCodeIndex } from "../src/coding/index.ts";
import { parseTermEntries, TermTableError, type ParsedTerm } from "../src/coding/suggest/clinical-terms.ts";
import { clinicalTermsArtifact, formatClinicalTermsArtifact } from "../src/coding/suggest/clinical-terms-artifact.ts";

const root = resolve(import.meta.dirname, "..");
const option = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return resolve(at > 0 ? (process.argv[at + 1] ?? fallback) : fallback);
};
const sources = option("--sources", resolve(root, "src/coding/suggest/index-terms"));
const out = option("--out", resolve(root, "src/coding/suggest/data/clinical-terms.json"));

const fail = (problems: string[]): never => {
  for (const p of problems) console.error(p);
  console.error(`build-clinical-terms: ${problems.length} problem(s); nothing written`);
  process.exit(1);
};

const names = readdirSync(sources).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
if (names.length === 0) fail([`${sources}: no *.txt tables`]);
const where = (table: string, line: number) => `${relative(root, join(sources, `${table}.txt`))}:${line}`;

let entries: ParsedTerm[] = [];
try {
  entries = parseTermEntries(Object.fromEntries(names.map((n) => [n, readFileSync(join(sources, `${n}.txt`), "utf8")])));
} catch (error) {
  if (!(error instanceof TermTableError)) throw error;
  fail([`${where(error.table, error.line)}: ${error.message}`]);
}

const index = await loadCodeIndex();
const newest = index.editionFor().edition.id;
const unknown = entries
  .filter((e) => !index.lookup(ICD10CM, e.code)?.editions.includes(newest))
  .map((e) => `${where(e.table, e.line)}: ${e.code} ("${e.term}") is not an ICD-10-CM ${newest} code or header`);
if (unknown.length > 0) fail(unknown);

const text = formatClinicalTermsArtifact(clinicalTermsArtifact(names, entries));
writeFileSync(out, text);
const codes = new Set(entries.map((e) => e.code)).size;
console.log(`${relative(root, out)}: ${names.length} tables, ${codes} codes, ${entries.length} terms, ${Buffer.byteLength(text)} bytes`);
