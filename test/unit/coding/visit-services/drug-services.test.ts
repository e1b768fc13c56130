import type { MedicationAdministration, MedicationRequest, MedicationStatement } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { findDrugCodes } from "../../../../src/coding/visit-services/drug-code-match.ts";
import { drugServices, drugsGiven } from "../../../../src/coding/visit-services/drug-services.ts";
import { codeUnit, unitsFor } from "../../../../src/coding/visit-services/drug-unit.ts";
import { proceduresToCode } from "../../../../src/coding/visit-services/procedures-to-code.ts";
import type { Route } from "../../../../src/coding/visit-services/route-of-administration.ts";

const visit = { encounterRef: "Encounter/enc-1", date: "2026-11-18" };
const IM = { coding: [{ system: "http://snomed.info/sct", code: "78421000", display: "Intramuscular route" }] };
const IV = { coding: [{ system: "http://snomed.info/sct", code: "47625008", display: "Intravenous route" }] };

describe("findDrugCodes: the J-code from the drug name and route (CMS HCPCS long descriptions)", () => {
  it.each([
    ["ceftriaxone 500 MG Injection", "intramuscular", "J0696"],
    ["ceftriaxone 1 GM Injection [Rocephin]", "intravenous", "J0696"],
    ["ketorolac tromethamine 30 MG/ML Injectable Solution", "intramuscular", "J1885"],
    ["medroxyprogesterone acetate 150 MG/ML Injectable Suspension", "intramuscular", "J1050"],
    ["methylprednisolone acetate 40 MG/ML Injectable Suspension", "intramuscular", "J1010"],
    ["dexamethasone sodium phosphate 4 MG/ML Injectable Solution", "intramuscular", "J1100"],
    ["cyanocobalamin 1000 MCG/ML Injectable Solution", "intramuscular", "J3420"],
    ["penicillin G benzathine 1200000 UNT/2ML Injectable Suspension", "intramuscular", "J0561"],
    ["ondansetron 2 MG/ML Injectable Solution", "intravenous", "J2405"],
    ["triamcinolone acetonide 40 MG/ML Injectable Suspension", "intramuscular", "J3301"],
    ["promethazine hydrochloride 25 MG/ML Injectable Solution", "intramuscular", "J2550"],
    ["epinephrine 1 MG/ML Injectable Solution", "intramuscular", "J0165"],
    ["methylprednisolone 4 MG Oral Tablet", "oral", "J7509"],
  ] as [string, Route, string][])("%s (%s) -> %s", (name, route, code) => {
    expect(findDrugCodes(name, route)[0]?.code).toBe(code);
  });

  it("an oral-only code is not offered for an injection, nor an injection for a tablet", () => {
    expect(findDrugCodes("methylprednisolone 4 MG Oral Tablet", "intramuscular").map((m) => m.code)).not.toContain("J7509");
    expect(findDrugCodes("methylprednisolone acetate 40 MG/ML", "oral").map((m) => m.code)).not.toContain("J1010");
  });

  it("finds nothing for a brand name alone or a drug with no J-code", () => {
    expect(findDrugCodes("Rocephin", "intramuscular")).toEqual([]);
    expect(findDrugCodes("amoxicillin 500 MG Oral Capsule", "oral")).toEqual([]);
  });
});

describe("codeUnit and unitsFor: units = dose / the code's unit, a partial unit billed as one", () => {
  it.each([
    ["Injection, ceftriaxone sodium, per 250 mg", 250, "mg"],
    ["Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg", 1000, "mcg"],
    ["Injection, penicillin g benzathine, 100,000 units", 100000, "units"],
    ["Injection, epinephrine (fresenius), not therapeutically equivalent to j0165, 0.1 mg", 0.1, "mg"],
    ["Injection, abatacept, 10 mg (code may be used for medicare when drug administered under the direct supervision of a physician)", 10, "mg"],
  ])("%s -> %d %s", (description, amount, unit) => {
    expect(codeUnit(description)).toMatchObject({ amount, unit });
  });

  const per250 = codeUnit("Injection, ceftriaxone sodium, per 250 mg");
  const per01 = codeUnit("Injection, epinephrine, not otherwise specified, 0.1 mg");
  const perUnits = codeUnit("Injection, penicillin g benzathine, 100,000 units");
  it.each([
    [per250, 500, "mg", 2],
    [per250, 250, "mg", 1],
    [per250, 251, "mg", 2],
    [per250, 1, "g", 4],
    [per250, 100, "mg", 1],
    [per01, 0.3, "mg", 3],
    [per01, 300, "ug", 3],
    [perUnits, 1200000, "[iU]", 12],
  ])("%o: %d %s -> %i units", (unit, value, doseUnit, units) => {
    expect(unitsFor({ value, unit: doseUnit }, unit!)).toMatchObject({ kind: "units", units });
  });

  it("says so when the dose is missing or in another measure", () => {
    expect(unitsFor(undefined, per250!)).toMatchObject({ kind: "problem", reason: expect.stringContaining("dose given is not documented") });
    expect(unitsFor({ value: 2, unit: "mL" }, per250!)).toMatchObject({ kind: "problem", reason: expect.stringContaining("per 250 mg") });
  });
});

function administration(id: string, name: string, extra: Partial<MedicationAdministration> = {}): MedicationAdministration {
  return { resourceType: "MedicationAdministration", id, status: "completed", medicationCodeableConcept: { text: name }, subject: { reference: "Patient/p" }, context: { reference: "Encounter/enc-1" }, effectiveDateTime: "2026-11-18T10:20:00-05:00", ...extra };
}

describe("drugsGiven and drugServices: the clinic's drugs -> J-code with units + administration", () => {
  it("ceftriaxone 500 mg IM -> J0696 x2 and 96372", () => {
    const drugs = drugsGiven({ medicationAdministrations: [administration("ma-1", "ceftriaxone 500 MG Injection", { dosage: { route: IM, dose: { value: 500, unit: "mg", system: "http://unitsofmeasure.org", code: "mg" } } })] }, visit);
    const lines = drugServices(drugs);
    expect(lines.map((l) => [l.code, l.units, l.kind])).toEqual([["J0696", 2, "hcpcs"], ["96372", 1, "cpt"]]);
    expect(lines[0]?.reason).toContain("500 mg / 250 mg = 2 units");
    expect(lines[0]?.warning).toBeUndefined();
  });

  it("a missing dose is said, with 1 unit until the coder enters them", () => {
    const lines = drugServices(drugsGiven({ medicationAdministrations: [administration("ma-1", "ketorolac tromethamine 30 MG/ML Injectable Solution", { dosage: { route: IM } })] }, visit));
    expect(lines[0]).toMatchObject({ code: "J1885", units: 1, warning: expect.stringContaining("dose given is not documented") });
  });

  it("IV: the first push 96374, another drug's push 96375; an infusion 96365 first", () => {
    const push = (id: string, name: string) => administration(id, name, { dosage: { route: IV, dose: { value: 4, unit: "mg" } } });
    const pushes = drugServices(drugsGiven({ medicationAdministrations: [push("a", "ondansetron 2 MG/ML Injectable Solution"), push("b", "dexamethasone sodium phosphate 4 MG/ML")] }, visit));
    expect(pushes.map((l) => `${l.code}x${l.units}`)).toEqual(["J2405x4", "J1100x4", "96374x1", "96375x1"]);
    const drip = administration("c", "ceftriaxone 1 GM Injection", { dosage: { route: IV, dose: { value: 1, unit: "g" } }, effectivePeriod: { start: "2026-11-18T10:00:00-05:00", end: "2026-11-18T10:30:00-05:00" }, effectiveDateTime: undefined });
    const infused = drugServices(drugsGiven({ medicationAdministrations: [drip, push("a", "ondansetron 2 MG/ML Injectable Solution")] }, visit));
    expect(infused.map((l) => `${l.code}x${l.units}`)).toEqual(["J0696x4", "J2405x4", "96365x1", "96375x1"]);
  });

  it("takes only completed administrations of this visit", () => {
    const drugs = drugsGiven({ medicationAdministrations: [
      administration("a", "ceftriaxone 500 MG Injection", { status: "not-done" }),
      administration("b", "ceftriaxone 500 MG Injection", { context: { reference: "Encounter/other" } }),
      administration("c", "ceftriaxone 500 MG Injection", { context: undefined, effectiveDateTime: "2026-11-18T11:00:00Z" }),
    ] }, visit);
    expect(drugs.map((d) => d.ref)).toEqual(["MedicationAdministration/c"]);
  });

  it("a MedicationRequest or MedicationStatement marked as given in the clinic counts; an ordinary prescription does not", () => {
    const request = (id: string, category: string): MedicationRequest => ({
      resourceType: "MedicationRequest", id, status: "completed", intent: "order", subject: { reference: "Patient/p" }, encounter: { reference: "Encounter/enc-1" },
      category: [{ text: category }], medicationCodeableConcept: { text: "medroxyprogesterone acetate 150 MG/ML Injectable Suspension" },
      dosageInstruction: [{ route: IM, doseAndRate: [{ doseQuantity: { value: 150, unit: "mg" } }] }],
    });
    const statement: MedicationStatement = {
      resourceType: "MedicationStatement", id: "s", status: "completed", subject: { reference: "Patient/p" }, context: { reference: "Encounter/enc-1" },
      category: { text: "Administered in clinic" }, medicationCodeableConcept: { text: "cyanocobalamin 1000 MCG/ML" }, dosage: [{ route: IM, doseAndRate: [{ doseQuantity: { value: 1000, unit: "mcg" } }] }],
    };
    const lines = drugServices(drugsGiven({ medicationRequests: [request("r1", "Clinic Administered"), request("r2", "Outpatient")], medicationStatements: [statement] }, visit));
    expect(lines.map((l) => `${l.code}x${l.units}`)).toEqual(["J1050x150", "J3420x1", "96372x2"]);
  });
});

describe("proceduresToCode: SNOMED-only procedures are listed, not dropped", () => {
  it("lists a procedure without CPT/HCPCS by its SNOMED display; one with CPT is not listed", () => {
    const list = proceduresToCode([
      { resourceType: "Procedure", id: "p1", status: "completed", subject: { reference: "Patient/p" }, code: { coding: [{ system: "http://snomed.info/sct", code: "18286008", display: "Catheter ablation of tissue of heart" }] } },
      { resourceType: "Procedure", id: "p2", status: "completed", subject: { reference: "Patient/p" }, code: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "93000" }, { system: "http://snomed.info/sct", code: "29303009" }] } },
      { resourceType: "Procedure", id: "p3", status: "not-done", subject: { reference: "Patient/p" }, code: { text: "Wart removal" } },
      { resourceType: "Procedure", id: "p4", status: "completed", subject: { reference: "Patient/p" }, code: { text: "Ear wax removal, both ears" } },
    ]);
    expect(list).toEqual([
      { ref: "Procedure/p1", display: "Catheter ablation of tissue of heart", snomed: "18286008" },
      { ref: "Procedure/p4", display: "Ear wax removal, both ears" },
    ]);
  });
});
