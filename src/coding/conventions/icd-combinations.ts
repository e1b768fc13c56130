import table from "../data/icd-combinations.json" with { type: "json" };
import { parseRangeText, type IcdCodeRange } from "./icd-code-refs.ts";

/**
 * The guidelines' combination codes (data/icd-combinations.json): separately coded conditions
 * that one code describes together (hypertension with CKD and/or heart failure: I11, I12, I13;
 * diabetes with a complication it is presumed to cause). The scrubber warns about them on a
 * claim; the suggestions propose the combination code in their place.
 */
export interface IcdCombination {
  id: string;
  /** Every group must have a code on the list (the first group's code is the one replaced). */
  all: IcdCodeRange[][];
  /** No group may have a code on the list. */
  none: IcdCodeRange[][];
  /** The combination code, or a phrase when the fix is removing a code ("the complication code"). */
  combination: string;
  fix: string;
  guideline: string;
}

/** A sequencing convention: codes of `codes` are listed after the list's codes of `after`, and never first. */
export interface IcdFollows {
  id: string;
  codes: IcdCodeRange[];
  after: IcdCodeRange[];
  guideline: string;
}

const DIABETES_CATEGORIES = ["E08", "E09", "E10", "E11", "E13"];

const expand = (text: string, category: string): string => text.replaceAll("{T}", category);

/** The table with {T} expanded to each diabetes category and its ranges parsed. */
export const ICD_COMBINATIONS: readonly IcdCombination[] = table.combinations.flatMap((entry) => {
  const categories = JSON.stringify(entry).includes("{T}") ? DIABETES_CATEGORIES : [""];
  return categories.map((category) => ({
    id: entry.id,
    all: entry.all.map((group) => group.map((range) => parseRangeText(expand(range, category)))),
    none: entry.none.map((group) => group.map((range) => parseRangeText(expand(range, category)))),
    combination: expand(entry.combination, category),
    fix: expand(entry.fix, category),
    guideline: entry.guideline,
  }));
});

export const ICD_FOLLOWS: readonly IcdFollows[] = table.follows.map((entry) => ({
  id: entry.id,
  codes: entry.codes.map(parseRangeText),
  after: entry.after.map(parseRangeText),
  guideline: entry.guideline,
}));

/** `code` (with or without the dot) lies under one of the ranges (the table's ranges have no suffix). */
export function inIcdRanges(code: string, ranges: readonly IcdCodeRange[]): boolean {
  const bare = code.replace(".", "");
  return ranges.some((range) => bare.slice(0, range.from.length) >= range.from && bare.slice(0, range.to.length) <= range.to);
}
