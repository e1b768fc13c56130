/**
 * Choosing one CPT vaccine product when the CDC maps a CVX to several. The CDC's CVX mapping lists
 * every product number a CVX may be billed as (CVX 08, hepatitis B pediatric/adolescent, maps to
 * both the adolescent two-dose and the pediatric/adolescent three-dose products); the product
 * numbers differ by the patient's age the product is for and by the dose volume. These are the
 * facts per product number (our words, no CPT descriptor); a number not listed is never decided.
 */
interface ProductFact {
  /** Completed years, inclusive. */
  fromAge?: number;
  /** Completed years, inclusive. */
  toAge?: number;
  /** Dose volume in mL. */
  doseMl?: number;
  /** What sets the product apart, in words. */
  what: string;
}

const FACTS: Readonly<Record<string, ProductFact>> = {
  // Hepatitis B
  "90743": { fromAge: 11, toAge: 15, doseMl: 1, what: "adolescent two-dose schedule (ages 11 to 15, 1 mL)" },
  "90744": { toAge: 19, doseMl: 0.5, what: "pediatric/adolescent three-dose schedule (through age 19, 0.5 mL)" },
  "90746": { fromAge: 20, doseMl: 1, what: "adult dose (age 20 and over, 1 mL)" },
  // Influenza, split virus: the product numbers differ by dose volume; 0.25 mL doses are for children under 3
  "90657": { toAge: 2, doseMl: 0.25, what: "0.25 mL dose (6 to 35 months)" },
  "90658": { doseMl: 0.5, what: "0.5 mL dose" },
  "90687": { toAge: 2, doseMl: 0.25, what: "0.25 mL dose (6 to 35 months)" },
  "90688": { doseMl: 0.5, what: "0.5 mL dose" },
  // COVID-19 mRNA (Moderna): by dose
  "91301": { doseMl: 0.5, what: "100 mcg/0.5 mL dose" },
  "91306": { doseMl: 0.25, what: "50 mcg/0.25 mL dose" },
  "91313": { fromAge: 12, doseMl: 0.5, what: "50 mcg/0.5 mL dose (age 12 and over)" },
  "91314": { fromAge: 6, toAge: 11, doseMl: 0.25, what: "25 mcg/0.25 mL dose (ages 6 to 11)" },
};

export interface ProductChoice {
  code: string;
  /** Why this product, when there was a choice to make. */
  because?: string;
  /** Set when the product could not be decided from age and dose. */
  undecided?: string[];
}

function fitsAge(fact: ProductFact | undefined, ageYears: number): boolean {
  if (!fact) return true;
  return (fact.fromAge === undefined || ageYears >= fact.fromAge) && (fact.toAge === undefined || ageYears <= fact.toAge);
}

function fitsDose(fact: ProductFact | undefined, doseMl: number | undefined): boolean {
  if (!fact || doseMl === undefined || fact.doseMl === undefined) return true;
  return Math.abs(fact.doseMl - doseMl) < 1e-9;
}

/**
 * The product number for the patient's age at the visit and the dose given (mL, when documented).
 * One product left after both tests: chosen, with the reason. None or several: the usual (first)
 * among those still fitting, marked undecided with the others.
 */
export function chooseVaccineProduct(cpt: readonly string[], ageYears: number, doseMl?: number): ProductChoice {
  const [first = ""] = cpt;
  if (cpt.length < 2) return { code: first };
  const byAge = cpt.filter((c) => fitsAge(FACTS[c], ageYears));
  const byBoth = byAge.filter((c) => fitsDose(FACTS[c], doseMl));
  const [only] = byBoth;
  if (only !== undefined && byBoth.length === 1) {
    const dose = doseMl !== undefined && byAge.length > 1 ? ` and the ${doseMl} mL dose` : "";
    return { code: only, because: `age ${ageYears}${dose} fit the ${FACTS[only]?.what ?? only}` };
  }
  const left = byBoth.length ? byBoth : cpt;
  const [code = first, ...others] = left;
  return { code, undecided: others.length ? others : cpt.filter((c) => c !== code) };
}
