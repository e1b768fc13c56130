/** The code index over the committed artifacts, loaded once per test file. */
import { loadCodeIndex, type LoadedCodeIndex } from "../../../src/coding/index.ts";
import { readCodeArtifacts, type CodeArtifacts } from "../../../src/coding/index.ts";

let artifacts: Promise<CodeArtifacts> | undefined;
let index: Promise<LoadedCodeIndex> | undefined;

export function realArtifacts(): Promise<CodeArtifacts> {
  artifacts ??= readCodeArtifacts({ kind: "directory", path: "" });
  return artifacts;
}

export function realCodeIndex(): Promise<LoadedCodeIndex> {
  index ??= realArtifacts().then((a) => loadCodeIndex({ source: { kind: "artifacts", artifacts: a } }));
  return index;
}
