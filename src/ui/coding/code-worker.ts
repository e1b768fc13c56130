/// <reference lib="webworker" />
import type { LoadedCodeIndex } from "../../coding/search/index.ts";
import { suggestDiagnoses } from "../../coding/suggest/index.ts";
import type { NcciEdits } from "../../billing/ncci/load-ncci.ts";
import { BACKGROUND, NEEDS, PRIORITY, type CodeWorkerNotice, type CodeWorkerRequest, type CodeWorkerResponse } from "./code-worker-protocol.ts";
import { createJobQueue } from "./code-worker-queue.ts";
import { artifactUrl, indexedDbStore, loadCodeSets, type ArtifactManifest } from "./code-set-cache.ts";

/**
 * The code-set worker: starts loading the index as soon as the page creates it, then answers
 * searches and lookups before the review's scrub and the chart's suggestions (code-worker-queue).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const appBase = new URL(import.meta.env.BASE_URL, scope.location.origin).href;
/** The artifacts' served names and content hashes (scripts/vite-hashed-artifacts.ts). */
const manifest: ArtifactManifest = typeof __APP_ARTIFACTS__ === "object" ? __APP_ARTIFACTS__ : {};
const started = performance.now();
const sets = loadCodeSets({ appBase, manifest, store: indexedDbStore() });
const ready: Promise<LoadedCodeIndex> = sets.then(({ index: loaded, from, phases, save }) => {
  const rounded = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
  reply({ notice: "ready", from, ms: Math.round(performance.now() - started), phases: rounded });
  // Keeping the code sets for the next launch copies them: only when no search or suggestion waits.
  if (save) queue.push({ priority: BACKGROUND, run: save });
  return loaded;
});
let index: LoadedCodeIndex | undefined;
let loadError: string | undefined;
/**
 * The scrubber and its NCCI tables load on the first scrub, or before it when the page asks
 * (preload-scrub, idle after the encounter shows); a table failure leaves the rules reporting "no edition".
 */
const scrubber = () => import("./code-worker-scrub.ts");
let files: ReturnType<typeof downloads> | undefined;
const downloads = () => scrubber().then((s) => s.downloadEdits((name) => artifactUrl(appBase, manifest, `ncci/${name}`)));
let edits: Promise<NcciEdits | undefined> | undefined;
const ncci = () => (edits ??= Promise.all([scrubber(), (files ??= downloads())]).then(([s, f]) => s.decodeEdits(f)).catch(() => undefined));
/** Downloads now; decodes (a few tens of ms) as background work, when no search or suggestion waits. */
function preloadScrubber() {
  files ??= downloads();
  files.then(() => queue.push({ priority: BACKGROUND, run: async () => { await ncci(); } }), () => undefined);
}

const queue = createJobQueue();
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const reply = (response: CodeWorkerResponse | CodeWorkerNotice) => scope.postMessage(response);

async function answer(request: Exclude<CodeWorkerRequest, { method: "suggest" }>, loaded: LoadedCodeIndex): Promise<unknown> {
  switch (request.method) {
    case "search":
      return loaded.search(request.text, request.options);
    case "lookup":
      return loaded.lookup(request.system, request.code, request.dateOfService);
    case "scrub": {
      const [{ scrubWith }, tables] = await Promise.all([scrubber(), ncci()]);
      return scrubWith(loaded, tables, request.claim, request.context);
    }
    case "info":
      return loaded.info;
    case "preload-scrub":
      preloadScrubber();
      return true;
    case "add-codings":
      return loaded.addCodings(request.codings);
    case "add-entries":
      return loaded.addEntries(request.entries, request.origin);
  }
}

/** Runs `work` against the loaded index and posts its answer (or why it failed). */
function respond(id: number, part: number | undefined, work: (loaded: LoadedCodeIndex) => unknown) {
  return async () => {
    const tag = part === undefined ? { id } : { id, part };
    try {
      if (!index) throw new Error(loadError ?? "The code sets are not loaded.");
      reply({ ...tag, ok: true, result: await work(index) });
    } catch (error) {
      reply({ ...tag, ok: false, error: message(error) });
    }
  };
}

function enqueue(request: CodeWorkerRequest) {
  const priority = PRIORITY[request.method];
  if (request.method === "suggest") {
    // One message for the chart, one job per condition: a search typed meanwhile goes between them.
    const options = request.dateOfService ? { dateOfService: request.dateOfService } : {};
    request.conditions.forEach((condition, part) => queue.push({ priority, run: respond(request.id, part, (loaded) => suggestDiagnoses(condition, loaded, options)) }));
    return;
  }
  queue.push({ priority, run: respond(request.id, undefined, (loaded) => answer(request, loaded)) });
}

scope.onmessage = (event: MessageEvent<CodeWorkerRequest>) => {
  const request = event.data;
  const needs = NEEDS[request.method];
  if (!needs) return enqueue(request);
  // The notes or short titles load outside the line (one download shared by every request that waits for it).
  sets.then((loaded) => Promise.all(needs.map((part) => loaded.need(part)))).then(
    () => enqueue(request),
    (error: unknown) => {
      const parts = request.method === "suggest" ? request.conditions.map((_, part) => part) : [undefined];
      for (const part of parts) reply({ ...(part === undefined ? { id: request.id } : { id: request.id, part }), ok: false, error: message(error) });
    },
  );
};

ready.then(
  (loaded) => { index = loaded; },
  (error: unknown) => { loadError = message(error); },
).finally(() => queue.start());
