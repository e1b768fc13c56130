/**
 * `npm run bench`: every benchmark in one run, printed as markdown tables (and written to
 * docs/benchmark-results.md). Speed is shown here, never asserted in tests.
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { benchClaimStatus } from "./bench-claim-status.ts";
import { benchCodes } from "./bench-codes.ts";
import { benchEncounterContext } from "./bench-encounter-context.ts";
import { benchEncountersToCode } from "./bench-encounters-to-code.ts";
import { benchScrub } from "./bench-scrub.ts";
import { benchSuggest } from "./bench-suggest.ts";

const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(1));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const out: string[] = [];
const say = (line = "") => {
  console.log(line);
  out.push(line);
};

say(`# Benchmark results\n\n${new Date().toISOString().slice(0, 16)}Z · ${cpus().length} × ${cpus()[0]?.model ?? "cpu"} · Node ${process.version} · load average at start ${loadavg()[0]?.toFixed(2)}\n`);

const codes = await benchCodes();
say(`## Code search (issue 3): ${codes.queries} mixed queries over the full FY2026 index\n`);
say("| measure | value | target |\n|---|---|---|");
say(`| load (read + parse + index) | ${ms(codes.loadMs.total)} ms | <= 300 ms |`);
say(`| first search / first lookup after load (deferred work, paid once) | ${ms(codes.firstUseMs.search)} / ${ms(codes.firstUseMs.lookup)} ms | |`);
say(`| search p50 / p95 / p99 | ${ms(codes.latencyMs.p50)} / ${ms(codes.latencyMs.p95)} / ${ms(codes.latencyMs.p99)} ms | p50 <= 0.5, p99 <= 5 ms |`);
say(`| naive substring scan p50 / p99 | ${ms(codes.baselineMs.p50)} / ${ms(codes.baselineMs.p99)} ms | |`);
say(`| speed-up over the scan (p50 / mean) | ${codes.speedUp.p50.toFixed(0)}× / ${codes.speedUp.mean.toFixed(0)}× | |`);
say(`| ICD-10-CM artifacts, gzip | ${kb(codes.icd10cmGzipBytes)} | <= 1.5 MB |`);
say(`| heap used after load | ${codes.heapUsedMb.toFixed(0)} MB | |\n`);
say("| artifact | raw | gzip |\n|---|---|---|");
for (const a of codes.artifacts) say(`| ${a.file} | ${kb(a.rawBytes)} | ${kb(a.gzipBytes)} |`);

const suggest = await benchSuggest();
say(`\n## Diagnosis suggestions (issue 4): top-1 / top-5 accuracy\n`);
say("| set | n | top-1 | top-5 |\n|---|---|---|---|");
for (const [name, r] of [["dev (Synthea conditions, tuned on)", suggest.dev], ["tuning phrasings (tuned on)", suggest.tuning], ["held-out phrasings, all batches", suggest.heldOut]] as const) {
  say(`| ${name} | ${r.n} | ${pct(r.top1)} | ${pct(r.top5)} |`);
}
for (const [batch, r] of Object.entries(suggest.heldOutBatches)) say(`| ${batch.replace("held-out", "held-out batch")} | ${r.n} | ${pct(r.top1)} | ${pct(r.top5)} |`);
say("\nEach held-out batch was written before the changes it measures; a batch's first measurement is the honest one (see test/fixtures/suggest/held-out-set.json).");
const lat = suggest.latencyMs;
say(`\nOne suggestion (suggestDiagnoses, ${lat.n} tuning items, warm): p50 ${lat.p50.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms, p99 ${lat.p99.toFixed(1)} ms, max ${lat.max.toFixed(0)} ms.`);

const context = await benchEncounterContext();
say(`\n## Encounter context read (issue 4): requests and sequential round trips after the CapabilityStatement\n`);
say("| persona | batch | requests | sequential round trips | ms |\n|---|---|---|---|---|");
for (const r of context) say(`| ${r.persona} | ${r.batch ? "yes" : "no"} | ${r.requests} | ${r.sequentialRoundTrips} | ${r.ms} |`);

const scrub = await benchScrub();
say(`\n## Claim scrubber (issue 5): a ${scrub.lines}-line claim, ${scrub.runs} runs\n`);
say("| measure | value | target |\n|---|---|---|");
say(`| scrub p50 / p95 | ${ms(scrub.p50Ms)} / ${ms(scrub.p95Ms)} ms | p50 <= 2 ms |`);
say(`| NCCI tables load | ${ms(scrub.ncciLoadMs)} ms (PTP ${kb(scrub.ptpArtifactBytes)}, MUE ${kb(scrub.mueArtifactBytes)} gzip) | |`);

const status = await benchClaimStatus();
say(`\n## Claim status worklist (issue 7): ${status.claims} claims against the sandbox\n`);
say("| claims | HTTP requests | time |\n|---|---|---|");
say(`| ${status.claims} | ${status.requests} | ${ms(status.ms)} ms |`);

const toCode = await benchEncountersToCode();
say(`\n## Encounters to code: one practitioner's ${toCode.encounters} finished encounters against the sandbox\n`);
say("| encounters | rows (no active claim) | HTTP requests per load | median | min – max | runs | load average after |\n|---|---|---|---|---|---|---|");
say(`| ${toCode.encounters} | ${toCode.rows} | ${toCode.requests} | ${toCode.ms.median} ms | ${toCode.ms.min} – ${toCode.ms.max} ms | ${toCode.runs} | ${toCode.loadAverage[0]?.toFixed(2) ?? ""} |`);

writeFileSync(resolve(import.meta.dirname, "../docs/benchmark-results.md"), `${out.join("\n")}\n`);
process.exit(0);
