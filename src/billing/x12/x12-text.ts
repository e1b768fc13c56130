import { hasDelimiter } from "./segment.ts";

/**
 * Free text (names, addresses) is CLEANED to fit X12: accents dropped, the delimiters
 * `* ~ : ^` and anything outside printable ASCII replaced by a space, whitespace collapsed,
 * upper case (clearinghouse practice), cut to the element's maximum length.
 * `changed` is true when a character was replaced or the text was cut (worth reporting);
 * upper-casing and trimming alone are not reported.
 */
export interface CleanedText {
  value: string;
  changed: boolean;
}

export function cleanText(raw: string, maxLength: number): CleanedText {
  const plain = raw.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const replaced = plain.replace(/[^\x20-\x7e]|[*~:^]/g, " ");
  const collapsed = replaced.replace(/\s+/g, " ").trim().toUpperCase();
  const value = collapsed.slice(0, maxLength).trim();
  const expected = raw.replace(/\s+/g, " ").trim().toUpperCase();
  return { value, changed: value !== expected };
}

/**
 * Identifiers and codes are never cleaned (a changed member id is a different member):
 * surrounding space is trimmed, and a value holding a delimiter, a control character or
 * non-ASCII text is refused (undefined).
 */
export function checkIdentifierText(raw: string): string | undefined {
  const value = raw.trim();
  if (value === "" || hasDelimiter(value) || /[^\x20-\x7e]/.test(value)) return undefined;
  return value;
}
