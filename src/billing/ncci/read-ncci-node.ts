/** Node-only: reads NCCI artifacts from a folder (default: the repository's public/ncci). Never import it in the browser. */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ReadArtifact } from "./load-ncci.ts";

export const REPO_NCCI_DIR = resolve(import.meta.dirname, "../../../public/ncci");

/** A ReadArtifact over a folder; a missing file reads as undefined (the table is then not loaded). */
export function readNcciDirectory(dir: string = REPO_NCCI_DIR): ReadArtifact {
  return async (name) => {
    try {
      return new Uint8Array(await readFile(join(dir, name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  };
}
