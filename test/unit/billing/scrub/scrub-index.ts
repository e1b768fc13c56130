import type { CodeIndex } from "../../../../src/coding/code-index.ts";
import { loadCodeIndex } from "../../../../src/coding/index.ts";

let loaded: Promise<CodeIndex> | undefined;

/** The real ICD-10-CM/HCPCS index from public/codesets (loaded once per test file). */
export function loadScrubIndex(): Promise<CodeIndex> {
  loaded ??= loadCodeIndex();
  return loaded;
}
