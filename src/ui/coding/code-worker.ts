/// <reference lib="webworker" />
import type { CodeIndex } from "../../coding/code-index.ts";
import { loadCodeIndex } from "../../coding/load-code-index.ts";
import { suggestDiagnoses } from "../../coding/suggest/suggest-diagnoses.ts";
import type { CodeWorkerRequest, CodeWorkerResponse } from "./code-worker-protocol.ts";

/** The code-set worker: loads the index once, then answers searches and lookups. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const ready: Promise<CodeIndex> = loadCodeIndex({ source: { kind: "url", baseUrl: new URL("codesets/", new URL(import.meta.env.BASE_URL, scope.location.origin)).href } });

function answer(index: CodeIndex, request: CodeWorkerRequest): unknown {
  switch (request.method) {
    case "search":
      return index.search(request.text, request.options);
    case "lookup":
      return index.lookup(request.system, request.code, request.dateOfService);
    case "suggest":
      return suggestDiagnoses(request.condition, index, request.dateOfService ? { dateOfService: request.dateOfService } : {});
  }
}

scope.onmessage = async (event: MessageEvent<CodeWorkerRequest>) => {
  const request = event.data;
  let response: CodeWorkerResponse;
  try {
    response = { id: request.id, ok: true, result: answer(await ready, request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
