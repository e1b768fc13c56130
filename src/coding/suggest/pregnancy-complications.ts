/**
 * Guideline I.C.15.a.1: a condition in a pregnant patient is coded in chapter 15; without a
 * chapter 15 title of its own ("depression in pregnancy"), it goes to the "... complicating
 * pregnancy" category of its body system (O98-O99), with the trimester, and the condition's own
 * code follows. This reads the text without its pregnancy words, codes the condition, and offers
 * the O98/O99 leaf of that condition's chapter.
 */
import type { CodeHit } from "../code-index.ts";
import { trimesterOfWeeks } from "./clinical-details.ts";

const PREGNANCY = /\b(in |during |complicating |of )?(pregnancy|pregnant|antepartum|gestation)\b/g;
const TRIMESTER = /\b(first|second|third|1st|2nd|3rd) trimester\b/;
const WEEKS = /\b(?:at )?(\d{1,2}) ?(?:weeks?|wks?)\b/;

/** The "complicating pregnancy" category by the first characters of the condition's code. */
const CATEGORY_BY_CHAPTER: readonly (readonly [RegExp, string])[] = [
  // Chapter 15 has its own categories for these: hypertension O10-O16, diabetes O24, substance use O99.31-O99.33.
  [/^(I1[0-6]|E0[89]|E1[0-3]|F1)/, ""],
  [/^(D5|D6[0-4])/, "O99.01"], [/^D/, "O99.11"], [/^E/, "O99.28"], [/^F/, "O99.34"], [/^G/, "O99.35"],
  [/^I/, "O99.41"], [/^J/, "O99.51"], [/^K/, "O99.61"], [/^L/, "O99.71"], [/^[AB]/, "O98.81"],
];

export interface PregnancyReading {
  /** The text without its pregnancy and trimester words: the condition itself. */
  condition: string;
  /** The words of the trimester ("second trimester"), or "unspecified trimester". */
  trimester: string;
}

/** The condition and trimester of a text about pregnancy, or undefined for other texts. */
export function pregnancyReading(text: string): PregnancyReading | undefined {
  const lower = text.toLowerCase();
  if (!/\b(pregnancy|pregnant|antepartum|gestation)\b/.test(lower)) return undefined;
  const weeks = WEEKS.exec(lower);
  const stated = TRIMESTER.exec(lower)?.[1]?.replace(/^1st$/, "first").replace(/^2nd$/, "second").replace(/^3rd$/, "third");
  const trimester = stated ?? (weeks ? trimesterOfWeeks(Number(weeks[1])) : "unspecified");
  const condition = lower.replace(PREGNANCY, " ").replace(TRIMESTER, " ").replace(WEEKS, " ")
    .replace(/[^a-z0-9]+/g, " ").trim();
  return condition === "" ? undefined : { condition, trimester: `${trimester} trimester` };
}

/** The O98/O99 category for a condition coded outside chapter 15, if its chapter has one. */
export function complicatingCategory(condition: CodeHit): string | undefined {
  const category = CATEGORY_BY_CHAPTER.find(([pattern]) => pattern.test(condition.code))?.[1];
  return category === "" ? undefined : category;
}
