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
/**
 * How long the record of an export is kept: past any payer's usual filing limit (Medicare: 12
 * months), when a replacement could still be sent. After that it is removed on the next read.
 */
export const EXPORT_RETENTION_DAYS = 400;

export function exportKey(serverUrl: string, encounterRef: string): string {
  return `${PREFIX}${serverUrl}|${encounterRef}`;
}

function isExportRecord(value: ExportRecord): boolean {
  return Number.isInteger(value.generation) && value.generation > 0 && value.state === "exported" && typeof value.contentHash === "string" && typeof value.at === "string";
}

/** The export record, or undefined when there is none, it cannot be read, or it has expired (then it is removed). */
export function readExport(storage: Storage, key: string, now: string): ExportRecord | undefined {
  let value: ExportRecord | null;
  try {
    value = JSON.parse(storage.getItem(key) ?? "null") as ExportRecord | null;
  } catch {
    value = null;
  }
  if (value && isExportRecord(value) && (Date.parse(now) - Date.parse(value.at)) / 86_400_000 <= EXPORT_RETENTION_DAYS) return value;
  if (storage.getItem(key) !== null) storage.removeItem(key);
  return undefined;
}

export function writeExport(storage: Storage, key: string, record: ExportRecord): void {
  try {
    storage.setItem(key, JSON.stringify(record));
  } catch {
    // Storage refused: the next export is then an original again; the file says which generation it is.
  }
}
