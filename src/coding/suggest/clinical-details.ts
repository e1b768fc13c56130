/**
 * Details that are an axis of many ICD-10-CM chapters, said in the words titles use:
 * - laterality: "both knees" -> "bilateral knees"; "both eyes" -> "bilateral" (eye and ear titles
 *   say the side alone: "Ocular hypertension, bilateral");
 * - pregnancy: the gestational age in weeks -> its trimester (O and Z34 codes carry the
 *   trimester, not the weeks; guideline I.C.15.a.3: the first trimester is less than 14 weeks
 *   0 days, the second 14 weeks 0 days to less than 28 weeks 0 days, the third 28 weeks on).
 * Applied to the coder's reading after every vocabulary rule.
 */
const BOTH_EYES_EARS = /\b(both|bilateral) (eyes|ears)\b/g;
const BOTH = /\bboth (sides|feet|[a-z]+s)\b/g;
const WEEKS = /\b(?:at )?(\d{1,2}) ?(?:weeks?|wks?|wk|w)(?: \d+ days?)?(?: (?:of )?(?:gestation|ga|pregnant|pregnancy))?\b/g;
/** Words that make a number of weeks a gestational age rather than a duration. */
const PREGNANCY_CONTEXT = /\b(pregnan\w*|gestation\w*|trimester|gravid\w*|ga|iup|prenatal|antenatal|obstetric\w*|g\d+(p\d+)?)\b/;
const FIRST_TRIMESTER_END = 14;
const SECOND_TRIMESTER_END = 28;
const LAST_WEEK = 42;

/** The trimester of a gestational age in completed weeks. */
export function trimesterOfWeeks(weeks: number): "first" | "second" | "third" {
  if (weeks < FIRST_TRIMESTER_END) return "first";
  return weeks < SECOND_TRIMESTER_END ? "second" : "third";
}

function withTrimester(text: string): string {
  if (!PREGNANCY_CONTEXT.test(text) || /\btrimester\b/.test(text)) return text;
  return text.replace(WEEKS, (whole, weeks: string) => {
    const n = Number(weeks);
    return n > 0 && n <= LAST_WEEK ? `${trimesterOfWeeks(n)} trimester pregnancy` : whole;
  });
}

/** The reading with laterality and gestational age in title words. */
export function withClinicalDetails(text: string): string {
  return withTrimester(text.replace(BOTH_EYES_EARS, "bilateral").replace(BOTH, "bilateral $1")).replace(/\s+/g, " ").trim();
}
