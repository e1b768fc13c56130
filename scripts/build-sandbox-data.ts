/**
 * Builds the sandbox seed: `tsx scripts/build-sandbox-data.ts [synthea-dir] [out-file]`
 * (or SYNTHEA_DIR / SEED_OUT). Reads the Synthea R4 bundles, keeps each patient's last
 * encounters, adds Coverage, payers, NPIs, tax ids, Locations and the hand-built Epic/Oracle-shaped
 * encounters, and writes one gzipped JSON array sorted by type and id. Same input, same bytes.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { FhirResource, Organization } from "fhir/r4";
import { PAYERS, buildCoverages, payerOrganization } from "../smart-launch/seed-build/coverage.ts";
import { handBuiltResources } from "../smart-launch/seed-build/hand-built.ts";
import { addOrganizationIds, addPractitionerNpis, linkEncounterLocations, locationFor } from "../smart-launch/seed-build/providers.ts";
import { readSyntheaSubset } from "../smart-launch/seed-build/synthea-subset.ts";

const ENCOUNTERS_PER_PATIENT = 8;
const syntheaDir = process.argv[2] ?? process.env["SYNTHEA_DIR"] ?? resolve(import.meta.dirname, "../../shared/data/synthea-fhir-r4");
const outFile = process.argv[3] ?? process.env["SEED_OUT"] ?? resolve(import.meta.dirname, "../smart-launch/data/seed.json.gz");

/** Drops Synthea's bulky narrative and simulation extensions that no app screen uses. */
function slim(resource: FhirResource): FhirResource {
  const copy = { ...resource } as FhirResource & { text?: unknown; extension?: { url: string }[] };
  delete copy.text;
  if (copy.resourceType !== "Patient") delete copy.extension;
  else if (copy.extension) copy.extension = copy.extension.filter((e) => !e.url.includes("synthetichealth"));
  return copy;
}

function buildSeed(): FhirResource[] {
  const subset = readSyntheaSubset(syntheaDir, ENCOUNTERS_PER_PATIENT);
  addPractitionerNpis(subset.practitioners);
  addOrganizationIds(subset.organizations);
  const locations = subset.organizations.map((o) => locationFor(o as Organization));
  linkEncounterLocations(subset.encounters, locations);
  const coverages = buildCoverages(subset.eobs, subset.claims);
  const payers = PAYERS.map((spec, i) => payerOrganization(spec, i));
  const all = [...subset.patients, ...subset.encounters, ...subset.clinical, ...subset.claims, ...subset.eobs, ...subset.practitioners, ...subset.organizations, ...locations, ...coverages, ...payers].map(slim);
  const byKey = new Map<string, FhirResource>();
  for (const r of [...all, ...handBuiltResources()]) byKey.set(`${r.resourceType}/${r.id}`, r);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

const seed = buildSeed();
const bytes = gzipSync(Buffer.from(`[\n${seed.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`), { level: 9 });
writeFileSync(outFile, bytes);
const counts = new Map<string, number>();
for (const r of seed) counts.set(r.resourceType, (counts.get(r.resourceType) ?? 0) + 1);
console.log(`wrote ${outFile}: ${seed.length} resources, ${bytes.length} bytes`, Object.fromEntries(counts));
