import type { CodeEntry, CodeHit } from "../../coding/code-index.ts";
import type { LoadedCodeIndex } from "../../coding/create-code-index.ts";
import type { CodeService, DiagnosisSuggestionView, ScrubResult } from "./code-service.ts";
import type { CodeWorkerRequest, CodeWorkerResponse } from "./code-worker-protocol.ts";

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type RequestBody = CodeWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** A CodeService answered by the code-set worker (created once per page). */
export function createWorkerCodeService(): CodeService {
  const worker = new Worker(new URL("./code-worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<CodeWorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error));
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`The code sets could not be loaded: ${event.message}`));
    pending.clear();
  };
  const call = <T,>(body: RequestBody): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...body, id } as CodeWorkerRequest);
    });
  return {
    search: (text, options) => call<CodeHit[]>({ method: "search", text, ...(options ? { options } : {}) }),
    lookup: (system, code, dateOfService) => call<CodeEntry | undefined>({ method: "lookup", system, code, ...(dateOfService ? { dateOfService } : {}) }),
    scrub: (claim, context) => call<ScrubResult>({ method: "scrub", claim, context }),
    info: () => call<LoadedCodeIndex["info"]>({ method: "info" }),
    addCodings: (codings) => call<number>({ method: "add-codings", codings }),
    addEntries: (entries, origin) => call<number>({ method: "add-entries", entries, origin }),
    suggestDiagnoses: (condition, options) => call<DiagnosisSuggestionView[]>({ method: "suggest", condition, ...(options?.dateOfService ? { dateOfService: options.dateOfService } : {}) }),
  };
}
