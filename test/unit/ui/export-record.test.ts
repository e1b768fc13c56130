import { describe, expect, it } from "vitest";
import { EXPORT_RETENTION_DAYS, readExport, writeExport } from "../../../src/ui/claim/submission-storage.ts";

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return { get length() { return map.size; }, clear: () => map.clear(), getItem: (k) => map.get(k) ?? null, key: (i) => [...map.keys()][i] ?? null, removeItem: (k) => void map.delete(k), setItem: (k, v) => void map.set(k, v) };
}

describe("the export record (export path only)", () => {
  const record = { generation: 2, state: "exported" as const, contentHash: "h1", at: "2026-01-10T10:00:00Z" };

  it("is read back while it is young enough to matter for a replacement", () => {
    const storage = memoryStorage();
    writeExport(storage, "k", record);
    expect(readExport(storage, "k", "2026-06-01T00:00:00Z")).toEqual(record);
  });

  it(`expires ${EXPORT_RETENTION_DAYS} days after the export, and is then removed`, () => {
    const storage = memoryStorage();
    writeExport(storage, "k", record);
    expect(readExport(storage, "k", "2027-03-01T00:00:00Z")).toBeUndefined();
    expect(storage.getItem("k")).toBeNull();
  });

  it("a value that is not a record is removed, not trusted", () => {
    const storage = memoryStorage();
    storage.setItem("k", "{\"generation\":\"x\"}");
    expect(readExport(storage, "k", "2026-06-01T00:00:00Z")).toBeUndefined();
    expect(storage.getItem("k")).toBeNull();
  });
});
