import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gunzipArtifact } from "../../../src/coding/search/load-code-index.ts";
import { loadCodeIndex } from "../../../src/coding/index.ts";
import { REPO_CODESETS_DIR } from "../../../src/coding/artifacts/read-artifacts-node.ts";

describe("loading the artifacts the way the browser does", () => {
  it("gunzips with DecompressionStream, and passes through bytes a server already gunzipped", async () => {
    const bytes = new TextEncoder().encode('{"a":"é"}');
    expect(await gunzipArtifact(new Uint8Array(gzipSync(bytes)))).toEqual(bytes);
    expect(await gunzipArtifact(bytes)).toEqual(bytes);
  });

  it("fetches the six artifacts from a base URL and builds a working index", async () => {
    const requested: string[] = [];
    const fakeFetch = async (input: string | URL | Request): Promise<Response> => {
      const url = String(input);
      requested.push(url);
      const bytes = readFileSync(join(REPO_CODESETS_DIR, url.split("/").pop() ?? ""));
      // One server sends the .gz bytes as they are, another undoes the gzip for us.
      return new Response(url.includes("hcpcs") ? gunzipSync(bytes) : bytes);
    };
    const index = await loadCodeIndex({ source: { kind: "url", baseUrl: "https://app.example/codesets", fetch: fakeFetch as typeof fetch } });
    expect(requested.sort()).toEqual([
      "https://app.example/codesets/hcpcs.codeset.gz", "https://app.example/codesets/icd10cm-notes.codeset.gz",
      "https://app.example/codesets/icd10cm-short.codeset.gz", "https://app.example/codesets/icd10cm.codeset.gz",
      "https://app.example/codesets/other-codes.codeset.gz",
      "https://app.example/codesets/search-index.codeset.gz",
    ]);
    expect(index.search("e119")[0]?.code).toBe("E11.9");
  });

  it("says which artifact failed", async () => {
    const notFound = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(loadCodeIndex({ source: { kind: "url", baseUrl: "/codesets/", fetch: notFound } })).rejects.toThrow(/answered 404/);
  });

  it("names the artifact whose gzip is cut short, in the browser and in Node", async () => {
    const cut = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(REPO_CODESETS_DIR, name)).subarray(0, 1000));
    const fetchCut = (async (input: string | URL | Request) => {
      const name = String(input).split("/").pop() ?? "";
      return new Response(name.startsWith("hcpcs") ? cut(name) : readFileSync(join(REPO_CODESETS_DIR, name)));
    }) as typeof fetch;
    await expect(loadCodeIndex({ source: { kind: "url", baseUrl: "/codesets/", fetch: fetchCut } })).rejects.toThrow(/code-set artifact hcpcs: /);
    const dir = mkdtempSync(join(tmpdir(), "codesets-"));
    for (const f of readdirSync(REPO_CODESETS_DIR)) copyFileSync(join(REPO_CODESETS_DIR, f), join(dir, f));
    writeFileSync(join(dir, "search-index.codeset.gz"), cut("search-index.codeset.gz"));
    await expect(loadCodeIndex({ source: { kind: "directory", path: dir } })).rejects.toThrow(/code-set artifact search: /);
  });

  it("builds the same index whether the ICD-10-CM table is built while the other files inflate or afterwards", async () => {
    const { readCodeArtifacts } = await import("../../../src/coding/search/load-code-index.ts");
    const { createCodeIndex } = await import("../../../src/coding/search/create-code-index.ts");
    const pipelined = await loadCodeIndex({ source: { kind: "directory", path: "" } });
    const afterwards = createCodeIndex(await readCodeArtifacts({ kind: "directory", path: "" }));
    for (const q of ["e119", "diab typ 2 neph", "s93.4", "G0660", "htn"]) expect(pipelined.search(q)).toEqual(afterwards.search(q));
    expect(pipelined.lookup("http://hl7.org/fhir/sid/icd-10-cm", "S93.401A")).toEqual(afterwards.lookup("http://hl7.org/fhir/sid/icd-10-cm", "S93.401A"));
    expect(pipelined.lookup("http://hl7.org/fhir/sid/icd-10-cm", "S93.401A")?.shortDisplay).toBe("Sprain of unspecified ligament of right ankle, init encntr");
  });
});
