/**
 * Loading the code-set artifacts: the only I/O of src/coding. In the browser (and in a Web
 * Worker) it fetches public/codesets/*.codeset.gz; in Node it reads them from disk.
 */
import { decodeArtifactBytes, inflateError } from "../artifacts/index.ts";
import { ARTIFACT_FILES, type ArtifactName } from "../artifacts/index.ts";
import { checkArtifact, checkArtifacts, type CodeArtifacts } from "../artifacts/index.ts";
import { createCodeIndex, type LoadedCodeIndex } from "./create-code-index.ts";
import { IcdTable } from "../store/index.ts";

export type CodeSetSource =
  /** Fetch from a URL folder (browser, worker). Default in a browser: "/codesets/" under the app's base URL. */
  | { kind: "url"; baseUrl: string; fetch?: typeof fetch }
  /** Read from a folder on disk (Node). Default in Node: the repository's public/codesets. */
  | { kind: "directory"; path: string }
  /** Already-parsed artifacts (tests, a worker handed them by its page). */
  | { kind: "artifacts"; artifacts: CodeArtifacts };

export interface LoadCodeIndexOptions {
  source?: CodeSetSource;
}

const NODE_READER = "../artifacts/read-artifacts-node.ts";

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips in the browser with DecompressionStream; some servers already undid the gzip. */
export async function gunzipArtifact(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Fetches, inflates and decodes one artifact. */
async function fetchArtifact(baseUrl: string, fetcher: typeof fetch, name: ArtifactName): Promise<Record<string, unknown>> {
  const url = `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${ARTIFACT_FILES[name]}`;
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`code sets: ${url} answered ${response.status}`);
  const bytes = await gunzipArtifact(new Uint8Array(await response.arrayBuffer())).catch((error: unknown) => {
    throw inflateError(name, error);
  });
  return decodeArtifactBytes(bytes, name);
}

function isNode(): boolean {
  return typeof process !== "undefined" && typeof process.versions?.node === "string" && typeof window === "undefined";
}

function defaultSource(): CodeSetSource {
  if (isNode()) return { kind: "directory", path: "" };
  const base = typeof import.meta.env?.BASE_URL === "string" ? import.meta.env.BASE_URL : "/";
  return { kind: "url", baseUrl: `${base}codesets/` };
}

type Pending = Record<ArtifactName, Promise<unknown>>;

/** Starts reading every artifact at once (in ARTIFACT_FILES order); each promise settles on its own. */
function readEach(source: Exclude<CodeSetSource, { kind: "artifacts" }>): Pending {
  const names = Object.keys(ARTIFACT_FILES) as ArtifactName[];
  let read: (name: ArtifactName) => Promise<unknown>;
  if (source.kind === "url") {
    read = (name) => fetchArtifact(source.baseUrl, source.fetch ?? fetch, name);
  } else {
    // A variable specifier keeps the Node-only reader (node:fs, node:zlib) out of the browser bundle.
    const reader = import(/* @vite-ignore */ NODE_READER) as Promise<typeof import("../artifacts/read-artifacts-node.ts")>;
    read = async (name) => (await reader).readArtifactFile(source.path, name);
  }
  return Object.fromEntries(names.map((name) => [name, read(name)])) as Pending;
}

async function settleAll(pending: Pending): Promise<CodeArtifacts> {
  const names = Object.keys(pending) as ArtifactName[];
  const values = await Promise.all(names.map((n) => pending[n]));
  return checkArtifacts(Object.fromEntries(names.map((n, i) => [n, values[i]])) as Record<ArtifactName, unknown>);
}

export async function readCodeArtifacts(source: CodeSetSource = defaultSource()): Promise<CodeArtifacts> {
  return source.kind === "artifacts" ? source.artifacts : settleAll(readEach(source));
}

/**
 * Loads the code sets and builds the index (about 0.2 s in Node on the project's 2-core machine).
 * The ICD-10-CM table is built as soon as its file is decoded, while the others still inflate.
 */
export async function loadCodeIndex(options: LoadCodeIndexOptions = {}): Promise<LoadedCodeIndex> {
  const source = options.source ?? defaultSource();
  if (source.kind === "artifacts") return createCodeIndex(source.artifacts);
  const pending = readEach(source);
  const table = pending.icd10cm.then((icd) => new IcdTable(checkArtifact("icd10cm", icd)));
  table.catch(() => undefined); // a failure is reported once, by settleAll
  const artifacts = await settleAll(pending);
  return createCodeIndex(artifacts, await table);
}
