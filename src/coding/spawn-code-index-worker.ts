/** Starts the code-index worker (browser only; Vite bundles the worker from this URL). */
import { createWorkerCodeIndex, type AsyncCodeIndex } from "./worker-code-index.ts";

export function spawnCodeIndexWorker(options: { baseUrl?: string } = {}): AsyncCodeIndex {
  const worker = new Worker(new URL("./code-index-worker.ts", import.meta.url), { type: "module", name: "code-index" });
  return createWorkerCodeIndex(worker, options);
}
