import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bundle, Condition, Encounter, FhirResource, Procedure } from "fhir/r4";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import { CHARGE_MODIFIER_EXTENSION } from "../../../../src/billing/build/index.ts";

const DIR = join(import.meta.dirname, "../../../fixtures/encounters");
const UNITS_EXTENSION = "https://smart-coding-billing.example/StructureDefinition/charge-units";
/** A made-up practice fee schedule (USD per unit) for the fixture codes. */
const FEES: Record<string, number> = {
  "99213": 135, "99214": 190.5, "83036": 32.25, "36415": 12, "12011": 245, "90715": 58.1, "90471": 28, "G2211": 17.33, "96127": 9.95,
};

export function fixtureNames(): string[] {
  return readdirSync(DIR).filter((name) => name.endsWith(".fhir.json")).sort();
}

export function readFixture(name: string): FhirResource[] {
  const bundle = JSON.parse(readFileSync(join(DIR, name), "utf8")) as Bundle<FhirResource>;
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
}

function refOf(resources: FhirResource[], type: FhirResource["resourceType"]): string | undefined {
  const found = resources.find((r) => r.resourceType === type && !(type === "Organization" && "type" in r && r.type));
  return found ? `${found.resourceType}/${found.id}` : undefined;
}

/** The draft a coder would accept for the fixture encounter: its conditions and procedures. */
export function fixtureDraft(name: string, revision = 1): ClaimDraft {
  const resources = readFixture(name);
  const encounter = resources.find((r): r is Encounter => r.resourceType === "Encounter");
  const conditions = resources.filter((r): r is Condition => r.resourceType === "Condition");
  const procedures = resources.filter((r): r is Procedure => r.resourceType === "Procedure");
  const pos = resources.find((r) => r.resourceType === "Location")?.type?.[0]?.coding?.[0]?.code ?? "11";
  const start = encounter?.period?.start ?? "";
  return {
    encounterRef: `Encounter/${encounter?.id}`,
    patientRef: refOf(resources, "Patient") ?? "",
    revision,
    diagnoses: conditions.map((c) => ({ code: c.code?.coding?.[0]?.code ?? "", display: c.code?.coding?.[0]?.display ?? "", conditionRef: `Condition/${c.id}` })),
    lines: procedures.map((p) => procedureLine(p, conditions, pos, start.slice(0, 10))),
    renderingProviderRef: refOf(resources, "Practitioner"),
    billingProviderRef: refOf(resources, "Organization"),
    coverageRef: refOf(resources, "Coverage"),
    locationRef: refOf(resources, "Location"),
    periodStart: start,
    periodEnd: encounter?.period?.end,
  };
}

function procedureLine(p: Procedure, conditions: Condition[], pos: string, date: string): DraftLine {
  const coding = p.code?.coding?.[0];
  const code = coding?.code ?? "";
  return {
    id: `${p.id}`,
    system: coding?.system ?? "",
    code,
    modifiers: (p.extension ?? []).filter((e) => e.url === CHARGE_MODIFIER_EXTENSION).map((e) => e.valueCoding?.code ?? ""),
    units: p.extension?.find((e) => e.url === UNITS_EXTENSION)?.valuePositiveInt ?? 1,
    diagnosisPointers: (p.reasonReference ?? []).map((r) => conditions.findIndex((c) => `Condition/${c.id}` === r.reference) + 1),
    placeOfService: pos,
    unitCharge: FEES[code] ?? 0,
    serviceDate: date,
    procedureRef: `Procedure/${p.id}`,
  };
}
