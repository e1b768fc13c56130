/**
 * Export path only (the EHR accepts no writes and no billing store is configured): what this
 * browser exported for an encounter, so a changed claim is sent as a replacement (frequency 7)
 * of the generation exported before. Nobody else can see it: the screen says so.
 */
export interface ExportRecord {
  /** Generation of the claim file last downloaded (1 = original). */
  generation: number;
  state: "exported";
  /** draftContentHash of what was exported (a hash, not the claim): an unchanged claim is not a new generation. */
  contentHash: string;
  at: string;
}

const PREFIX = "coding-export:v3:";

export function exportKey(serverUrl: string, encounterRef: string): string {
  return `${PREFIX}${serverUrl}|${encounterRef}`;
}

export function readExport(storage: Storage, key: string): ExportRecord | undefined {
  try {
    const value = JSON.parse(storage.getItem(key) ?? "null") as ExportRecord | null;
    return value && Number.isInteger(value.generation) && value.generation > 0 && value.state === "exported" && typeof value.contentHash === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeExport(storage: Storage, key: string, record: ExportRecord): void {
  try {
    storage.setItem(key, JSON.stringify(record));
  } catch {
    // Storage refused: the next export is then an original again; the file says which generation it is.
  }
}
