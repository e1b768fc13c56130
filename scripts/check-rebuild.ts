/**
 * CI check: the NCCI tables, the scrubber's CMS facts, the sandbox seed, the visit-service tables, the sample fee schedule and
 * the clinical-terms artifact rebuild byte-identical to what is committed, from ../shared/data (the clinical terms from their
 * tables in the repository). Each builder writes in place; the check
 * compares with git and restores the committed files. Exits 0 without raw data (a user's clone).
 * Usage: npx tsx scripts/check-rebuild.ts [dataDir]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(process.argv[2] ?? resolve(root, "../shared/data"));
const builds: { name: string; args: string[]; paths: string[] }[] = [
  { name: "NCCI tables and scrubber data", args: ["scripts/build-ncci.ts", dataDir], paths: ["public/ncci", "src/billing/scrub/data"] },
  { name: "sandbox seed", args: ["scripts/build-sandbox-data.ts", resolve(dataDir, "synthea-fhir-r4")], paths: ["smart-launch/data"] },
  {
    name: "scrubber procedure facts, places of service, section Excludes1 notes and sex-specific titles",
    args: ["scripts/build-scrub-data.ts", dataDir],
    paths: ["src/billing/scrub/data/procedure-facts.json", "src/billing/scrub/data/place-of-service.json", "src/billing/scrub/data/icd-block-excludes1.json", "src/billing/scrub/data/icd-sex-titles.json"],
  },
  {
    name: "vaccine and drug tables of the visit-service suggestions",
    args: ["scripts/build-visit-services-data.ts", dataDir],
    paths: ["src/coding/visit-services/data"],
  },
  { name: "sample fee schedule", args: ["scripts/build-fee-schedule.ts", dataDir], paths: ["public/fee-schedule.sample.json"] },
  { name: "CPT numbers CMS's files know (code search by number)", args: ["scripts/build-cpt-numbers.ts", dataDir], paths: ["src/coding/data/cpt-numbers.json"] },
  { name: "MPFS RVUs, GPCIs and conversion factor (default fees)", args: ["scripts/build-mpfs-fees.ts", dataDir], paths: ["public/mpfs"] },
  { name: "clinical-terms artifact of the suggestions (from the curated tables in the repository)", args: ["scripts/build-clinical-terms.ts", dataDir], paths: ["src/coding/suggest/data/clinical-terms.json"] },
];

if (!existsSync(dataDir)) {
  console.log(`check-rebuild: no raw data at ${dataDir}; nothing to compare`);
  process.exit(0);
}
let failed = 0;
for (const build of builds) {
  const run = spawnSync(process.execPath, ["--import", "tsx", ...build.args], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const changed = execFileSync("git", ["status", "--porcelain", "--", ...build.paths], { cwd: root, encoding: "utf8" }).trim();
  const ok = run.status === 0 && changed === "";
  console.log(`${ok ? "same   " : "DIFFERS"} ${build.name}${run.status === 0 ? "" : ` (builder exited ${run.status})`}${changed ? `\n${changed}` : ""}`);
  if (!ok) failed++;
  execFileSync("git", ["checkout", "--", ...build.paths], { cwd: root });
  execFileSync("git", ["clean", "-fdq", "--", ...build.paths], { cwd: root });
}
console.log(failed ? `check-rebuild: ${failed} artifact set(s) differ from a fresh build` : "check-rebuild: every artifact set is byte-identical to a fresh build");
process.exit(failed ? 1 : 0);
