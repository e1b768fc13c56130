/**
 * The code-search benchmark's secondary query set: a hand list, every abbreviation, then queries
 * built deterministically from the index's own FY2026 codes and titles. Not how people type: the
 * latency that counts is timed on real phrasings (bench-search-phrases.ts).
 */
import type { CodeArtifacts } from "../src/coding/artifacts/code-artifacts.ts";
import { ABBREVIATIONS } from "../src/coding/search/abbreviations.ts";
import { withIcdDot } from "../src/coding/store/code-table.ts";
import { tokenizeText } from "../src/coding/store/text-tokens.ts";

/** What a coder types, written by hand. */
export const HAND_QUERIES: readonly string[] = [
  "e119", "E11.9", "s93.4", "S93.401", "i10", "j06.9", "z00.00", "m54.5", "r05", "n39.0", "f41.1", "e78.5",
  "diab typ 2 neph", "type 2 diabetes with hyperglycemia", "essential hypertension", "low back pain", "acute sinusitis",
  "chest pain", "ankle sprain right", "annual physical adult", "well child", "covid", "influenza a", "otitis media left",
  "htn", "t2dm", "dm2", "ckd 3", "copd exac", "gerd", "uti", "uri", "chf", "afib", "mi", "bph", "oa knee", "ra",
  "dvt leg", "pe", "adhd", "cad", "hld", "osa", "hypothyroid", "anxiety", "depression major single", "migraine",
  "diabetis", "hypertenson", "pneumonai", "astma", "bronchitis acute", "sprian ankle", "fractur femur", "obesity bmi 40",
  "99213", "992", "g2212", "j1100", "j3301", "a0425", "e0601", "venipuncture", "injection dexamethasone",
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
  return word.slice(0, i) + "e" + word.slice(i + 1);
}

type Maker = (code: string, title: string, rnd: () => number) => string;

const MAKERS: Maker[] = [
  (code) => withIcdDot(code),
  (code) => code.toLowerCase(),
  (code, _t, rnd) => withIcdDot(code).slice(0, 3 + Math.floor(rnd() * 3)),
  (_c, title, rnd) => {
    const words = tokenizeText(title).filter((w) => w.length > 3);
    const picked = words.filter(() => rnd() < 0.5).slice(0, 3);
    return (picked.length > 0 ? picked : words.slice(0, 2)).map((w) => w.slice(0, 3 + Math.floor(rnd() * 3))).reverse().join(" ");
  },
  (_c, title) => tokenizeText(title).filter((w) => w.length > 3).slice(0, 2).join(" "),
  (_c, title, rnd) => {
    const long = tokenizeText(title).filter((w) => w.length >= 6);
    return long.length > 0 ? typo(long[Math.floor(rnd() * long.length)] ?? "", rnd) : title.slice(0, 6);
  },
];

/** `count` queries: the hand list, abbreviations, then generated from FY2026 billable codes. */
export function benchQueries(artifacts: CodeArtifacts, count = 1200, seed = 20261126): string[] {
  const rnd = mulberry32(seed);
  const codes = artifacts.icd10cm.codes.split("\n");
  const titles = artifacts.icd10cm.long.split("\n");
  const billable26 = codes.map((_, i) => i).filter((i) => (parseInt(artifacts.icd10cm.flags[i] ?? "0", 16) & 8) !== 0);
  const queries = [...HAND_QUERIES, ...Object.keys(ABBREVIATIONS)];
  while (queries.length < count) {
    const i = billable26[Math.floor(rnd() * billable26.length)] ?? 0;
    const maker = MAKERS[Math.floor(rnd() * MAKERS.length)] ?? MAKERS[0];
    const q = maker?.(codes[i] ?? "", titles[i] ?? "", rnd).trim() ?? "";
    if (q !== "") queries.push(q);
  }
  return queries;
}
