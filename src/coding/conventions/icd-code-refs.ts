/**
 * Code references inside ICD-10-CM Tabular notes: "(E10.-)", "(A18.32)", "(A04.0-A04.4)",
 * "(E08-E13)", "(O00-O9A)", "(E08-E13 with .42)". A reference matches a code when the code falls
 * under it. Groups with other "with ..." qualifiers are ignored (precision over recall).
 */
export interface IcdCodeRange {
  /** First and last code of the range, without the dot (equal for a single reference). */
  from: string;
  to: string;
  /** "(E08-E13 with .42)": only codes whose characters after the category start with this ("42"). */
  suffix?: string;
}

const REF = /\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.?\s*-\s*([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.-)?|\.?-)?/g;

const undot = (code: string): string => code.replace(".", "");

/** All code references in a note (inside its parentheses, where the Tabular List writes them). */
export function parseIcdCodeRefs(note: string): IcdCodeRange[] {
  const ranges: IcdCodeRange[] = [];
  for (const group of note.matchAll(/\(([^)]*)\)/g)) {
    const text = group[1] ?? "";
    const qualified = /\bwith\b/.test(text);
    const suffix = /\bwith\s+\.([0-9A-Z]+)-?$/.exec(text.trim())?.[1];
    // Other qualifiers ("with fifth character 9", "with final characters -23") are skipped: no false alarms.
    if (qualified && suffix === undefined) continue;
    for (const match of text.matchAll(REF)) {
      const from = undot(match[1] ?? "");
      ranges.push({ from, to: match[2] ? undot(match[2]) : from, ...(suffix && { suffix }) });
    }
  }
  return ranges;
}

/** True when `code` (with or without the dot) lies under the range. */
export function isInIcdRange(code: string, range: IcdCodeRange): boolean {
  const bare = undot(code);
  if (range.suffix !== undefined && !bare.slice(3).startsWith(range.suffix)) return false;
  return bare.slice(0, range.from.length) >= range.from && bare.slice(0, range.to.length) <= range.to;
}

/** Parses "A00-B99" or "Z3A" ranges as written in the scrubber's data files. */
export function parseRangeText(text: string): IcdCodeRange {
  const [from = "", to] = text.split("-");
  return { from: undot(from), to: undot(to ?? from) };
}
