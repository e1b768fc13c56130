import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { artifactManifest } from "../../../scripts/vite-hashed-artifacts.ts";
import { codeSetCacheKey, indexedDbStore, loadCodeSets, type DecodedStore, type KeptCodeSets } from "../../../src/ui/coding/code-set-cache.ts";
import { INDEX_PARTS_FORMAT } from "../../../src/ui/coding/built-index-parts.ts";

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
    put: async (key, value: KeptCodeSets) => {
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
    // Nothing is written until the worker runs the save (when nothing else waits).
    expect(entries.size).toBe(0);
    await cold.save?.();
    expect([...entries.keys()]).toEqual([codeSetCacheKey(manifest)]);

    const second = server();
    const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: second.fetcher });
    expect(warm.from).toBe("cache");
    expect(second.asked).toEqual([]);
    // The entry held the built parts too: nothing to write again.
    expect(warm.save).toBeUndefined();
    for (const q of ["type 2 diabetes with ckd", "E11.9", "chest pain", "J0696"]) expect(warm.index.search(q)).toEqual(cold.index.search(q));
    expect(warm.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")).toEqual(cold.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22"));
  });

  it("a changed artifact is a new key: the stored structures of the old ones are not used", async () => {
    const { store, entries } = mapStore();
    await (await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher })).save?.();
    const changed = { ...manifest, "codesets/hcpcs.codeset.gz": { ...manifest["codesets/hcpcs.codeset.gz"]!, hash: "000000000000" } };
    expect(codeSetCacheKey(changed)).not.toBe(codeSetCacheKey(manifest));
    const again = server();
    const result = await loadCodeSets({ appBase: APP, manifest: changed, store, fetch: again.fetcher });
    expect(result.from).toBe("network");
    expect(again.asked).toHaveLength(6);
    await result.save?.();
    expect([...entries.keys()]).toEqual([codeSetCacheKey(changed)]);
  });

  it("an unreadable stored entry is decoded again from the network", async () => {
    const key = codeSetCacheKey(manifest) as string;
    const store: DecodedStore = { get: async (k) => (k === key ? { icd10cm: "garbage" } : undefined), put: async () => undefined };
    const again = server();
    expect((await loadCodeSets({ appBase: APP, manifest, store, fetch: again.fetcher })).from).toBe("network");
  });

  it("a warm launch builds nothing: the index reads the kept hierarchy, ranking facts and word postings", async () => {
    const { store, entries } = mapStore();
    const cold = await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher });
    await cold.save?.();
    const key = codeSetCacheKey(manifest) as string;
    // Rename one word in the kept vocabulary (the order stays sorted): only an index made from the kept parts knows it.
    const kept = entries.get(key) as KeptCodeSets;
    const vocab = kept.built.store.words.vocab.split("\n");
    const at = vocab.indexOf("diabetes");
    expect(at).toBeGreaterThan(0);
    expect(vocab[at + 1]! > "diabetesqqq").toBe(true);
    vocab[at] = "diabetesqqq";
    kept.built.store.words.vocab = vocab.join("\n");
    const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher });
    expect(warm.from).toBe("cache");
    const e11 = (hits: { code: string }[]) => hits.filter((h) => h.code.startsWith("E11")).length;
    expect(e11(warm.index.search("diabetesqqq"))).toBeGreaterThan(0);
    expect(e11(cold.index.search("diabetesqqq"))).toBe(0);
  });

  it("kept artifacts without usable built parts are read, the index is built, and the entry is completed", async () => {
    const { store, entries } = mapStore();
    const cold = await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher });
    await cold.save?.();
    const key = codeSetCacheKey(manifest) as string;
    const kept = entries.get(key) as KeptCodeSets;
    for (const damaged of [undefined, { ...kept.built, format: INDEX_PARTS_FORMAT + 1 }, { ...kept.built, store: { ...kept.built.store, words: { ...kept.built.store.words, post: [1, 2, 3] } } }, { ...kept.built, store: { ...kept.built.store, byKey: new Int32Array(3) } }, { ...kept.built, icd: { ...kept.built.icd, parents: new Int32Array(3) } }]) {
      entries.set(key, { artifacts: kept.artifacts, built: damaged });
      const asked = server();
      const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: asked.fetcher });
      expect(warm.from).toBe("cache");
      expect(asked.asked).toEqual([]);
      expect(warm.index.search("chest pain")).toEqual(cold.index.search("chest pain"));
      expect(warm.save).toBeDefined();
      await warm.save?.();
      expect((entries.get(key) as KeptCodeSets).built.format).toBe(INDEX_PARTS_FORMAT);
    }
  });

  it("the key names the index-parts format, so an entry of another format is never read", () => {
    expect(codeSetCacheKey(manifest)).toMatch(new RegExp(`:index-${INDEX_PARTS_FORMAT}$`));
  });

  it("a store that fails to read or refuses the write (quota) costs a decode, never the launch", async () => {
    const failing: DecodedStore = {
      get: async () => { throw new DOMException("The database connection is closing.", "InvalidStateError"); },
      put: async () => { throw new DOMException("Quota exceeded", "QuotaExceededError"); },
    };
    const asked = server();
    const result = await loadCodeSets({ appBase: APP, manifest, store: failing, fetch: asked.fetcher });
    expect(result.from).toBe("network");
    expect(asked.asked).toHaveLength(6);
    await expect(result.save?.()).resolves.toBeUndefined();
    expect(result.index.search("E11.9")[0]?.code).toBe("E11.9");
  });

  it("without IndexedDB there is no store, and the code sets load from the network with nothing to save", async () => {
    expect(indexedDbStore(undefined)).toBeUndefined();
    const result = await loadCodeSets({ appBase: APP, manifest, store: undefined, fetch: server().fetcher });
    expect(result.from).toBe("network");
    expect(result.save).toBeUndefined();
  });
});
