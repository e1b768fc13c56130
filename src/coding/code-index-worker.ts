/**
 * The code index in a Web Worker, so typing never blocks rendering. It fetches the artifacts
 * itself; a first message { id: 0, method: "init", baseUrl } may say where they are.
 */
import { handleCodeIndexRequest, type CodeIndexRequest, type CodeIndexResponse } from "./code-index-protocol.ts";
import type { LoadedCodeIndex } from "./create-code-index.ts";
import { loadCodeIndex } from "./load-code-index.ts";

interface WorkerScope {
  postMessage(message: CodeIndexResponse): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

const scope = self as unknown as WorkerScope;
let loading: Promise<LoadedCodeIndex> | undefined;

function index(baseUrl?: string): Promise<LoadedCodeIndex> {
  loading ??= loadCodeIndex(baseUrl === undefined ? {} : { source: { kind: "url", baseUrl } });
  return loading;
}

scope.addEventListener("message", (event) => {
  const data = event.data as CodeIndexRequest | { id: number; method: "init"; baseUrl?: string };
  if (data.method === "init") {
    index(data.baseUrl).then(
      () => scope.postMessage({ id: data.id, ok: true, result: true }),
      (error: unknown) => scope.postMessage({ id: data.id, ok: false, error: String(error) }),
    );
    return;
  }
  index().then(
    (loaded) => scope.postMessage(handleCodeIndexRequest(loaded, data)),
    (error: unknown) => scope.postMessage({ id: data.id, ok: false, error: `code sets failed to load: ${String(error)}` }),
  );
});
