import { MAX_MODIFIERS, MAX_POINTERS } from "../../billing/draft/draft-actions.ts";
import { isUnitCharge, isUnits, UNIT_CHARGE_RANGE, UNITS_RANGE } from "../../billing/draft/draft-limits.ts";

type Parsed<T> = { value: T } | { problem: string };

/** Whole units within the claim form's range (a 400-digit number is refused, never Infinity). */
export function parseUnits(text: string): Parsed<number> {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !isUnits(n)) return { problem: `Units must be ${UNITS_RANGE}.` };
  return { value: n };
}

/** Dollars and cents within the claim form's range (a leading "$" is allowed). */
export function parseCharge(text: string): Parsed<number> {
  const cleaned = text.trim().replace(/^\$/, "");
  const n = Number(cleaned);
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned) || !isUnitCharge(n)) return { problem: `Charge must be ${UNIT_CHARGE_RANGE}, e.g. 125 or 125.50.` };
  return { value: n };
}

export function parseModifiers(text: string): Parsed<string[]> {
  const mods = text.toUpperCase().split(/[\s,]+/).filter(Boolean);
  const bad = mods.find((m) => !/^[A-Z0-9]{2}$/.test(m));
  if (bad) return { problem: `"${bad}" is not a modifier: modifiers are 2 letters or digits (25, 59, LT).` };
  if (mods.length > MAX_MODIFIERS) return { problem: `At most ${MAX_MODIFIERS} modifiers per line.` };
  return { value: mods };
}

/** Pointers as the claim form writes them: letters A-L (or numbers 1-12), up to 4. */
export function parsePointers(diagnosisCount: number) {
  return (text: string): Parsed<number[]> => {
    const parts = text.toUpperCase().split(/[\s,]+/).filter(Boolean);
    const pointers = parts.map((p) => (/^[A-L]$/.test(p) ? p.charCodeAt(0) - 64 : /^\d{1,2}$/.test(p) ? Number(p) : NaN));
    const bad = parts.find((_, i) => !(pointers[i]! >= 1 && pointers[i]! <= diagnosisCount));
    if (bad) return { problem: `"${bad}" points at no diagnosis: use letters A-${String.fromCharCode(64 + Math.max(diagnosisCount, 1))}.` };
    if (pointers.length > MAX_POINTERS) return { problem: `At most ${MAX_POINTERS} diagnosis pointers per line.` };
    return { value: pointers };
  };
}

export const formatPointers = (pointers: number[]) => pointers.map((p) => String.fromCharCode(64 + p)).join(" ");
export const formatCharge = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
