/** Node-only: reads the artifacts from disk (imported dynamically, never in the browser). */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { decodeArtifactBytes, inflateError } from "./artifact-container.ts";
import { ARTIFACT_FILES, type ArtifactName } from "./artifact-format.ts";

/** The committed artifacts folder (public/codesets at the repository root). */
export const REPO_CODESETS_DIR = resolve(import.meta.dirname, "../../../public/codesets");

/** Gunzips on the libuv thread pool, so the files inflate in parallel while others are parsed. */
const gunzipAsync = promisify(gunzip);

/**
 * Output chunk for inflating a whole file in one pass: the gzip trailer's ISIZE (size mod 2^32),
 * within 64 KiB .. 64 MiB. Node's default 16 KiB chunk returns to the main thread for every
 * chunk, which doubles the time of inflating the code sets.
 */
function inflatedSize(gz: Uint8Array): number {
  const n = gz.length;
  const size = n >= 4 ? ((gz[n - 4] ?? 0) | ((gz[n - 3] ?? 0) << 8) | ((gz[n - 2] ?? 0) << 16)) + (gz[n - 1] ?? 0) * 2 ** 24 : 0;
  return Math.min(Math.max(size, 1 << 16), 1 << 26);
}

/** Reads, inflates and decodes one artifact; `path` "" means the repository's own public/codesets. */
export async function readArtifactFile(path: string, name: ArtifactName): Promise<Record<string, unknown>> {
  const bytes = await readFile(join(path === "" ? REPO_CODESETS_DIR : path, ARTIFACT_FILES[name]));
  const inflated = bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzipAsync(bytes, { chunkSize: inflatedSize(bytes) }).catch((error: unknown) => {
    throw inflateError(name, error);
  }) : bytes;
  return decodeArtifactBytes(inflated, name);
}
