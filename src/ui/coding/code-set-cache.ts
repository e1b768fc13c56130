/**
 * The code sets in the browser: fetched by their content-addressed names (served immutable, so a
 * warm launch downloads nothing), inflated and decoded once, and the decoded artifacts kept in
 * IndexedDB under the artifacts' content hashes together with what building the index from them
 * computed (hierarchy, key order, ranking facts, word postings: built-index-parts.ts). A launch
 * that finds its hashes there reads both and builds nothing; new artifacts (a new build) or a new
 * format of the kept parts get a new key, and the old entry is dropped when the new one is written.
 * No store, a refused write (quota) or an unreadable entry only cost a decode and a build.
 */
import { decodeArtifactBytes, inflateError } from "../../coding/artifacts/artifact-container.ts";
import { ARTIFACT_FILES, ARTIFACT_FORMAT, type ArtifactName } from "../../coding/artifacts/artifact-format.ts";
import { checkArtifact, checkArtifacts, type CodeArtifacts } from "../../coding/artifacts/code-artifacts.ts";
import { createCodeIndexWithParts, type BuiltIndexParts, type LoadedCodeIndex } from "../../coding/search/create-code-index.ts";
import { IcdTable } from "../../coding/store/icd-code.ts";
import { gunzipArtifact } from "../../coding/search/load-code-index.ts";
import { fromStoredParts, INDEX_PARTS_FORMAT, toStoredParts, type StoredIndexParts } from "./built-index-parts.ts";

/** public/ path ("codesets/icd10cm.codeset.gz") -> the name served and the content hash. */
export type ArtifactManifest = Record<string, { path: string; hash: string }>;

/** One kept entry: the decoded artifacts and what building the index from them computed. */
export interface KeptCodeSets {
  artifacts: CodeArtifacts;
  built: StoredIndexParts;
}

/** Where decoded artifacts are kept (IndexedDB in the browser; a Map in tests). */
export interface DecodedStore {
  get(key: string): Promise<unknown>;
  /** Keeps `value` under `key` and drops every other key. */
  put(key: string, value: KeptCodeSets): Promise<void>;
}

const NAMES = Object.keys(ARTIFACT_FILES) as ArtifactName[];

/** The cache key of this set of code-set artifacts: the format version and each file's content hash; undefined when one is unknown. */
export function codeSetCacheKey(manifest: ArtifactManifest): string | undefined {
  const hashes = NAMES.map((name) => manifest[`codesets/${ARTIFACT_FILES[name]}`]?.hash);
  return hashes.every(Boolean) ? `format-${ARTIFACT_FORMAT}:${hashes.join("-")}:index-${INDEX_PARTS_FORMAT}` : undefined;
}

/** The URL an artifact is fetched from: its content-addressed name where the manifest has one. */
export function artifactUrl(appBase: string, manifest: ArtifactManifest, publicPath: string): string {
  return new URL(manifest[publicPath]?.path ?? publicPath, appBase).href;
}

/** A binary column is a view of its whole file's bytes: store only its own bytes. */
function compact(artifacts: CodeArtifacts): CodeArtifacts {
  const copy = (record: object) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v instanceof Uint8Array && v.byteLength !== v.buffer.byteLength ? v.slice() : v]));
  return Object.fromEntries(Object.entries(artifacts).map(([name, record]) => [name, copy(record as object)])) as unknown as CodeArtifacts;
}

export interface LoadCodeSetsOptions {
  /** The app's base URL (absolute). */
  appBase: string;
  manifest: ArtifactManifest;
  store?: DecodedStore | undefined;
  fetch?: typeof fetch;
}

export interface LoadedCodeSets {
  index: LoadedCodeIndex;
  /** "cache": decoded structures read from the browser's store; "network": fetched (or from the HTTP cache), inflated and decoded. */
  from: "cache" | "network";
  /** Milliseconds per phase: "read" (the store), "fetch" (download, inflate, decode), "build" (the index). */
  phases: Record<string, number>;
  /**
   * Writes the entry for the next launch (a large copy: the worker runs it when nothing else
   * waits); undefined when the store already holds all of it. Never rejects.
   */
  save?: () => Promise<void>;
}

async function fetchDecoded(url: string, name: ArtifactName, fetcher: typeof fetch): Promise<Record<string, unknown>> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`code sets: ${url} answered ${response.status}`);
  const bytes = await gunzipArtifact(new Uint8Array(await response.arrayBuffer())).catch((error: unknown) => {
    throw inflateError(name, error);
  });
  return decodeArtifactBytes(bytes, name);
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** The kept entry under `key`, when it reads as one (else undefined: decode again and replace it). */
async function readKept(store: DecodedStore, key: string): Promise<{ artifacts: CodeArtifacts; built: BuiltIndexParts | undefined } | undefined> {
  const kept = await store.get(key).catch(() => undefined);
  if (typeof kept !== "object" || kept === null) return undefined;
  try {
    const { artifacts, built } = kept as Partial<KeptCodeSets>;
    return { artifacts: checkArtifacts(artifacts as Record<keyof CodeArtifacts, unknown>), built: fromStoredParts(built) };
  } catch {
    return undefined;
  }
}

/** Builds the index from the browser's store when it holds these artifacts, else from the network (and stores them). */
export async function loadCodeSets(options: LoadCodeSetsOptions): Promise<LoadedCodeSets> {
  const key = codeSetCacheKey(options.manifest);
  const store = key ? options.store : undefined;
  const saver = (artifacts: CodeArtifacts, built: BuiltIndexParts) => () =>
    // Copies the whole entry now; a refused write (quota, a closed database) only costs the next launch a decode.
    (key && store ? store.put(key, { artifacts: compact(artifacts), built: toStoredParts(built) }) : Promise.resolve()).catch(() => undefined);
  if (key && store) {
    let t = now();
    const kept = await readKept(store, key);
    const readMs = now() - t;
    if (kept) {
      t = now();
      try {
        const { index, built } = createCodeIndexWithParts(kept.artifacts, kept.built ? { built: kept.built } : {});
        const phases = { read: readMs, build: now() - t };
        // Parts that did not fit these artifacts were built again: keep the new ones.
        const used = kept.built !== undefined && built.store.words === kept.built.store.words && built.icd.parents === kept.built.icd.parents;
        return { index, from: "cache", phases, ...(used ? {} : { save: saver(kept.artifacts, built) }) };
      } catch {
        // Artifacts that do not build: decode them again below (and replace the entry).
      }
    }
  }
  const fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  let t = now();
  const pending = Object.fromEntries(
    NAMES.map((name) => [name, fetchDecoded(artifactUrl(options.appBase, options.manifest, `codesets/${ARTIFACT_FILES[name]}`), name, fetcher)]),
  ) as Record<ArtifactName, Promise<Record<string, unknown>>>;
  // The ICD-10-CM table is built as soon as its file is decoded, while the others still inflate.
  const table = pending.icd10cm.then((icd) => new IcdTable(checkArtifact("icd10cm", icd)));
  table.catch(() => undefined);
  const values = await Promise.all(NAMES.map((name) => pending[name]));
  const artifacts = checkArtifacts(Object.fromEntries(NAMES.map((name, i) => [name, values[i]])) as Record<ArtifactName, unknown>);
  const fetchMs = now() - t;
  t = now();
  const { index, built } = createCodeIndexWithParts(artifacts, { table: await table });
  return { index, from: "network", phases: { fetch: fetchMs, build: now() - t }, ...(key && store ? { save: saver(artifacts, built) } : {}) };
}

const DB = "coding-code-sets";
const STORE = "decoded";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The decoded code sets in IndexedDB (database "coding-code-sets", one entry: the current artifacts). */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): DecodedStore | undefined {
  if (!factory) return undefined;
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.onblocked = () => reject(new Error("code-set cache blocked"));
    }));
  return {
    async get(key) {
      const db = await open();
      return request(db.transaction(STORE, "readonly").objectStore(STORE).get(key));
    },
    async put(key, value) {
      const db = await open();
      const tx = db.transaction(STORE, "readwrite");
      const objects = tx.objectStore(STORE);
      const keys = await request(objects.getAllKeys());
      for (const old of keys) if (old !== key) objects.delete(old);
      objects.put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    },
  };
}
