import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * src/coding is grouped by concern (artifacts, store, search, conventions, suggest, documentation,
 * em, fee-schedule, visit-services); each folder's index.ts is what other folders and packages
 * import. By path only: the Node-only artifact reader (the browser never bundles it), and the one
 * visit-services function the coding page needs at once (that folder's index, with the vaccine and
 * drug tables, loads lazily). Committed data (src/coding/data) is read by path.
 */
const SRC = resolve(import.meta.dirname, "../../../src");
const CODING = join(SRC, "coding");
const BY_PATH_ONLY = ["artifacts/read-artifacts-node.ts", "visit-services/procedures-to-code.ts"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Relative module specifiers of a file: import/export ... from "x", import("x"). */
function specifiers(text: string): string[] {
  const found = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.[^"']+)["']/gms)].map((m) => m[1] ?? "");
  for (const m of text.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)) found.push(m[1] ?? "");
  return found;
}

/** "store/code-store.ts" for a file in a folder of src/coding, else undefined. */
function codingFolderFile(path: string): { folder: string; rest: string } | undefined {
  const rel = relative(CODING, path);
  if (rel.startsWith("..")) return undefined;
  const parts = rel.split(sep);
  if (parts.length < 2) return undefined;
  return { folder: parts[0] ?? "", rest: parts.slice(1).join("/") };
}

const folders = readdirSync(CODING).filter((name) => statSync(join(CODING, name)).isDirectory() && readdirSync(join(CODING, name)).some((f) => f.endsWith(".ts")));

describe("src/coding layout", () => {
  it("keeps only the public index and a few general files at its root", () => {
    const root = readdirSync(CODING).filter((name) => name.endsWith(".ts")).sort();
    expect(root).toEqual(["code-index.ts", "index.ts", "own-value.ts", "parse-csv.ts", "systems.ts"]);
  });

  it("gives every folder of code a public index", () => {
    expect(folders.length).toBeGreaterThanOrEqual(9);
    expect(folders.filter((folder) => !readdirSync(join(CODING, folder)).includes("index.ts"))).toEqual([]);
  });

  it("is imported from other folders and packages only through a folder's index", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files(SRC)) {
      const from = codingFolderFile(file);
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        const to = codingFolderFile(resolve(file, "..", spec));
        if (to === undefined || to.folder === from?.folder || !to.rest.endsWith(".ts")) continue;
        checked++;
        const target = `${to.folder}/${to.rest}`;
        if (to.rest !== "index.ts" && !BY_PATH_ONLY.includes(target)) wrong.push(`${relative(SRC, file)} -> ${spec}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
