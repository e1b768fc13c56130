/** Money as integer cents, so totals add up exactly. */
export function toCents(value: number): number {
  return Math.round(value * 100);
}

/**
 * X12 "R" (decimal) value of an amount in cents: no leading or trailing zeros beyond what is
 * needed, no trailing decimal point (12500 -> "125", 12550 -> "125.5", 12505 -> "125.05").
 */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  const digits = String(fraction).padStart(2, "0").replace(/0$/, "");
  return `${sign}${whole}.${digits}`;
}

/** X12 "R" value of a quantity (units): at most 3 decimals, trailing zeros dropped. */
export function formatQuantity(value: number): string {
  return String(Number(value.toFixed(3)));
}
