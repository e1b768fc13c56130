import type { Condition } from "fhir/r4";
import type { CodeEntry, CodeHit } from "../../coding/code-index.ts";
import type { LoadedCodeIndex } from "../../coding/search/index.ts";
import type { CodeService, DiagnosisSuggestionView, ScrubResult } from "./code-service.ts";
import type { CodeWorkerNotice, CodeWorkerRequest, CodeWorkerResponse } from "./code-worker-protocol.ts";
import { mark } from "../shell/perf-marks.ts";

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type RequestBody = CodeWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: CodeWorkerRequest): void;
  onmessage: ((event: MessageEvent<CodeWorkerResponse | CodeWorkerNotice>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A CodeService answered by the code-set worker (created once per page, as early as possible:
 * the worker starts downloading the code sets when it is created). Suggestions asked for in the
 * same turn (one per chart condition) go to the worker in one message.
 */
export function createWorkerCodeService(port: WorkerPort = new Worker(new URL("./code-worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerPort): CodeService {
  const pending = new Map<string, Pending>();
  let nextId = 1;
  const key = (id: number, part?: number) => (part === undefined ? String(id) : `${id}.${part}`);
  port.onmessage = (event) => {
    const message = event.data;
    // The code sets are loaded: a User Timing mark says from where and how long it took.
    if ("notice" in message) return mark("coding:code-sets-ready", { from: message.from, ms: message.ms, ...(message.phases ? { phases: message.phases } : {}) });
    const k = key(message.id, message.part);
    const waiting = pending.get(k);
    if (!waiting) return;
    pending.delete(k);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error));
  };
  port.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`The code sets could not be loaded: ${event.message}`));
    pending.clear();
  };
  const call = <T,>(body: RequestBody): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(key(id), { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ ...body, id } as CodeWorkerRequest);
    });

  // Suggestions gathered in this turn, by date of service, sent together in the next microtask.
  let batch: Map<string, { condition: Condition; waiting: Pending }[]> | undefined;
  const flush = () => {
    const groups = batch;
    batch = undefined;
    for (const [date, items] of groups ?? []) {
      const id = nextId++;
      items.forEach((item, part) => pending.set(key(id, part), item.waiting));
      port.postMessage({ id, method: "suggest", conditions: items.map((i) => i.condition), ...(date ? { dateOfService: date } : {}) });
    }
  };
  const suggest = (condition: Condition, dateOfService: string | undefined) =>
    new Promise<DiagnosisSuggestionView[]>((resolve, reject) => {
      if (!batch) {
        batch = new Map();
        queueMicrotask(flush);
      }
      const date = dateOfService ?? "";
      const group = batch.get(date) ?? [];
      group.push({ condition, waiting: { resolve: resolve as (value: unknown) => void, reject } });
      batch.set(date, group);
    });

  return {
    search: (text, options) => call<CodeHit[]>({ method: "search", text, ...(options ? { options } : {}) }),
    lookup: (system, code, dateOfService) => call<CodeEntry | undefined>({ method: "lookup", system, code, ...(dateOfService ? { dateOfService } : {}) }),
    scrub: (claim, context) => call<ScrubResult>({ method: "scrub", claim, context }),
    info: () => call<LoadedCodeIndex["info"]>({ method: "info" }),
    addCodings: (codings) => call<number>({ method: "add-codings", codings }),
    addEntries: (entries, origin) => call<number>({ method: "add-entries", entries, origin }),
    suggestDiagnoses: (condition, options) => suggest(condition, options?.dateOfService),
    preloadScrubber: () => void call<boolean>({ method: "preload-scrub" }).catch(() => undefined),
  };
}
