import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { artifactManifest } from "../../../scripts/vite-hashed-artifacts.ts";
import { codeSetCacheKey, indexedDbStore, keySet, KEPT_FORMAT, loadCodeSets, type DecodedStore, type KeptCodeSets } from "../../../src/ui/coding/code-set-cache.ts";
import { NEEDS } from "../../../src/ui/coding/code-worker-protocol.ts";
import { loadCodeIndex } from "../../../src/coding/search/load-code-index.ts";
import { suggestDiagnoses } from "../../../src/coding/suggest/index.ts";
import { fromStoredParts, INDEX_PARTS_FORMAT, toStoredParts } from "../../../src/ui/coding/built-index-parts.ts";

const publicDir = resolve(import.meta.dirname, "../../../public");
const APP = "https://app.example/";
const manifest = artifactManifest(publicDir, true);

/** Serves public/ under the content-addressed names (as a built app is served); records what was asked. */
function server(options: { failing?: RegExp } = {}) {
  const asked: string[] = [];
  const byPath = new Map(Object.entries(manifest).map(([plain, f]) => [f.path, plain]));
  const fetcher = (async (input: string | URL | Request) => {
    const path = new URL(String(input)).pathname.slice(1);
    asked.push(path);
    const plain = byPath.get(path);
    if (plain && options.failing?.test(plain)) return new Response("", { status: 503 });
    return plain ? new Response(readFileSync(resolve(publicDir, plain))) : new Response("", { status: 404 });
  }) as typeof fetch;
  /** How many times the file of `plain` ("icd10cm-notes") was asked for. */
  const count = (plain: string) => asked.filter((p) => p.startsWith(`codesets/${plain}.`)).length;
  return { fetcher, asked, count };
}

function mapStore() {
  const entries = new Map<string, unknown>();
  const store: DecodedStore = {
    get: async (key) => structuredClone(entries.get(key)),
    put: async (key, value) => {
      for (const old of [...entries.keys()]) if (keySet(old) !== keySet(key)) entries.delete(old);
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
    // The notes and the short titles are not part of the launch.
    expect(first.asked).toHaveLength(4);
    expect(first.count("icd10cm-notes") + first.count("icd10cm-short")).toBe(0);
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
    await Promise.all([cold.need("notes"), cold.need("icd10cmShort")]);
    expect(first.count("icd10cm-notes")).toBe(1);
    expect([...entries.keys()].sort()).toEqual([`${codeSetCacheKey(manifest)}`, `${codeSetCacheKey(manifest)}|icd10cmShort`, `${codeSetCacheKey(manifest)}|notes`]);
    await Promise.all([warm.need("notes"), warm.need("icd10cmShort")]);
    // Read from the store: the cold launch kept them when they arrived.
    expect(second.asked).toEqual([]);
    expect(warm.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")).toEqual(cold.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22"));
  });

  it("a search answers before the notes are fetched; the first suggestion's notes are fetched once, however many ask", async () => {
    const asked = server();
    const sets = await loadCodeSets({ appBase: APP, manifest, store: mapStore().store, fetch: asked.fetcher });
    expect(sets.index.search("type 2 diabetes with chronic kidney disease")[0]?.code).toMatch(/^E11\.2/);
    expect(sets.index.has).toEqual({ notes: false, shortTitles: false });
    expect(asked.count("icd10cm-notes")).toBe(0);
    // Before the notes, a lookup has none and a short title is the long one.
    expect(sets.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")?.notes ?? {}).toEqual({});
    await Promise.all([sets.need("notes"), sets.need("notes"), sets.need("notes")]);
    expect(asked.count("icd10cm-notes")).toBe(1);
    expect(asked.count("icd10cm-short")).toBe(0);
    await sets.need("notes");
    expect(asked.count("icd10cm-notes")).toBe(1);
    expect(sets.index.has.notes).toBe(true);
    expect(sets.index.info.notesEdition).toMatch(/^FY\d{4} Tabular$/);
    const e11 = sets.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22");
    expect(e11?.notes?.useAdditionalCode?.length).toBeGreaterThan(0);
    // Same answer as an index given every file at once (the Node loader).
    const all = await loadCodeIndex();
    expect(e11?.notes).toEqual(all.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")?.notes);
    const before = sets.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")?.shortDisplay;
    await sets.need("icd10cmShort");
    const after = sets.index.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")?.shortDisplay;
    expect(before).toBe(e11?.display);
    expect(after).toBe(all.lookup("http://hl7.org/fhir/sid/icd-10-cm", "E11.22")?.shortDisplay);
    expect(after).not.toBe(before);
    expect(asked.count("icd10cm-short")).toBe(1);
    // The first suggestion reads the inclusion terms: same suggestions as with every file at once.
    const condition = { resourceType: "Condition", subject: { reference: "Patient/p" }, code: { text: "sugar diabetes with kidney disease" } } as const;
    expect(suggestDiagnoses(condition, sets.index).map((s) => s.coding.code)).toEqual(suggestDiagnoses(condition, all).map((s) => s.coding.code));
  });

  it("the worker loads the notes before lookups, suggestions, scrubs and the info, and never before a search", () => {
    expect(NEEDS.search).toBeUndefined();
    expect(NEEDS["add-codings"]).toBeUndefined();
    expect(NEEDS.suggest).toEqual(["notes"]);
    expect(NEEDS.scrub).toEqual(["notes"]);
    expect(NEEDS.info).toEqual(["notes"]);
    expect([...(NEEDS.lookup ?? [])].sort()).toEqual(["icd10cmShort", "notes"]);
  });

  it("a failed notes download says what failed, and the next need tries again", async () => {
    let failing = true;
    const good = server();
    const bad = server({ failing: /notes/ });
    const fetcher = ((input: string | URL | Request) => (failing ? bad : good).fetcher(input)) as typeof fetch;
    const sets = await loadCodeSets({ appBase: APP, manifest, store: mapStore().store, fetch: fetcher });
    await expect(sets.need("notes")).rejects.toThrow(/the ICD-10-CM Tabular notes could not be loaded \(code sets: .*icd10cm-notes.* answered 503\); try again/);
    expect(sets.index.has.notes).toBe(false);
    // Searches go on.
    expect(sets.index.search("E11.9")[0]?.code).toBe("E11.9");
    failing = false;
    await sets.need("notes");
    expect(good.count("icd10cm-notes")).toBe(1);
    expect(sets.index.has.notes).toBe(true);
  });

  it("a kept notes entry that does not decode is fetched again and replaced", async () => {
    const { store, entries } = mapStore();
    const cold = await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher });
    await cold.save?.();
    const key = `${codeSetCacheKey(manifest)}|notes`;
    entries.set(key, new Uint8Array([1, 2, 3]));
    const asked = server();
    const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: asked.fetcher });
    expect(warm.from).toBe("cache");
    await warm.need("notes");
    expect(asked.count("icd10cm-notes")).toBe(1);
    expect((entries.get(key) as Uint8Array).length).toBeGreaterThan(1000);
  });

  it("a changed artifact is a new key: the stored structures of the old ones are not used", async () => {
    const { store, entries } = mapStore();
    await (await loadCodeSets({ appBase: APP, manifest, store, fetch: server().fetcher })).save?.();
    const changed = { ...manifest, "codesets/hcpcs.codeset.gz": { ...manifest["codesets/hcpcs.codeset.gz"]!, hash: "000000000000" } };
    expect(codeSetCacheKey(changed)).not.toBe(codeSetCacheKey(manifest));
    const again = server();
    const result = await loadCodeSets({ appBase: APP, manifest: changed, store, fetch: again.fetcher });
    expect(result.from).toBe("network");
    expect(again.asked).toHaveLength(4);
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
    const parts = fromStoredParts(kept.built)!;
    const vocab = parts.store.words.vocab;
    const at = vocab.indexOf("diabetes");
    expect(at).toBeGreaterThan(0);
    expect(vocab[at + 1]! > "diabetesqqq").toBe(true);
    vocab[at] = "diabetesqqq";
    kept.built = toStoredParts(parts);
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
    const parts = fromStoredParts(kept.built)!;
    const header = (buffer: ArrayBuffer, edit: (h: { format: number; arrays: number[][] }) => void) => {
      const copy = buffer.slice(0);
      const length = new DataView(copy).getUint32(0, true);
      const h = JSON.parse(new TextDecoder().decode(new Uint8Array(copy, 4, length)));
      edit(h);
      // Same length: pad with spaces so the arrays stay where they are.
      const text = JSON.stringify(h).padEnd(length, " ");
      new Uint8Array(copy).set(new TextEncoder().encode(text).subarray(0, length), 4);
      return copy;
    };
    for (const damaged of [
      undefined,
      new ArrayBuffer(3),
      kept.built.slice(0, 100),
      header(kept.built, (h) => { h.format = INDEX_PARTS_FORMAT + 1; }),
      header(kept.built, (h) => { h.arrays[0]![1] = 1e9; }),
      toStoredParts({ ...parts, store: { ...parts.store, byKey: new Int32Array(3) } }),
      toStoredParts({ ...parts, icd: { ...parts.icd, parents: new Int32Array(3) } }),
    ]) {
      entries.set(key, { format: KEPT_FORMAT, files: kept.files, built: damaged as ArrayBuffer });
      const asked = server();
      const warm = await loadCodeSets({ appBase: APP, manifest, store, fetch: asked.fetcher });
      expect(warm.from).toBe("cache");
      expect(asked.asked).toEqual([]);
      expect(warm.index.search("chest pain")).toEqual(cold.index.search("chest pain"));
      expect(warm.save).toBeDefined();
      await warm.save?.();
      expect(fromStoredParts((entries.get(key) as KeptCodeSets).built)).toBeDefined();
    }
  });

  it("the key names the index-parts format, so an entry of another format is never read", () => {
    expect(codeSetCacheKey(manifest)).toMatch(new RegExp(`:index-${INDEX_PARTS_FORMAT}:kept-${KEPT_FORMAT}$`));
  });

  it("a store that fails to read or refuses the write (quota) costs a decode, never the launch", async () => {
    const failing: DecodedStore = {
      get: async () => { throw new DOMException("The database connection is closing.", "InvalidStateError"); },
      put: async () => { throw new DOMException("Quota exceeded", "QuotaExceededError"); },
    };
    const asked = server();
    const result = await loadCodeSets({ appBase: APP, manifest, store: failing, fetch: asked.fetcher });
    expect(result.from).toBe("network");
    expect(asked.asked).toHaveLength(4);
    await expect(result.save?.()).resolves.toBeUndefined();
    await expect(result.need("notes")).resolves.toBeUndefined();
    expect(result.index.search("E11.9")[0]?.code).toBe("E11.9");
  });

  it("without IndexedDB there is no store, and the code sets load from the network with nothing to save", async () => {
    expect(indexedDbStore(undefined)).toBeUndefined();
    const result = await loadCodeSets({ appBase: APP, manifest, store: undefined, fetch: server().fetcher });
    expect(result.from).toBe("network");
    expect(result.save).toBeUndefined();
  });
});
