import drugCodes from "./data/drug-codes.json" with { type: "json" };
import type { Route } from "./route-of-administration.ts";

export interface DrugCode {
  code: string;
  /** CMS long description (public domain). */
  description: string;
}

const CODES: readonly DrugCode[] = (drugCodes.codes as [string, string][]).map(([code, description]) => ({ code, description }));

/** Words of a drug's name that say nothing about which drug it is. */
const NOISE = new Set([
  "injection", "injectable", "solution", "suspension", "vial", "prefilled", "syringe", "powder", "for", "reconstitution", "kit", "mg", "ml", "mcg", "g", "unt", "units", "unit",
  "intramuscular", "intravenous", "subcutaneous", "im", "iv", "sc", "usp", "product", "of", "per", "in", "and", "the", "pf", "preservative", "free", "single", "dose", "multi", "actuat", "auto", "injector", "pen", "cartridge", "extended", "release",
]);

/** The drug's own words: lower case, no strengths, dose forms or brand names in brackets. */
export function drugWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, " ")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !NOISE.has(w));
}

/** The drug part of a description: "Injection, ceftriaxone sodium, per 250 mg" -> "ceftriaxone sodium". */
function describedDrug(description: string): string {
  const lower = description.toLowerCase().replace(/\([^)]*\)/g, " ");
  const parts = lower.split(",").map((p) => p.trim());
  return (parts[0]?.startsWith("injection") ? parts.slice(0, -1).join(" ").replace(/^injection\s*/, "") : parts.slice(0, -1).join(" ")) || lower;
}

const ROUTE_WORDS: [RegExp, Route[]][] = [
  [/\boral\b/, ["oral"]],
  [/nasal/, ["intranasal"]],
  [/inhalation|inhaled/, ["other"]],
  [/intravenous|\biv\b/, ["intravenous"]],
  [/intramuscular|\bim\b/, ["intramuscular"]],
  [/subcutaneous/, ["subcutaneous"]],
];

function routeScore(description: string, route: Route | undefined): number {
  const lower = description.toLowerCase();
  const named = ROUTE_WORDS.filter(([pattern]) => pattern.test(lower)).flatMap(([, routes]) => routes);
  const injection = lower.startsWith("injection");
  if (route === undefined) return injection ? 0 : -1;
  if (named.includes(route)) return 2;
  if (named.length) return -5;
  const injected = route === "intramuscular" || route === "subcutaneous" || route === "intravenous" || route === "intradermal";
  return injection === injected ? 1 : -5;
}

export interface DrugCodeMatch extends DrugCode {
  score: number;
}

const GENERIC_WORDS = new Set(["hcl", "hydrochloride", "sodium", "not", "otherwise", "specified", "up", "to"]);

/**
 * HCPCS J-codes whose long description names the drug, best first. The description's drug part
 * must name the drug's first word (its main ingredient); each further word it shares with the
 * name counts for it (the salt: "methylprednisolone acetate") and each it does not share counts
 * against it; the route must not contradict it; the generic code ("not otherwise specified", no
 * maker in parentheses) comes before a maker's own.
 */
export function findDrugCodes(name: string, route: Route | undefined): DrugCodeMatch[] {
  const nameWords = drugWords(name);
  const main = nameWords[0];
  if (main === undefined) return [];
  const words = new Set(nameWords);
  const matches: DrugCodeMatch[] = [];
  for (const entry of CODES) {
    const drug = [...new Set(drugWords(describedDrug(entry.description)))].filter((w) => !GENERIC_WORDS.has(w));
    if (!drug.includes(main)) continue;
    const routeFit = routeScore(entry.description, route);
    if (routeFit < 0) continue;
    const shared = drug.filter((w) => words.has(w)).length;
    const generic = /not otherwise specified/i.test(entry.description) ? 1 : /\([^)]*\)/.test(entry.description) ? -1 : 0;
    matches.push({ ...entry, score: shared * 2 - (drug.length - shared) + routeFit + generic });
  }
  return matches.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
}
