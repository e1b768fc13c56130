import type { TabularNotes } from "../../coding/code-index.ts";
import { isInIcdRange, parseIcdCodeRefs } from "../scrub/icd-code-refs.ts";

const names = (notes: readonly string[] | undefined, code: string): boolean => (notes ?? []).flatMap(parseIcdCodeRefs).some((range) => isInIcdRange(code, range));

/**
 * Where a newly accepted ICD-10-CM diagnosis goes in the claim's list, by the Tabular's sequencing
 * notes: before the first listed code whose "Code first" note names it (E11.22 before N18.30) or
 * that its own "Use additional code" note names (E11.22 accepted after N18.30); never before a code
 * its own "Code first" note names (a manifestation follows its etiology). Otherwise last.
 * `undefined` means last (nothing to reorder); otherwise the listed code it must precede.
 */
export function codeFirstPosition(listed: readonly string[], code: string, notesOf: (code: string) => TabularNotes | undefined): string | undefined {
  const own = notesOf(code);
  const earliest = listed.reduce((after, other, i) => (names(own?.codeFirst, other) ? i + 1 : after), 0);
  const at = listed.findIndex((other, i) => i >= earliest && (names(notesOf(other)?.codeFirst, code) || names(own?.useAdditionalCode, other)));
  return at === -1 ? undefined : listed[at];
}
