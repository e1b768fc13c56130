import { decodeMueArtifact } from "./mue-artifact.ts";
import type { MueTable } from "./mue-table.ts";
import { MUE_ARTIFACT_FILE, PTP_ARTIFACT_FILE } from "./ncci-editions.ts";
import { decodePtpArtifact } from "./ptp-compact-table.ts";
import type { PtpTable } from "./ptp-table.ts";

/** The NCCI tables handed to the scrubber; a missing table is simply absent. */
export interface NcciEdits {
  ptp?: PtpTable;
  mue?: MueTable;
}

/**
 * Reads a file's bytes by name, or undefined when it does not exist. The browser passes a
 * fetch of `${import.meta.env.BASE_URL}ncci/${name}`; Node passes a readFile of public/ncci/.
 */
export type ReadArtifact = (name: string) => Promise<Uint8Array | undefined>;

/** Loads the shipped NCCI artifacts; either table is left out when its file is missing. */
export async function loadNcciEdits(read: ReadArtifact): Promise<NcciEdits> {
  const [ptpBytes, mueBytes] = await Promise.all([read(PTP_ARTIFACT_FILE), read(MUE_ARTIFACT_FILE)]);
  const edits: NcciEdits = {};
  if (ptpBytes) edits.ptp = decodePtpArtifact(await gunzipIfNeeded(ptpBytes));
  if (mueBytes) edits.mue = decodeMueArtifact(new TextDecoder().decode(await gunzipIfNeeded(mueBytes)));
  return edits;
}

/** Gunzips bytes that start with the gzip magic (a server may already have decoded them). */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A ReadArtifact for the browser: GETs `${baseUrl}${name}` (e.g. baseUrl = BASE_URL + "ncci/")
 * with the fetch passed in; 404 reads as a missing table, other failures throw.
 */
export function fetchNcciArtifacts(baseUrl: string, fetcher: typeof fetch): ReadArtifact {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return async (name) => {
    const response = await fetcher(`${base}${name}`);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`NCCI tables: ${base}${name} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
