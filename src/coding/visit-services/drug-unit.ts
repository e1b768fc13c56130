/** The billing unit a drug code's long description names, and units billed for a dose. */

export type Measure = "mass" | "units" | "volume";

export interface CodeUnit {
  amount: number;
  /** As written: "mg", "mcg", "g", "units", "ml". */
  unit: string;
  measure: Measure;
  /** In mg, units or ml. */
  base: number;
}

/** Unit words and UCUM codes -> what they measure and their size in mg, units or ml. */
const UNITS: Readonly<Record<string, [Measure, number]>> = {
  g: ["mass", 1000], gram: ["mass", 1000], grams: ["mass", 1000], gm: ["mass", 1000],
  mg: ["mass", 1], milligram: ["mass", 1], milligrams: ["mass", 1],
  mcg: ["mass", 0.001], ug: ["mass", 0.001], "µg": ["mass", 0.001], microgram: ["mass", 0.001], micrograms: ["mass", 0.001],
  unit: ["units", 1], units: ["units", 1], u: ["units", 1], iu: ["units", 1], "[iu]": ["units", 1], "[u]": ["units", 1],
  ml: ["volume", 1], cc: ["volume", 1], l: ["volume", 1000],
};

function measureOf(unit: string): [Measure, number] | undefined {
  const key = unit.trim().toLowerCase();
  return Object.hasOwn(UNITS, key) ? UNITS[key] : undefined;
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(mg|mcg|micrograms?|milligrams?|grams?|gm|g|units?|iu|ml|cc)\b/gi;

/**
 * The unit at the end of a HCPCS drug description ("Injection, ceftriaxone sodium, per 250 mg"
 * -> 250 mg; "..., up to 1000 mcg"; "..., 100,000 units"). Parenthetical remarks are skipped.
 */
export function codeUnit(description: string): CodeUnit | undefined {
  const text = description.replace(/\([^)]*\)/g, " ");
  const last = [...text.matchAll(AMOUNT)].at(-1);
  if (!last?.[1] || !last[2]) return undefined;
  const amount = Number(last[1].replace(/,/g, ""));
  const measure = measureOf(last[2]);
  if (!measure || !(amount > 0)) return undefined;
  return { amount, unit: last[2].toLowerCase(), measure: measure[0], base: amount * measure[1] };
}

export interface Dose {
  value: number;
  /** UCUM code or unit text ("mg", "g", "[iU]", "mL"). */
  unit: string;
}

export type UnitsBilled = { kind: "units"; units: number; reason: string } | { kind: "problem"; reason: string };

/**
 * Units billed = dose / the code's unit, rounded up to a whole unit (a partial unit is billed
 * as one): 500 mg of a "per 250 mg" code is 2 units, 30 mg of a "1 mg" code 30.
 */
export function unitsFor(dose: Dose | undefined, unit: CodeUnit): UnitsBilled {
  if (!dose || !(dose.value > 0)) return { kind: "problem", reason: `the dose given is not documented: the code bills per ${unit.amount} ${unit.unit}, so enter the units from the dose` };
  const measure = measureOf(dose.unit);
  if (!measure) return { kind: "problem", reason: `the dose's unit "${dose.unit}" is not one the code's ${unit.amount} ${unit.unit} can be counted in: enter the units` };
  if (measure[0] !== unit.measure) return { kind: "problem", reason: `the dose is in ${dose.unit} but the code bills per ${unit.amount} ${unit.unit}: enter the units` };
  const exact = (dose.value * measure[1]) / unit.base;
  const units = Math.max(1, Math.ceil(exact - 1e-9));
  return { kind: "units", units, reason: `${dose.value} ${dose.unit} / ${unit.amount} ${unit.unit} = ${units} unit${units > 1 ? "s" : ""}${Math.abs(exact - Math.round(exact)) > 1e-9 ? " (a partial unit is billed as one)" : ""}` };
}
