/** The scrubber's part of the code-set worker, loaded on the first review (a chunk of its own). */
import { loadNcciEdits, type NcciEdits } from "../../billing/ncci/load-ncci.ts";

export { scrubWith } from "./code-service.ts";

/** Reads the NCCI tables from `urlOf(name)` (their content-addressed names); 404 reads as a missing table. */
export function loadEdits(urlOf: (name: string) => string): Promise<NcciEdits> {
  return loadNcciEdits(async (name) => {
    const response = await fetch(urlOf(name));
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`NCCI tables: ${urlOf(name)} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
}
