import { MAX_MODIFIERS, MAX_POINTERS } from "../../billing/draft/draft-actions.ts";

type Parsed<T> = { value: T } | { problem: string };

export function parseUnits(text: string): Parsed<number> {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < 1) return { problem: "Units must be a whole number, 1 or more." };
  return { value: n };
}

export function parseCharge(text: string): Parsed<number> {
  const cleaned = text.trim().replace(/^\$/, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return { problem: "Charge must be an amount in dollars, e.g. 125 or 125.50." };
  return { value: Number(cleaned) };
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
