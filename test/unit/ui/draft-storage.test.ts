import { beforeEach, describe, expect, it } from "vitest";
import type { ClaimDraft } from "../../../src/billing/claim-draft.ts";
import { draftKey, forgetLocalDraft, purgeLocalDrafts, readDraft, writeDraft } from "../../../src/ui/coding/draft-storage.ts";

/** An in-memory Storage (the browser's interface), so no test touches a real one. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
  keys() { return [...this.items.keys()].sort(); }
}

const SERVER = "https://ehr.example/fhir";
const draft: ClaimDraft = { encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 1, diagnoses: [], lines: [] };
const NOW = "2026-03-10T12:00:00Z";
const DAY = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const age = { now: NOW, retentionDays: 7 };

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe("draft keys", () => {
  it("are per server, user and encounter, under the v2 prefix", () => {
    const key = draftKey(SERVER, "Practitioner/dr1", "Encounter/e1");
    expect(key).toBe(`coding-draft:v2:${SERVER}|Practitioner/dr1|Encounter/e1`);
    expect(draftKey(SERVER, "Practitioner/dr2", "Encounter/e1")).not.toBe(key);
    expect(draftKey("https://other.example/fhir", "Practitioner/dr1", "Encounter/e1")).not.toBe(key);
  });

  it("another user of the same browser does not get the draft", () => {
    writeDraft(storage, draftKey(SERVER, "Practitioner/dr1", "Encounter/e1"), { draft, savedAt: NOW });
    expect(readDraft(storage, draftKey(SERVER, "Practitioner/dr2", "Encounter/e1"), age)).toEqual({ kind: "none" });
    expect(readDraft(storage, draftKey(SERVER, "Practitioner/dr1", "Encounter/e1"), age)).toMatchObject({ kind: "restored", draft });
  });
});

describe("readDraft", () => {
  const key = draftKey(SERVER, "Practitioner/dr1", "Encounter/e1");

  it.each([
    [7, "restored"],
    [6.9, "restored"],
    [7.01, "expired"],
    [30, "expired"],
  ])("a draft saved %s days ago is %s (7 days kept)", (days, kind) => {
    writeDraft(storage, key, { draft, savedAt: daysBefore(days) });
    expect(readDraft(storage, key, age).kind).toBe(kind);
  });

  it("keeps a draft as long as the practice says", () => {
    writeDraft(storage, key, { draft, savedAt: daysBefore(20) });
    expect(readDraft(storage, key, { now: NOW, retentionDays: 30 }).kind).toBe("restored");
  });

  it.each([
    ["garbage", "{not json"],
    ["JSON that is no saved draft", "[1,2]"],
    ["no time of saving", JSON.stringify({ draft })],
    ["a draft of the wrong shape", JSON.stringify({ draft: { lines: 3 }, savedAt: NOW })],
  ])("reports %s as unreadable, without changing storage", (_, raw) => {
    storage.setItem(key, raw);
    const result = readDraft(storage, key, age);
    expect(result.kind).toBe("unreadable");
    expect(storage.getItem(key)).toBe(raw);
  });

  it("restores a draft with a bad field, with the issue at that field", () => {
    storage.setItem(key, JSON.stringify({ draft: { ...draft, lines: [{ id: "l1", system: "cpt", code: "99213", modifiers: [], units: 1, diagnosisPointers: [], placeOfService: "11", unitCharge: Infinity, serviceDate: "2026-03-04" }] }, savedAt: NOW }));
    const result = readDraft(storage, key, age);
    expect(result).toMatchObject({ kind: "restored", issues: [{ severity: "error", expression: ["ClaimDraft.lines[0].unitCharge"] }] });
  });

  it("reads nothing when the browser refuses storage", () => {
    const refusing = Object.assign(new MemoryStorage(), { getItem: () => { throw new Error("SecurityError"); } });
    expect(readDraft(refusing, key, age)).toEqual({ kind: "none" });
  });
});

describe("forgetLocalDraft", () => {
  it("removes that draft only, and never throws", () => {
    const mine = draftKey(SERVER, "Practitioner/dr1", "Encounter/e1");
    const other = draftKey(SERVER, "Practitioner/dr1", "Encounter/e2");
    writeDraft(storage, mine, { draft, savedAt: NOW });
    writeDraft(storage, other, { draft, savedAt: NOW });
    forgetLocalDraft(storage, mine);
    expect(storage.keys()).toEqual([other]);
    const refusing = Object.assign(new MemoryStorage(), { removeItem: () => { throw new Error("SecurityError"); } });
    expect(() => forgetLocalDraft(refusing, mine)).not.toThrow();
  });
});

describe("purgeLocalDrafts", () => {
  it("removes expired, unreadable and v1 drafts, keeps fresh ones, the kept key and other apps' keys", () => {
    const key = (enc: string) => draftKey(SERVER, "Practitioner/dr1", `Encounter/${enc}`);
    writeDraft(storage, key("fresh"), { draft, savedAt: daysBefore(1) });
    writeDraft(storage, key("old"), { draft, savedAt: daysBefore(8) });
    storage.setItem(key("garbage"), "{not json");
    storage.setItem(key("opened"), "{not json either");
    storage.setItem(`coding-draft:v1:${SERVER}|Encounter/e1`, JSON.stringify({ draft, savedAt: NOW }));
    storage.setItem("cpt-descriptors:v1", "[]");
    storage.setItem("SMART_KEY", "\"abc\"");
    const removed = purgeLocalDrafts(storage, { ...age, keep: key("opened") });
    expect(removed.sort()).toEqual([key("garbage"), key("old"), `coding-draft:v1:${SERVER}|Encounter/e1`].sort());
    expect(storage.keys()).toEqual(["SMART_KEY", key("fresh"), key("opened"), "cpt-descriptors:v1"].sort());
  });

  it("counts age from the injected clock", () => {
    const key = draftKey(SERVER, "Practitioner/dr1", "Encounter/e1");
    writeDraft(storage, key, { draft, savedAt: NOW });
    expect(purgeLocalDrafts(storage, { now: new Date(Date.parse(NOW) + 6 * DAY).toISOString(), retentionDays: 7 })).toEqual([]);
    expect(purgeLocalDrafts(storage, { now: new Date(Date.parse(NOW) + 8 * DAY).toISOString(), retentionDays: 7 })).toEqual([key]);
  });
});
