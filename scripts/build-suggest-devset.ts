/**
 * Builds test/fixtures/suggest/dev-set.json: every distinct SNOMED CT condition (code + display)
 * in the sandbox's Synthea bundles, joined with the codes a coder assigned by hand in
 * test/fixtures/suggest/coder-answers.json, each checked to be a billable FY2026 ICD-10-CM leaf.
 * Also checks the held-out set. Same input gives byte-identical output.
 * Usage: tsx scripts/build-suggest-devset.ts [sharedDataDir]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Bundle, Condition } from "fhir/r4";
import { loadCodeIndex } from "../src/coding/search/load-code-index.ts";
import { invalidAcceptedCodes, type SuggestionCase } from "../src/coding/suggest/evaluate-suggestions.ts";
import { SNOMED } from "../src/coding/systems.ts";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(process.argv[2] ?? resolve(root, "../shared/data"));
const fixtures = resolve(root, "test/fixtures/suggest");
/** First day of FY2026: the code set the answers were checked against. */
export const DEV_SET_DATE = "2025-10-01";

interface CoderAnswers { answers: Record<string, string[]>; notCodable: Record<string, string> }

function syntheaConditions(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json.gz")).sort()) {
    const bundle = JSON.parse(gunzipSync(readFileSync(resolve(dir, file))).toString("utf8")) as Bundle;
    for (const entry of bundle.entry ?? []) {
      if (entry.resource?.resourceType !== "Condition") continue;
      for (const coding of (entry.resource as Condition).code?.coding ?? []) {
        if (coding.system === SNOMED && coding.code && coding.display && !found.has(coding.code)) found.set(coding.code, coding.display);
      }
    }
  }
  return found;
}

async function main(): Promise<void> {
  const conditions = syntheaConditions(resolve(shared, "synthea-fhir-r4/patients"));
  const coder = JSON.parse(readFileSync(resolve(fixtures, "coder-answers.json"), "utf8")) as CoderAnswers;
  const problems: string[] = [];
  const items: SuggestionCase[] = [];
  for (const [snomed, text] of [...conditions].sort(([a], [b]) => a.localeCompare(b))) {
    const accept = coder.answers[snomed];
    if (accept) items.push({ snomed, text, accept });
    else if (!(snomed in coder.notCodable)) problems.push(`no coder answer for SNOMED ${snomed} "${text}"`);
  }
  const index = await loadCodeIndex();
  const others = ["tuning-set.json", "held-out-set.json"].map((f) => (JSON.parse(readFileSync(resolve(fixtures, f), "utf8")) as { items: SuggestionCase[] }).items);
  problems.push(...[items, ...others].flatMap((set) => invalidAcceptedCodes(index, set, DEV_SET_DATE)));
  if (problems.length > 0) throw new Error(`dev set problems:\n${problems.join("\n")}`);
  const about = "Distinct SNOMED CT conditions of the sandbox Synthea data with hand-assigned ICD-10-CM answers (built by scripts/build-suggest-devset.ts; tuned on).";
  const lines = items.map((item) => `  ${JSON.stringify(item)}`).join(",\n");
  writeFileSync(resolve(fixtures, "dev-set.json"), `{\n "about": ${JSON.stringify(about)},\n "dateOfService": "${DEV_SET_DATE}",\n "items": [\n${lines}\n ]\n}\n`);
  const [tuning, heldOut] = others.map((set) => set.length);
  console.log(`dev set: ${items.length} items (${Object.keys(coder.notCodable).length} not codable left out); tuning: ${tuning}; held-out: ${heldOut}; all codes billable on ${DEV_SET_DATE}`);
}

await main();
