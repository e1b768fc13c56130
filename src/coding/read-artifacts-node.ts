/** Node-only: reads the artifacts from disk (imported dynamically, never in the browser). */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { decodeArtifactBytes } from "./artifact-container.ts";
import { ARTIFACT_FILES, type ArtifactName } from "./artifact-format.ts";
import { checkArtifacts, type CodeArtifacts } from "./code-artifacts.ts";

/** The committed artifacts folder (public/codesets at the repository root). */
export const REPO_CODESETS_DIR = resolve(import.meta.dirname, "../../public/codesets");

/** Gunzips on the libuv thread pool, so the files inflate in parallel while others are parsed. */
const gunzipAsync = promisify(gunzip);

/** `path` "" means the repository's own public/codesets. */
export async function readArtifactDirectory(path: string): Promise<CodeArtifacts> {
  const dir = path === "" ? REPO_CODESETS_DIR : path;
  const names = Object.keys(ARTIFACT_FILES) as ArtifactName[];
  const parsed = await Promise.all(names.map(async (name) => {
    const bytes = await readFile(join(dir, ARTIFACT_FILES[name]));
    return decodeArtifactBytes(bytes[0] === 0x1f && bytes[1] === 0x8b ? await gunzipAsync(bytes) : bytes, name);
  }));
  return checkArtifacts(Object.fromEntries(names.map((n, i) => [n, parsed[i]])) as Record<ArtifactName, unknown>);
}
