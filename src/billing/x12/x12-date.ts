/**
 * Dates and times as X12 writes them, taken from the literal FHIR value (no time-zone
 * conversion: the value carries the local date the service happened on).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /T(\d{2}):(\d{2})/;

/** "2026-11-20" or "2026-11-20T09:30:00-05:00" -> "20261120" (CCYYMMDD); undefined if malformed. */
export function toX12Date(fhirDate: string): string | undefined {
  const match = DATE.exec(fhirDate);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}${month}${day}`;
}

/** "2026-11-26T18:30:00Z" -> "1830" (HHMM); undefined without a time part. */
export function toX12Time(fhirDateTime: string): string | undefined {
  const match = TIME.exec(fhirDateTime);
  if (!match) return undefined;
  return `${match[1]}${match[2]}`;
}
