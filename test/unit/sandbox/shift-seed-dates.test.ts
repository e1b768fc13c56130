import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { daysBetween, NEWEST_ENCOUNTER_DAYS_BEFORE, newestEncounterDate, shiftDateValue, shiftSeedDates } from "../../../smart-launch/clock/shift-seed-dates.ts";

type Json = Record<string, unknown> & { resourceType: string; id?: string };

const SEED = JSON.parse(gunzipSync(readFileSync(resolve(import.meta.dirname, "../../../smart-launch/data/seed.json.gz"))).toString("utf8")) as Json[];

const encounter = (id: string, start: string, end: string): Json => ({ resourceType: "Encounter", id, period: { start, end } });

/** Every string in a resource with its path, e.g. ["Encounter.period.start", "2026-11-20T09:00:00-05:00"]. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, path));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe("shiftDateValue", () => {
  it.each([
    ["2026-11-20", 3, "2026-11-23"],
    ["2026-11-20T09:00:00-05:00", 45, "2027-01-04T09:00:00-05:00"],
    ["2024-02-28T23:59:59.123Z", 1, "2024-02-29T23:59:59.123Z"],
    ["2025-03-01T00:30:00+05:30", -1, "2025-02-28T00:30:00+05:30"],
    ["1962-04-17", 366, "1963-04-18"],
  ])("moves %s by %i days to %s, time and offset as written", (value, days, expected) => {
    expect(shiftDateValue(value, days)).toBe(expected);
  });

  it.each(["2155", "2026", "2026-11", "E11.22", "Office visit, 2026-11-20", "urn:uuid:2026-11-20", "99214"])("leaves %s alone", (value) => {
    expect(shiftDateValue(value, 10)).toBe(value);
  });
});

describe("shiftSeedDates", () => {
  const seed: Json[] = [
    { resourceType: "Patient", id: "p", birthDate: "1962-04-17", address: [{ postalCode: "2155" }] },
    encounter("old", "2026-11-06T08:40:00-05:00", "2026-11-06T14:21:00Z"),
    encounter("newest", "2026-11-20T09:00:00-05:00", "2026-11-20T14:32:00Z"),
    { resourceType: "Procedure", id: "x", performedDateTime: "2026-11-20T09:20:00-05:00", code: { text: "Blood draw" } },
    { resourceType: "Coverage", id: "c", period: { start: "2026-01-01" } },
  ];

  it("puts the newest encounter NEWEST_ENCOUNTER_DAYS_BEFORE days before the reference date", () => {
    const { resources, days } = shiftSeedDates(seed, "2030-06-15");
    expect(newestEncounterDate(resources)).toBe("2030-06-12");
    expect(days).toBe(daysBetween("2026-11-20", "2030-06-15") - NEWEST_ENCOUNTER_DAYS_BEFORE);
  });

  it("moves every date by the same days, leaves other strings and the input as they were", () => {
    const { resources, days } = shiftSeedDates(seed, "2027-01-10");
    expect(days).toBe(48);
    expect(resources[0]).toEqual({ resourceType: "Patient", id: "p", birthDate: "1962-06-04", address: [{ postalCode: "2155" }] });
    expect(resources[2]).toEqual(encounter("newest", "2027-01-07T09:00:00-05:00", "2027-01-07T14:32:00Z"));
    expect(resources[3]).toMatchObject({ performedDateTime: "2027-01-07T09:20:00-05:00", code: { text: "Blood draw" } });
    expect(resources[4]).toEqual({ resourceType: "Coverage", id: "c", period: { start: "2026-02-18" } });
    expect(seed[0]?.["birthDate"]).toBe("1962-04-17");
  });

  it("moves nothing when the newest encounter is already where it belongs", () => {
    expect(shiftSeedDates(seed, "2026-11-23")).toEqual({ resources: seed, days: 0 });
  });
});

describe("the committed seed, moved", () => {
  const REFERENCE = "2031-06-15";
  const { resources, days } = shiftSeedDates(SEED, REFERENCE);

  it("has its newest encounter 3 days before the reference date", () => {
    expect(newestEncounterDate(resources)).toBe("2031-06-12");
  });

  it("moves only date elements, each by the same whole days, and keeps every interval", () => {
    const changedPaths = new Set<string>();
    resources.forEach((moved, i) => {
      const before = strings(SEED[i], moved.resourceType);
      const after = strings(moved, moved.resourceType);
      after.forEach(([path, value], j) => {
        const original = before[j]?.[1] ?? "";
        if (value === original) return;
        changedPaths.add(path);
        expect(daysBetween(original, value), `${moved.id} ${path}`).toBe(days);
        if (original.length > 10) expect(Date.parse(value) - Date.parse(original)).toBe(days * 86_400_000);
      });
    });
    const dateElement = /\.(birthDate|deceasedDateTime|created|recordedDate|onsetDateTime|abatementDateTime|performedDateTime|effectiveDateTime|occurrenceDateTime|presentationDate|issued|date|start|end)$/;
    expect([...changedPaths].filter((path) => !dateElement.test(path))).toEqual([]);
    expect(changedPaths).toContain("Patient.birthDate");
    expect(changedPaths).toContain("Encounter.period.start");
    expect(changedPaths).toContain("DocumentReference.date");
    expect(changedPaths).toContain("Immunization.occurrenceDateTime");
  });
});
