import type { ChargeItem, Condition, Encounter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { routinePrenatalVisit } from "../../../../src/coding/em/prenatal-visit.ts";
import { compareLevels, emFamily, providerLevel } from "../../../../src/coding/em/provider-level.ts";

const CPT = "http://www.ama-assn.org/go/cpt";
const enc = (typeText: string, start = "2026-11-18T09:00:00Z", extra: Partial<Encounter> = {}): Encounter => ({ resourceType: "Encounter", status: "finished", class: { code: "AMB" }, type: [{ text: typeText }], period: { start }, ...extra });
const dx = (code: string): Condition => ({ resourceType: "Condition", subject: { reference: "Patient/p" }, code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code }] } });

describe("routinePrenatalVisit: no separate E/M inside the global obstetric package", () => {
  it("an initial prenatal visit: 0500F, with the rule explained", () => {
    const visit = routinePrenatalVisit(enc("Prenatal initial visit"), [dx("Z34.01")], []);
    expect(visit).toMatchObject({ trackingCode: "0500F" });
    expect(visit?.rule).toContain("global obstetric package");
    expect(visit?.rule).toContain("59400");
  });
  it("a later routine visit: 0502F when an earlier prenatal visit is on the chart", () => {
    expect(routinePrenatalVisit(enc("Prenatal visit"), [], [enc("Prenatal initial visit", "2026-09-01T09:00:00Z")])).toMatchObject({ trackingCode: "0502F" });
  });
  it("from the reason for visit (Normal pregnancy, SNOMED 72892002)", () => {
    const e = enc("Office visit", "2026-11-18T09:00:00Z", { reasonCode: [{ coding: [{ system: "http://snomed.info/sct", code: "72892002", display: "Normal pregnancy" }] }] });
    expect(routinePrenatalVisit(e, [], [enc("Antenatal care", "2026-10-01T09:00:00Z")])).toMatchObject({ trackingCode: "0502F" });
  });
  it("a pregnancy complication (O-code other than O09) or an ordinary visit is not routine prenatal", () => {
    expect(routinePrenatalVisit(enc("Prenatal visit"), [dx("O13.2")], [])).toBeUndefined();
    expect(routinePrenatalVisit(enc("Prenatal visit"), [dx("O09.512")], [])).toMatchObject({ trackingCode: "0500F" });
    expect(routinePrenatalVisit(enc("Office visit, diabetes follow-up"), [dx("E11.9")], [])).toBeUndefined();
  });
});

describe("providerLevel and compareLevels: the provider's E/M beside the helper's", () => {
  it("reads a CPT E/M on Encounter.type, else on an EMR ChargeItem", () => {
    const typed: Encounter = { ...enc("Office visit"), type: [{ coding: [{ system: CPT, code: "99215" }], text: "Office visit" }] };
    expect(providerLevel(typed, [])).toEqual({ code: "99215", source: "Encounter.type" });
    const charge: ChargeItem = { resourceType: "ChargeItem", id: "ci-1", status: "billable", subject: { reference: "Patient/p" }, code: { coding: [{ system: CPT, code: "99284" }] } };
    expect(providerLevel(enc("ED"), [charge])).toEqual({ code: "99284", source: "ChargeItem/ci-1" });
    expect(providerLevel(enc("ED"), [{ ...charge, status: "entered-in-error" }])).toBeUndefined();
    expect(providerLevel({ ...enc("x"), type: [{ coding: [{ system: CPT, code: "93000" }] }] }, [])).toBeUndefined();
  });

  it.each([
    ["99213", 3], ["99202", 2], ["99285", 5], ["99239", 2], ["99350", 4], ["99392", 2], ["93000", undefined], ["99499", undefined],
  ])("emFamily(%s) level %s", (code, level) => {
    expect(emFamily(code)?.level).toBe(level);
  });

  it("the same code is not flagged", () => {
    expect(compareLevels("99213", "99213", "20 min")).toEqual({ kind: "same" });
  });
  it("a higher level: over-coded unless documented", () => {
    const c = compareLevels("99215", "99213", "low decision making");
    expect(c).toMatchObject({ kind: "differs", reason: expect.stringContaining("2 levels higher than 99213") });
    expect(c.kind === "differs" && c.reason).toContain("over-coded");
  });
  it("a lower level: under-coded", () => {
    expect(compareLevels("99212", "99214", "30 min")).toMatchObject({ kind: "differs", reason: expect.stringContaining("2 levels lower") });
  });
  it("another family: setting or new/established in words", () => {
    expect(compareLevels("99215", "99284", "moderate decision making")).toMatchObject({ reason: expect.stringContaining("office visit, established patient code; the chart supports a emergency department visit") });
    expect(compareLevels("99204", "99214", "seen before")).toMatchObject({ reason: expect.stringContaining("new patient") });
  });
});
