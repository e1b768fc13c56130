/** Messages between the page and the code-index Web Worker, and the worker's request handler. */
import type { Coding } from "fhir/r4";
import type { CodeHit, SearchOptions } from "./code-index.ts";
import type { LoadedCodeIndex } from "./create-code-index.ts";
import type { AddedCode } from "./dynamic-codes.ts";
import type { IndexedCodeEntry } from "./lookup-code.ts";

export type CodeIndexCall =
  | { method: "search"; args: [text: string, options?: SearchOptions] }
  | { method: "lookup"; args: [system: string, code: string, dateOfService?: string] }
  | { method: "addCodings"; args: [codings: Coding[]] }
  | { method: "addEntries"; args: [entries: AddedCode[], origin: "licensed" | "terminology-server"] }
  | { method: "info"; args: [] };

export type CodeIndexRequest = CodeIndexCall & { id: number };

export interface CodeIndexInfo {
  info: LoadedCodeIndex["info"];
  placesOfService: LoadedCodeIndex["placesOfService"];
  modifiers: LoadedCodeIndex["modifiers"];
  evaluationAndManagement: LoadedCodeIndex["evaluationAndManagement"];
}

export interface CodeIndexResults {
  search: CodeHit[];
  lookup: IndexedCodeEntry | undefined;
  addCodings: number;
  addEntries: number;
  info: CodeIndexInfo;
}

export type CodeIndexResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

function call(index: LoadedCodeIndex, request: CodeIndexCall): unknown {
  switch (request.method) {
    case "search": return index.search(...request.args);
    case "lookup": return index.lookup(...request.args);
    case "addCodings": return index.addCodings(...request.args);
    case "addEntries": return index.addEntries(...request.args);
    case "info": return { info: index.info, placesOfService: index.placesOfService, modifiers: index.modifiers, evaluationAndManagement: index.evaluationAndManagement };
  }
}

/** Runs one request against the index; failures come back as messages, never as throws. */
export function handleCodeIndexRequest(index: LoadedCodeIndex, request: CodeIndexRequest): CodeIndexResponse {
  try {
    return { id: request.id, ok: true, result: call(index, request) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
