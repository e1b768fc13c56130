/**
 * The code sets in the browser: fetched by their content-addressed names (served immutable, so a
 * warm launch downloads nothing), inflated and decoded once, and the decoded artifacts kept in
 * IndexedDB under the artifacts' content hashes. A launch that finds its hashes there reads the
 * decoded structures instead of inflating and decoding again; new artifacts (a new build) get a
 * new key, and the old entry is dropped when the new one is written.
 */
import { decodeArtifactBytes, inflateError } from "../../coding/artifacts/index.ts";
import { ARTIFACT_FILES, ARTIFACT_FORMAT, type ArtifactName } from "../../coding/artifacts/index.ts";
import { checkArtifact, checkArtifacts, type CodeArtifacts } from "../../coding/artifacts/index.ts";
import { createCodeIndex, type LoadedCodeIndex } from "../../coding/search/index.ts";
import { IcdTable } from "../../coding/store/index.ts";
import { gunzipArtifact } from "../../coding/search/index.ts";

/** public/ path ("codesets/icd10cm.codeset.gz") -> the name served and the content hash. */
export type ArtifactManifest = Record<string, { path: string; hash: string }>;

/** Where decoded artifacts are kept (IndexedDB in the browser; a Map in tests). */
export interface DecodedStore {
  get(key: string): Promise<unknown>;
  /** Keeps `value` under `key` and drops every other key. */
  put(key: string, value: CodeArtifacts): Promise<void>;
}

const NAMES = Object.keys(ARTIFACT_FILES) as ArtifactName[];

/** The cache key of this set of code-set artifacts: the format version and each file's content hash; undefined when one is unknown. */
export function codeSetCacheKey(manifest: ArtifactManifest): string | undefined {
  const hashes = NAMES.map((name) => manifest[`codesets/${ARTIFACT_FILES[name]}`]?.hash);
  return hashes.every(Boolean) ? `format-${ARTIFACT_FORMAT}:${hashes.join("-")}` : undefined;
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
}

async function fetchDecoded(url: string, name: ArtifactName, fetcher: typeof fetch): Promise<Record<string, unknown>> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`code sets: ${url} answered ${response.status}`);
  const bytes = await gunzipArtifact(new Uint8Array(await response.arrayBuffer())).catch((error: unknown) => {
    throw inflateError(name, error);
  });
  return decodeArtifactBytes(bytes, name);
}

/** Builds the index from the browser's store when it holds these artifacts, else from the network (and stores them). */
export async function loadCodeSets(options: LoadCodeSetsOptions): Promise<LoadedCodeSets> {
  const key = codeSetCacheKey(options.manifest);
  const store = key ? options.store : undefined;
  if (key && store) {
    const cached = await store.get(key).catch(() => undefined);
    if (cached) {
      try {
        const artifacts = checkArtifacts(cached as Record<keyof CodeArtifacts, unknown>);
        return { index: createCodeIndex(artifacts), from: "cache" };
      } catch {
        // Unreadable entry: decode again below (and replace it).
      }
    }
  }
  const fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  const pending = Object.fromEntries(
    NAMES.map((name) => [name, fetchDecoded(artifactUrl(options.appBase, options.manifest, `codesets/${ARTIFACT_FILES[name]}`), name, fetcher)]),
  ) as Record<ArtifactName, Promise<Record<string, unknown>>>;
  // The ICD-10-CM table is built as soon as its file is decoded, while the others still inflate.
  const table = pending.icd10cm.then((icd) => new IcdTable(checkArtifact("icd10cm", icd)));
  table.catch(() => undefined);
  const values = await Promise.all(NAMES.map((name) => pending[name]));
  const artifacts = checkArtifacts(Object.fromEntries(NAMES.map((name, i) => [name, values[i]])) as Record<ArtifactName, unknown>);
  // Stored before the index reads them (the store copies them now); a refused write only costs the next launch a decode.
  if (key && store) void store.put(key, compact(artifacts)).catch(() => undefined);
  return { index: createCodeIndex(artifacts, await table), from: "network" };
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
