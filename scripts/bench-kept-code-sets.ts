/**
 * In-process (Node, no browser): what keeping the code sets in the browser's store costs, for the
 * entry as the app keeps it (each artifact's inflated bytes and the built index parts packed in
 * one ArrayBuffer) against the entry it kept before (the decoded artifacts as strings, objects
 * and arrays, and the built parts as typed arrays and a vocabulary string). `structuredClone`
 * stands for IndexedDB's write and read (the browser serializes the same way); the decode is what
 * a warm launch then does before building the index. Medians and ranges of --runs (default 7).
 *
 *   npx tsx scripts/bench-kept-code-sets.ts [--runs 7]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { loadavg } from "node:os";
import { decodeArtifactBytes } from "../src/coding/artifacts/artifact-container.ts";
import { ARTIFACT_FILES, type ArtifactName } from "../src/coding/artifacts/artifact-format.ts";
import { checkArtifact, LAZY_ARTIFACTS, type EagerArtifacts } from "../src/coding/artifacts/code-artifacts.ts";
import { REPO_CODESETS_DIR } from "../src/coding/artifacts/read-artifacts-node.ts";
import { createCodeIndexWithParts } from "../src/coding/search/create-code-index.ts";
import { fromStoredParts, toStoredParts } from "../src/ui/coding/built-index-parts.ts";

const eager = (Object.keys(ARTIFACT_FILES) as ArtifactName[]).filter((n) => !(LAZY_ARTIFACTS as readonly string[]).includes(n)) as (keyof EagerArtifacts)[];

/** The markdown section (a heading line, then the table) npm run bench writes. */
export async function benchKeptCodeSets(runs = 7): Promise<string[]> {
  const lines: string[] = [];
  const files = Object.fromEntries(await Promise.all(eager.map(async (n) => [n, new Uint8Array(gunzipSync(await readFile(join(REPO_CODESETS_DIR, ARTIFACT_FILES[n]))))]))) as Record<keyof EagerArtifacts, Uint8Array>;
  const decodeAll = (f: typeof files) => Object.fromEntries(eager.map((n) => [n, checkArtifact(n, decodeArtifactBytes(f[n], n))])) as unknown as EagerArtifacts;
  const artifacts = decodeAll(files);
  const { built } = createCodeIndexWithParts(artifacts, {});
  const lazyFiles = Object.fromEntries(await Promise.all(LAZY_ARTIFACTS.map(async (n) => [n, new Uint8Array(gunzipSync(await readFile(join(REPO_CODESETS_DIR, ARTIFACT_FILES[n]))))]))) as Record<(typeof LAZY_ARTIFACTS)[number], Uint8Array>;
  const lazy = Object.fromEntries(LAZY_ARTIFACTS.map((n) => [n, checkArtifact(n, decodeArtifactBytes(lazyFiles[n], n))]));

  /** The entry as kept before: decoded artifacts (binary columns as their own bytes) and the parts as objects. */
  const own = <T extends ArrayBufferView>(a: T): T => ((a as unknown as Uint8Array).slice() as unknown as T);
  const oldEntry = {
    // Before, the entry held all six artifacts (the notes and short titles too).
    artifacts: { ...artifacts, ...lazy, icd10cmShort: { ...lazy["icd10cmShort"], short: own((lazy["icd10cmShort"] as { short: Uint8Array }).short) }, search: { ...artifacts.search, ids: own(artifacts.search.ids) } },
    built: {
      format: 1,
      icd: { parents: own(built.icd.parents), longLength: own(built.icd.longLength), longStarts: own(built.icd.longStarts), masks: own(built.icd.masks) },
      store: { byKey: own(built.store.byKey), parent: own(built.store.parent), preference: own(built.store.preference), titleLength: own(built.store.titleLength),
        words: { vocab: built.store.words.vocab.join("\n"), postOff: own(built.store.words.postOff), post: own(built.store.words.post), fwdOff: own(built.store.words.fwdOff), fwd: own(built.store.words.fwd) } },
    },
  };
  const newEntry = { format: 2, files, built: toStoredParts(built) };

  function time(f: () => unknown): number[] {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) { const t = performance.now(); f(); out.push(performance.now() - t); }
    return out;
}
const fmt = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return `${s[Math.floor(s.length / 2)]!.toFixed(1)} ms [${s[0]!.toFixed(1)}–${s[s.length - 1]!.toFixed(1)}]`; };
const bytes = (e: unknown) => (JSON.stringify(e, (_k, v) => (ArrayBuffer.isView(v) ? { b: v.byteLength } : v instanceof ArrayBuffer ? { b: v.byteLength } : v)).length);
const binaryBytes = Object.values(files).reduce((n, f) => n + f.byteLength, 0) + newEntry.built.byteLength;

lines.push(`### The code sets kept in the browser's store, in-process: structuredClone (what IndexedDB does to write and read an entry) and decoding, ${runs} runs, median [min–max], load average at start ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`, "");
lines.push(`The entry now: ${(binaryBytes / 1e6).toFixed(1)} MB in ${eager.length + 1} buffers (the inflated bytes of the four launch artifacts, the built index parts in one ArrayBuffer); the notes and short titles under keys of their own. Before: the six decoded artifacts and the built parts as strings, objects and typed arrays (${(bytes(oldEntry) / 1e6).toFixed(1)} MB of JSON-like text beside the typed arrays).`, "");
lines.push(`| step | before (objects and strings) | now (a few buffers) |`);
lines.push(`|---|---|---|`);
lines.push(`| structuredClone of the entry (IndexedDB write or read) | ${fmt(time(() => structuredClone(oldEntry)))} | ${fmt(time(() => structuredClone(newEntry)))} |`);
lines.push(`| encode the entry (parts packed) | ${fmt(time(() => oldEntry.built.store.words.vocab.length))} (vocabulary joined at save) | ${fmt(time(() => toStoredParts(built)))} |`);
lines.push(`| decode after the read (artifacts from bytes, parts from the buffer) | ${fmt(time(() => oldEntry.built.store.words.vocab.split("\n")))} (vocabulary split) | ${fmt(time(() => { decodeAll(files); fromStoredParts(newEntry.built); }))} |`);
for (const n of eager) lines.push(`| decode ${n} (${(files[n].byteLength / 1e6).toFixed(1)} MB) | | ${fmt(time(() => checkArtifact(n, decodeArtifactBytes(files[n], n))))} |`);
lines.push(`| the built parts from their buffer (${(newEntry.built.byteLength / 1e6).toFixed(1)} MB) | | ${fmt(time(() => fromStoredParts(newEntry.built)))} |`);
lines.push(`| the lazy parts (notes ${(lazyFiles.notes.byteLength / 1e6).toFixed(1)} MB, short titles ${(lazyFiles.icd10cmShort.byteLength / 1e6).toFixed(1)} MB): structuredClone + decode, each under its own key | (in the entry) | ${fmt(time(() => { for (const n of LAZY_ARTIFACTS) checkArtifact(n, decodeArtifactBytes(structuredClone(lazyFiles[n]), n)); }))} |`);
lines.push(`| load average after | ${loadavg().map((l) => l.toFixed(2)).join(" / ")} | |`);
return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
  for (const line of await benchKeptCodeSets(runs)) console.log(line);
}
