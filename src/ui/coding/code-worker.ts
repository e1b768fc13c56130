/// <reference lib="webworker" />
import type { LoadedCodeIndex } from "../../coding/create-code-index.ts";
import { loadCodeIndex } from "../../coding/load-code-index.ts";
import { suggestDiagnoses } from "../../coding/suggest/suggest-diagnoses.ts";
import { fetchNcciArtifacts, loadNcciEdits, type NcciEdits } from "../../billing/ncci/load-ncci.ts";
import { scrubWith } from "./code-service.ts";
import type { CodeWorkerRequest, CodeWorkerResponse } from "./code-worker-protocol.ts";

/** The code-set worker: loads the index once, then answers searches and lookups. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const appBase = new URL(import.meta.env.BASE_URL, scope.location.origin);
const ready: Promise<LoadedCodeIndex> = loadCodeIndex({ source: { kind: "url", baseUrl: new URL("codesets/", appBase).href } });
/** NCCI tables are loaded on the first scrub only; a failure leaves the rules reporting "no edition". */
let edits: Promise<NcciEdits | undefined> | undefined;
const ncci = () => (edits ??= loadNcciEdits(fetchNcciArtifacts(new URL("ncci/", appBase).href, fetch)).catch(() => undefined));

async function answer(index: LoadedCodeIndex, request: CodeWorkerRequest): Promise<unknown> {
  switch (request.method) {
    case "search":
      return index.search(request.text, request.options);
    case "lookup":
      return index.lookup(request.system, request.code, request.dateOfService);
    case "suggest":
      return suggestDiagnoses(request.condition, index, request.dateOfService ? { dateOfService: request.dateOfService } : {});
    case "scrub":
      return scrubWith(index, await ncci(), request.claim, request.context);
    case "info":
      return index.info;
    case "add-codings":
      return index.addCodings(request.codings);
    case "add-entries":
      return index.addEntries(request.entries, request.origin);
  }
}

scope.onmessage = async (event: MessageEvent<CodeWorkerRequest>) => {
  const request = event.data;
  let response: CodeWorkerResponse;
  try {
    response = { id: request.id, ok: true, result: await answer(await ready, request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
