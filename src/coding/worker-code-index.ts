/** Async proxy of the code index running in a Web Worker (or anything that passes messages). */
import type { Coding } from "fhir/r4";
import type { CodeHit, SearchOptions } from "./code-index.ts";
import type { CodeIndexCall, CodeIndexInfo, CodeIndexResponse, CodeIndexResults } from "./code-index-protocol.ts";
import type { AddedCode } from "./dynamic-codes.ts";
import type { IndexedCodeEntry } from "./lookup-code.ts";

/** The part of a Worker the proxy needs. */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

export interface AsyncCodeIndex {
  /** Resolves when the worker has loaded the code sets. */
  ready: Promise<CodeIndexInfo>;
  search(text: string, options?: SearchOptions): Promise<CodeHit[]>;
  lookup(system: string, code: string, dateOfService?: string): Promise<IndexedCodeEntry | undefined>;
  addCodings(codings: Coding[]): Promise<number>;
  addEntries(entries: AddedCode[], origin: "licensed" | "terminology-server"): Promise<number>;
}

export function createWorkerCodeIndex(port: MessagePortLike, options: { baseUrl?: string } = {}): AsyncCodeIndex {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  port.addEventListener("message", (event) => {
    const response = event.data as CodeIndexResponse;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response.result); else waiter.reject(new Error(response.error));
  });
  const send = (message: object): Promise<unknown> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.postMessage({ ...message, id });
    });
  };
  const call = <M extends CodeIndexCall["method"]>(method: M, args: Extract<CodeIndexCall, { method: M }>["args"]): Promise<CodeIndexResults[M]> =>
    send({ method, args }) as Promise<CodeIndexResults[M]>;
  if (options.baseUrl !== undefined) void send({ method: "init", baseUrl: options.baseUrl }).catch(() => undefined);
  return {
    ready: call("info", []),
    search: (text, searchOptions) => call("search", [text, searchOptions]),
    lookup: (system, code, date) => call("lookup", [system, code, date]),
    addCodings: (codings) => call("addCodings", [codings]),
    addEntries: (entries, origin) => call("addEntries", [entries, origin]),
  };
}
