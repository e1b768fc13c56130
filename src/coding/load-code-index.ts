/**
 * Loading the code-set artifacts: the only I/O of src/coding. In the browser (and in a Web
 * Worker) it fetches public/codesets/*.codeset.gz; in Node it reads them from disk.
 */
import { decodeArtifactBytes } from "./artifact-container.ts";
import { ARTIFACT_FILES, type ArtifactName } from "./artifact-format.ts";
import { checkArtifacts, type CodeArtifacts } from "./code-artifacts.ts";
import { createCodeIndex, type LoadedCodeIndex } from "./create-code-index.ts";

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

const NODE_READER = "./read-artifacts-node.ts";

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips in the browser with DecompressionStream; some servers already undid the gzip. */
export async function gunzipArtifact(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function fetchArtifacts(baseUrl: string, fetcher: typeof fetch): Promise<CodeArtifacts> {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const names = Object.keys(ARTIFACT_FILES) as ArtifactName[];
  const parsed = await Promise.all(names.map(async (name) => {
    const url = `${base}${ARTIFACT_FILES[name]}`;
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`code sets: ${url} answered ${response.status}`);
    const bytes = await gunzipArtifact(new Uint8Array(await response.arrayBuffer())).catch((error: unknown) => {
      throw new Error(`code-set artifact ${name}: the gzip does not inflate (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    });
    return decodeArtifactBytes(bytes, name);
  }));
  return checkArtifacts(Object.fromEntries(names.map((n, i) => [n, parsed[i]])) as Record<ArtifactName, unknown>);
}

function isNode(): boolean {
  return typeof process !== "undefined" && typeof process.versions?.node === "string" && typeof window === "undefined";
}

function defaultSource(): CodeSetSource {
  if (isNode()) return { kind: "directory", path: "" };
  const base = typeof import.meta.env?.BASE_URL === "string" ? import.meta.env.BASE_URL : "/";
  return { kind: "url", baseUrl: `${base}codesets/` };
}

export async function readCodeArtifacts(source: CodeSetSource = defaultSource()): Promise<CodeArtifacts> {
  switch (source.kind) {
    case "artifacts":
      return source.artifacts;
    case "url":
      return fetchArtifacts(source.baseUrl, source.fetch ?? fetch);
    case "directory": {
      // A variable specifier keeps the Node-only reader (node:fs, node:zlib) out of the browser bundle.
      const { readArtifactDirectory } = (await import(/* @vite-ignore */ NODE_READER)) as typeof import("./read-artifacts-node.ts");
      return readArtifactDirectory(source.path);
    }
  }
}

/** Loads the code sets and builds the index (about a quarter of a second in Node). */
export async function loadCodeIndex(options: LoadCodeIndexOptions = {}): Promise<LoadedCodeIndex> {
  return createCodeIndex(await readCodeArtifacts(options.source));
}
