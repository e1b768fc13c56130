/** Small readers for X12 element values: money in cents, dates, composites. */

/** "123.45" -> 12345; "-20" -> -2000; empty -> 0. */
export function toCents(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (text === "") return 0;
  const match = /^(-?)(\d*)(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) return Math.round(Number(text) * 100);
  const whole = Number(match[2] || "0") * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] === "-" ? -whole : whole;
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** CCYYMMDD (or the start of CCYYMMDD-CCYYMMDD) -> YYYY-MM-DD; anything else -> undefined. */
export function toIsoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value ?? "");
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The parts of a composite element ("HC:99213:25"). */
export function partsOf(value: string | undefined, separator: string): string[] {
  return (value ?? "").split(separator);
}

/** Element n (1-based, as the implementation guides number them) of a segment's values. */
export function elementOf(values: readonly string[], n: number): string | undefined {
  const value = values[n - 1];
  return value === undefined || value === "" ? undefined : value;
}
