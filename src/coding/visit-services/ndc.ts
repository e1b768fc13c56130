/**
 * An NDC as 11 digits (5-4-2). Hyphenated 10-digit forms (4-4-2, 5-3-2, 5-4-1) get the missing
 * leading zero in their short segment; 11 bare digits stay; anything else is undefined.
 */
export function normalizeNdc(text: string): string | undefined {
  const value = text.trim();
  const parts = value.split("-");
  if (parts.length === 3 && parts.every((p) => /^\d+$/.test(p))) {
    const [a = "", b = "", c = ""] = parts;
    const padded = `${a.padStart(5, "0")}${b.padStart(4, "0")}${c.padStart(2, "0")}`;
    return a.length <= 5 && b.length <= 4 && c.length <= 2 && padded.length === 11 ? padded : undefined;
  }
  return /^\d{11}$/.test(value) ? value : undefined;
}
