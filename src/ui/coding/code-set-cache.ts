/**
 * The code sets in the browser: fetched by their content-addressed names (served immutable, so a
 * warm launch downloads nothing), inflated and decoded once, and kept in IndexedDB under the
 * artifacts' content hashes: each artifact's inflated bytes (decoding them is a TextDecoder per
 * column) and what building the index from them computed, packed into one buffer
 * (built-index-parts.ts), so reading the entry back is a copy of a few large buffers. A launch
 * that finds its hashes there builds nothing; new artifacts (a new build) or a new format of the
 * entry get a new key, and the old entries are dropped when a new one is written. No store, a
 * refused write (quota) or an unreadable entry only cost a decode and a build.
 *
 * The Tabular notes and the ICD-10-CM short titles are not part of the launch: the index is
 * built from the other files, and each of the two is fetched (or read from the store) the first
 * time something needs it (LoadedCodeSets.need); searches never wait for them.
 */
import { ARTIFACT_FILES, ARTIFACT_FORMAT, checkArtifact, decodeArtifactBytes, inflateError, LAZY_ARTIFACTS, type ArtifactName, type CodeArtifacts, type EagerArtifacts, type LazyArtifactName } from "../../coding/artifacts/index.ts";
import { createCodeIndexWithParts, gunzipArtifact, type BuiltIndexParts, type LoadedCodeIndex } from "../../coding/search/index.ts";
import { IcdTable } from "../../coding/store/index.ts";
import { fromStoredParts, INDEX_PARTS_FORMAT, toStoredParts, type StoredIndexParts } from "./built-index-parts.ts";

/** public/ path ("codesets/icd10cm.codeset.gz") -> the name served and the content hash. */
export type ArtifactManifest = Record<string, { path: string; hash: string }>;

type EagerName = keyof EagerArtifacts;

/** Bump when the shape of the kept entry changes (part of the cache key). */
export const KEPT_FORMAT = 2;

/** One kept entry: each artifact's inflated bytes (the container of artifact-container.ts) and the built index parts. */
export interface KeptCodeSets {
  format: number;
  files: Record<EagerName, Uint8Array>;
  built: StoredIndexParts;
}

/** Where decoded artifacts are kept (IndexedDB in the browser; a Map in tests). */
export interface DecodedStore {
  get(key: string): Promise<unknown>;
  /**
   * Keeps `value` under `key` and drops every key of another set of artifacts: keys are
   * "<set>" (the entry) and "<set>|<artifact>" (a lazy artifact's inflated bytes).
   */
  put(key: string, value: KeptCodeSets | Uint8Array): Promise<void>;
}

/** The set of artifacts a key belongs to (what put keeps). */
export const keySet = (key: string) => key.split("|")[0];

const NAMES = Object.keys(ARTIFACT_FILES) as ArtifactName[];
const EAGER = NAMES.filter((name): name is EagerName => !(LAZY_ARTIFACTS as readonly string[]).includes(name));

/** The cache key of this set of code-set artifacts: the formats and each file's content hash; undefined when one is unknown. */
export function codeSetCacheKey(manifest: ArtifactManifest): string | undefined {
  const hashes = NAMES.map((name) => manifest[`codesets/${ARTIFACT_FILES[name]}`]?.hash);
  return hashes.every(Boolean) ? `format-${ARTIFACT_FORMAT}:${hashes.join("-")}:index-${INDEX_PARTS_FORMAT}:kept-${KEPT_FORMAT}` : undefined;
}

/** The URL an artifact is fetched from: its content-addressed name where the manifest has one. */
export function artifactUrl(appBase: string, manifest: ArtifactManifest, publicPath: string): string {
  return new URL(manifest[publicPath]?.path ?? publicPath, appBase).href;
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
  /** Milliseconds per phase: "read" (the store), "decode" (the kept bytes), "fetch" (download, inflate, decode), "build" (the index). */
  phases: Record<string, number>;
  /**
   * Writes the entry for the next launch (a large copy: the worker runs it when nothing else
   * waits); undefined when the store already holds all of it. Never rejects.
   */
  save?: () => Promise<void>;
  /**
   * Gives the index the notes or the short titles, fetching them (or reading them from the store)
   * the first time; later and concurrent calls share that load. A failed load rejects with a
   * message saying what failed, and the next call tries again.
   */
  need(part: LazyArtifactName): Promise<void>;
}

/** Fetches and inflates one artifact: its container bytes. */
async function fetchBytes(url: string, name: ArtifactName, fetcher: typeof fetch): Promise<Uint8Array> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`code sets: ${url} answered ${response.status}`);
  return gunzipArtifact(new Uint8Array(await response.arrayBuffer())).catch((error: unknown) => {
    throw inflateError(name, error);
  });
}

const decode = <K extends ArtifactName>(name: K, bytes: Uint8Array): CodeArtifacts[K] => checkArtifact(name, decodeArtifactBytes(bytes, name));

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** The kept entry under `key`, when it reads as one (else undefined: decode again and replace it). */
async function readKept(store: DecodedStore, key: string): Promise<{ files: Record<EagerName, Uint8Array>; built: BuiltIndexParts | undefined } | undefined> {
  const kept = await store.get(key).catch(() => undefined);
  if (typeof kept !== "object" || kept === null) return undefined;
  const { format, files, built } = kept as Partial<KeptCodeSets>;
  if (format !== KEPT_FORMAT || typeof files !== "object" || files === null) return undefined;
  if (!EAGER.every((name) => files[name] instanceof Uint8Array)) return undefined;
  return { files, built: fromStoredParts(built) };
}

const LAZY_WHAT: Record<LazyArtifactName, string> = { notes: "the ICD-10-CM Tabular notes", icd10cmShort: "the ICD-10-CM short titles" };

/** need() of LoadedCodeSets: one load per part at a time, kept once it succeeds, tried again after a failure. */
function lazyParts(index: LoadedCodeIndex, options: LoadCodeSetsOptions, key: string | undefined, fetcher: typeof fetch): LoadedCodeSets["need"] {
  const store = key ? options.store : undefined;
  const loading = new Map<LazyArtifactName, Promise<void>>();
  const give = (name: LazyArtifactName, bytes: Uint8Array) => {
    if (name === "notes") index.useNotes(decode("notes", bytes));
    else index.useShortTitles(decode("icd10cmShort", bytes));
  };
  const load = async (name: LazyArtifactName) => {
    const partKey = key ? `${key}|${name}` : undefined;
    if (store && partKey) {
      const kept = await store.get(partKey).catch(() => undefined);
      if (kept instanceof Uint8Array) {
        try {
          give(name, kept);
          return;
        } catch {
          // Unreadable: fetch it again below (and replace it).
        }
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(artifactUrl(options.appBase, options.manifest, `codesets/${ARTIFACT_FILES[name]}`), name, fetcher);
      give(name, bytes);
    } catch (error) {
      throw new Error(`${LAZY_WHAT[name]} could not be loaded (${error instanceof Error ? error.message : String(error)}); try again.`, { cause: error });
    }
    // Kept for the next launch; a refused write only costs it a download.
    if (store && partKey) await store.put(partKey, bytes).catch(() => undefined);
  };
  return (name) => {
    if (name === "notes" ? index.has.notes : index.has.shortTitles) return Promise.resolve();
    let pending = loading.get(name);
    if (!pending) {
      pending = load(name).finally(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending;
  };
}

/** Builds the index from the browser's store when it holds these artifacts, else from the network (and stores them). */
export async function loadCodeSets(options: LoadCodeSetsOptions): Promise<LoadedCodeSets> {
  const key = codeSetCacheKey(options.manifest);
  const store = key ? options.store : undefined;
  const fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  const saver = (files: Record<EagerName, Uint8Array>, built: BuiltIndexParts) => () =>
    // Copies the whole entry now; a refused write (quota, a closed database) only costs the next launch a decode.
    (key && store ? store.put(key, { format: KEPT_FORMAT, files, built: toStoredParts(built) }) : Promise.resolve()).catch(() => undefined);
  if (key && store) {
    let t = now();
    const kept = await readKept(store, key);
    const readMs = now() - t;
    if (kept) {
      try {
        t = now();
        const artifacts = Object.fromEntries(EAGER.map((name) => [name, decode(name, kept.files[name])])) as unknown as EagerArtifacts;
        const decodeMs = now() - t;
        t = now();
        const { index, built } = createCodeIndexWithParts(artifacts, kept.built ? { built: kept.built } : {});
        const phases = { read: readMs, decode: decodeMs, build: now() - t };
        // Parts that did not fit these artifacts were built again: keep the new ones.
        const used = kept.built !== undefined && built.store.words === kept.built.store.words && built.icd.parents === kept.built.icd.parents;
        return { index, from: "cache", phases, need: lazyParts(index, options, key, fetcher), ...(used ? {} : { save: saver(kept.files, built) }) };
      } catch {
        // Artifacts that do not decode or build: fetch them again below (and replace the entry).
      }
    }
  }
  let t = now();
  const pending = Object.fromEntries(
    EAGER.map((name) => [name, fetchBytes(artifactUrl(options.appBase, options.manifest, `codesets/${ARTIFACT_FILES[name]}`), name, fetcher)]),
  ) as Record<EagerName, Promise<Uint8Array>>;
  // The ICD-10-CM table is built as soon as its file is decoded, while the others still inflate.
  const icd = pending.icd10cm.then((bytes) => {
    const artifact = decode("icd10cm", bytes);
    return { artifact, table: new IcdTable(artifact) };
  });
  icd.catch(() => undefined);
  const values = await Promise.all(EAGER.map((name) => pending[name]));
  const files = Object.fromEntries(EAGER.map((name, i) => [name, values[i]])) as Record<EagerName, Uint8Array>;
  const artifacts = Object.fromEntries(EAGER.map((name) => [name, name === "icd10cm" ? undefined : decode(name, files[name])])) as unknown as EagerArtifacts;
  const { artifact, table } = await icd;
  artifacts.icd10cm = artifact;
  const fetchMs = now() - t;
  t = now();
  const { index, built } = createCodeIndexWithParts(artifacts, { table });
  return {
    index, from: "network", phases: { fetch: fetchMs, build: now() - t }, need: lazyParts(index, options, key, fetcher),
    ...(key && store ? { save: saver(files, built) } : {}),
  };
}

const DB = "coding-code-sets";
const STORE = "decoded";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The decoded code sets in IndexedDB (database "coding-code-sets": the entry of the current artifacts and their lazy parts). */
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
      for (const old of keys) if (keySet(String(old)) !== keySet(key)) objects.delete(old);
      objects.put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    },
  };
}
