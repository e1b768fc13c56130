import { describe, expect, it } from "vitest";
import { decodeArtifactBytes, encodeArtifactBytes } from "../../../src/coding/artifacts/artifact-container.ts";

const longText = (seed: string): string => Array.from({ length: 300 }, (_, i) => `${seed} ${i} é—ü`).join("\n");

describe("the artifact byte container", () => {
  it("gives back every field, long strings (with non-ASCII text) as columns and the rest in the header", () => {
    const value = { format: 3, kind: "test", short: "kept in the header", list: [1, 2], long: longText("a"), other: longText("b") };
    const bytes = encodeArtifactBytes(value);
    const header = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(10)));
    expect(header).toContain('"short":"kept in the header"');
    expect(header).not.toContain("é—ü");
    expect(decodeArtifactBytes(bytes, "test")).toEqual(value);
  });

  it("keeps a byte array as a binary column, whatever bytes it holds", () => {
    const ids = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
    const back = decodeArtifactBytes(encodeArtifactBytes({ kind: "test", ids, after: longText("e") }), "test");
    expect(back["ids"]).toBeInstanceOf(Uint8Array);
    expect([...(back["ids"] as Uint8Array)]).toEqual([...ids]);
    expect(back["after"]).toBe(longText("e"));
  });

  it("is deterministic: the same value gives the same bytes", () => {
    const value = { kind: "test", long: longText("c") };
    expect(encodeArtifactBytes(value)).toEqual(encodeArtifactBytes({ ...value }));
  });

  it("names the artifact when the bytes are cut short, have extra bytes, or are not a container", () => {
    const bytes = encodeArtifactBytes({ kind: "test", long: longText("d") });
    expect(() => decodeArtifactBytes(bytes.subarray(0, bytes.length - 5), "icd10cm")).toThrow(/icd10cm: column long is cut short/);
    const extra = new Uint8Array(bytes.length + 2);
    extra.set(bytes);
    expect(() => decodeArtifactBytes(extra, "hcpcs")).toThrow(/hcpcs: 2 bytes after the last column/);
    expect(() => decodeArtifactBytes(new TextEncoder().encode('{"kind":"test"}\n'), "notes")).toThrow(/notes: not a column container/);
    expect(() => decodeArtifactBytes(new TextEncoder().encode("<html>404</html>"), "search")).toThrow(/search: the header is not JSON/);
  });

  it("reads a header-only container without its final newline, and says a column is cut short when the newline is missing", () => {
    const headerOnly = new TextEncoder().encode('{"kind":"test","n":1,"$columns":[]}');
    expect(decodeArtifactBytes(headerOnly, "other")).toEqual({ kind: "test", n: 1 });
    const noNewline = new TextEncoder().encode('{"kind":"test","$columns":[["long",4]]}');
    expect(() => decodeArtifactBytes(noNewline, "other")).toThrow(/other: column long is cut short/);
  });
});
