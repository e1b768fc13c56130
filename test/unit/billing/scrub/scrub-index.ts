import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { CodeArtifacts, CodeIndex } from "../../../../src/coding/index.ts";
import { readCodeArtifacts } from "../../../../src/coding/index.ts";
import { createCodeIndexWithParts, type BuiltIndexParts } from "../../../../src/coding/search/create-code-index.ts";

let loaded: Promise<CodeIndex> | undefined;

const ROOT = resolve(import.meta.dirname, "../../../..");
const CACHE_DIR = join(ROOT, "node_modules/.cache/scrub-code-index");
/** Stryker's instrumentation: code that can carry an active mutant must be run, never cached. */
const INSTRUMENTED = /stryMutAct_|__stryker__/;

interface Cached {
  artifacts: CodeArtifacts;
  built: BuiltIndexParts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The cache key: the bytes of every shipped artifact and of every src/coding source file (the
 * code that decodes the artifacts and builds the index). Undefined when src/coding is
 * instrumented for mutation testing, so a mutant there is always built from scratch, or when
 * SCRUB_INDEX_CACHE=0.
 */
function cacheKey(): string | undefined {
  if (process.env.SCRUB_INDEX_CACHE === "0") return undefined; // to measure the load without the cache
  const hash = createHash("sha256");
  for (const file of [...filesUnder(join(ROOT, "public/codesets")), ...filesUnder(join(ROOT, "src/coding"))]) {
    const bytes = readFileSync(file);
    if (file.endsWith(".ts") && INSTRUMENTED.test(bytes.toString("utf8"))) return undefined;
    hash.update(file.slice(ROOT.length)).update("\0").update(bytes);
  }
  return hash.digest("hex").slice(0, 32);
}

function readCached(path: string): Cached | undefined {
  try {
    return deserialize(readFileSync(path)) as Cached;
  } catch {
    return undefined;
  }
}

async function load(): Promise<CodeIndex> {
  const key = cacheKey();
  const path = key ? join(CACHE_DIR, `${key}.v8`) : undefined;
  const cached = path ? readCached(path) : undefined;
  if (cached) return createCodeIndexWithParts(cached.artifacts, { built: cached.built }).index;
  const artifacts = await readCodeArtifacts();
  const { index, built } = createCodeIndexWithParts(artifacts, {});
  if (path) {
    // Written under a unique name, then renamed: test files loading at once never read half a file.
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, serialize({ artifacts, built } satisfies Cached));
    renameSync(partial, path);
    // Entries of other artifacts or src/coding versions not written within the hour are removed
    // (a mutation sandbox may still read its own, older copy of src/coding's entry meanwhile).
    for (const name of readdirSync(CACHE_DIR)) {
      const other = join(CACHE_DIR, name);
      if (name.endsWith(".v8") && other !== path && Date.now() - (statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) rmSync(other, { force: true });
    }
  }
  return index;
}

/**
 * The real ICD-10-CM/HCPCS index from public/codesets (loaded once per test file). The decoded
 * artifacts and the index parts built from them are kept on disk (node_modules/.cache), keyed by
 * the artifacts' and src/coding's bytes, so the next test file deserializes them instead of
 * inflating, decoding and building again: the same index, built from the same data.
 */
export function loadScrubIndex(): Promise<CodeIndex> {
  loaded ??= load();
  return loaded;
}
