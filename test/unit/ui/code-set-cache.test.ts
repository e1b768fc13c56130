import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeArtifacts } from "../../../src/coding/artifacts/code-artifacts.ts";
import { artifactManifest } from "../../../scripts/vite-hashed-artifacts.ts";
import { codeSetCacheKey, loadCodeSets, type DecodedStore } from "../../../src/ui/coding/code-set-cache.ts";

const publicDir = resolve(import.meta.dirname, "../../../public");
const APP = "https://app.example/";
const manifest = artifactManifest(publicDir, true);

/** Serves public/ under the content-addressed names (as a built app is served); records what was asked. */
function server() {
  const asked: string[] = [];
  const byPath = new Map(Object.entries(manifest).map(([plain, f]) => [f.path, plain]));
  const fetcher = (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname.slice(1);
    asked.push(path);
    const plain = byPath.get(path);
    return plain ? new Response(readFileSync(resolve(publicDir, plain))) : new Response("", { status: 404 });
  }) as typeof fetch;
  return { fetcher, asked };
}

function mapStore() {
  const entries = new Map<string, unknown>();
  const store: DecodedStore = {
    get: async (key) => structuredClone(entries.get(key)),
    put: async (key, value: CodeArtifacts) => {
      entries.clear();
      entries.set(key, structuredClone(value));
    },
  };
  return { store, entries };
}

describe("the browser's cache of decoded code sets", () => {
  it("decodes on the first launch, then builds the same index from the stored structures without fetching", async () => {
    const { store, entries } = mapStore();
    const first = server();
    const cold = await loadCodeSets({ appBase: APP, manifest, store, fetch: first.fetcher });
    expect(cold.from).toBe("network");
    expect(first.asked.every((p) => /\.[0-9a-f]{12}\.gz$/.test(p))).toBe(true);
    expect(first.asked).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 0));
    expect([...entries.keys()]).toEqual([codeSetCacheKey(manifest)]);

    const second = server();
    const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: second.fetcher });
    expect(warm.from).toBe("cache");
    expect(second.asked).toEqual([]);
    for (const q of ["type 2 diabetes with ckd", "E11.9", "chest pain", "J0696"]) expect(warm.index.search(q)).toEqual(cold.index.search(q));
    expect(warm.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")).toEqual(cold.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22"));
  });

  it("a changed artifact is a new key: the stored structures of the old ones are not used", async () => {
    const { store, entries } = mapStore();
    await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher });
    const changed = { ...manifest, "codesets/hcpcs.codeset.gz": { ...manifest["codesets/hcpcs.codeset.gz"]!, hash: "000000000000" } };
    expect(codeSetCacheKey(changed)).not.toBe(codeSetCacheKey(manifest));
    const again = server();
    const result = await loadCodeSets({ appBase: APP, manifest: changed, store, fetch: again.fetcher });
    expect(result.from).toBe("network");
    expect(again.asked).toHaveLength(6);
    await new Promise((r) => setTimeout(r, 0));
    expect([...entries.keys()]).toEqual([codeSetCacheKey(changed)]);
  });

  it("an unreadable stored entry is decoded again from the network", async () => {
    const key = codeSetCacheKey(manifest) as string;
    const store: DecodedStore = { get: async (k) => (k === key ? { icd10cm: "garbage" } : undefined), put: async () => undefined };
    const again = server();
    expect((await loadCodeSets({ appBase: APP, manifest, store, fetch: again.fetcher })).from).toBe("network");
  });
});
