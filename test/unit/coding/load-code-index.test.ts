import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeArtifactBytes } from "../../../src/coding/load-code-index.ts";
import { loadCodeIndex } from "../../../src/coding/index.ts";
import { REPO_CODESETS_DIR } from "../../../src/coding/read-artifacts-node.ts";

describe("loading the artifacts the way the browser does", () => {
  it("gunzips with DecompressionStream, and passes through bytes a server already gunzipped", async () => {
    const text = '{"a":"é"}';
    expect(await decodeArtifactBytes(new Uint8Array(gzipSync(Buffer.from(text))))).toBe(text);
    expect(await decodeArtifactBytes(new TextEncoder().encode(text))).toBe(text);
  });

  it("fetches the five artifacts from a base URL and builds a working index", async () => {
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
      "https://app.example/codesets/hcpcs.json.gz", "https://app.example/codesets/icd10cm-notes.json.gz",
      "https://app.example/codesets/icd10cm.json.gz", "https://app.example/codesets/other-codes.json.gz",
      "https://app.example/codesets/search-index.json.gz",
    ]);
    expect(index.search("e119")[0]?.code).toBe("E11.9");
  });

  it("says which artifact failed", async () => {
    const notFound = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(loadCodeIndex({ source: { kind: "url", baseUrl: "/codesets/", fetch: notFound } })).rejects.toThrow(/answered 404/);
  });
});
