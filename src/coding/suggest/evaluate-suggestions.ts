import type { Condition } from "fhir/r4";
import type { CodeIndex } from "../code-index.ts";
import { ICD10CM, SNOMED } from "../systems.ts";
import { suggestDiagnoses } from "./suggest-diagnoses.ts";

/** One evaluation item: what the chart says, and the codes a coder would accept. */
export interface SuggestionCase {
  /** Free text (Condition.code.text) or a SNOMED display. */
  text: string;
  /** When the item comes from a SNOMED-coded Condition. */
  snomed?: string;
  accept: string[];
  /** Which batch of a held-out set the item was written in. */
  batch?: number;
}

export interface SuggestionAccuracy {
  n: number;
  /** Share of items whose first suggestion is accepted, 0..1. */
  top1: number;
  /** Share of items with an accepted code among the first five. */
  top5: number;
  /** Items with no accepted code in the first five, with what came first. */
  misses: { text: string; accept: string[]; got: string[] }[];
}

export function caseCondition(item: SuggestionCase): Condition {
  const coding = item.snomed ? [{ system: SNOMED, code: item.snomed, display: item.text }] : [];
  return { resourceType: "Condition", subject: { reference: "Patient/eval" }, code: { coding, text: item.text } };
}

/** Top-1 and top-5 of suggestDiagnoses over the items, on the code set of the date. */
export function measureSuggestions(index: CodeIndex, items: readonly SuggestionCase[], dateOfService: string): SuggestionAccuracy {
  let top1 = 0;
  let top5 = 0;
  const misses: SuggestionAccuracy["misses"] = [];
  for (const item of items) {
    const got = suggestDiagnoses(caseCondition(item), index, { dateOfService, limit: 5 }).map((s) => s.coding.code ?? "");
    if (got[0] !== undefined && item.accept.includes(got[0])) top1++;
    if (got.some((code) => item.accept.includes(code))) top5++;
    else misses.push({ text: item.text, accept: item.accept, got });
  }
  const n = items.length;
  return { n, top1: n === 0 ? 0 : top1 / n, top5: n === 0 ? 0 : top5 / n, misses };
}

/** Accepted codes that are not billable leaves valid on the date: "<text>: <code>". */
export function invalidAcceptedCodes(index: CodeIndex, items: readonly SuggestionCase[], dateOfService: string): string[] {
  return items.flatMap((item) => item.accept.filter((code) => {
    const entry = index.lookup(ICD10CM, code, dateOfService);
    return !entry || !entry.validOnDate || entry.children.length > 0 || entry.code !== code;
  }).map((code) => `${item.text}: ${code}`));
}
