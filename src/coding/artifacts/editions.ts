import type { EditionInfo } from "./artifact-format.ts";

export interface EditionChoice {
  /** Index into the editions list. */
  index: number;
  edition: EditionInfo;
  /** False when the date falls outside every edition and the nearest one was used. */
  covered: boolean;
  /** Said to the coder when `covered` is false. */
  note?: string;
}

/**
 * The ICD-10-CM edition for a date of service (FY runs Oct 1 - Sep 30). No date: the newest.
 * Outside all editions: the nearest one, with a note saying so.
 */
export function editionForDate(editions: readonly EditionInfo[], dateOfService?: string): EditionChoice {
  const last = editions.length - 1;
  const newest = editions[last];
  if (!newest) throw new Error("no code-set editions loaded");
  if (dateOfService === undefined) return { index: last, edition: newest, covered: true };
  const day = dateOfService.slice(0, 10);
  const found = editions.findIndex((e) => e.start <= day && day <= e.end);
  const hit = editions[found];
  if (hit) return { index: found, edition: hit, covered: true };
  const oldest = editions[0] ?? newest;
  const before = day < oldest.start;
  const nearest = before ? oldest : newest;
  return {
    index: before ? 0 : last,
    edition: nearest,
    covered: false,
    note: `Date of service ${day} is outside the code sets shipped (${oldest.start} to ${newest.end}); using ${nearest.id}.`,
  };
}
