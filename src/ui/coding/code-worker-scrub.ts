/** The scrubber's part of the code-set worker, loaded on the first review or preloaded when idle (a chunk of its own). */
import { loadNcciEdits, type NcciEdits } from "../../billing/ncci/load-ncci.ts";
import { MUE_ARTIFACT_FILE, PTP_ARTIFACT_FILE } from "../../billing/ncci/ncci-editions.ts";

export { scrubWith } from "./code-service.ts";

/** The NCCI tables' bytes by name (undefined: the file does not exist). */
export type NcciFiles = ReadonlyMap<string, Uint8Array | undefined>;

/** Downloads the NCCI tables from `urlOf(name)` (their content-addressed names); 404 reads as a missing table. */
export async function downloadEdits(urlOf: (name: string) => string): Promise<NcciFiles> {
  const names = [PTP_ARTIFACT_FILE, MUE_ARTIFACT_FILE];
  const bytes = await Promise.all(names.map(async (name) => {
    const response = await fetch(urlOf(name));
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`NCCI tables: ${urlOf(name)} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }));
  return new Map(names.map((name, i) => [name, bytes[i]]));
}

/** Inflates and decodes the downloaded tables. */
export function decodeEdits(files: NcciFiles): Promise<NcciEdits> {
  return loadNcciEdits(async (name) => files.get(name));
}
