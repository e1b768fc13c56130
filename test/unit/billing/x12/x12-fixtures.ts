import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Bundle, Claim, Coverage, FhirResource, Organization, Patient, Practitioner } from "fhir/r4";
import type { X12ExportOptions } from "../../../../src/billing/x12/index.ts";

export const FIXTURE_DIR = resolve(import.meta.dirname, "../../../fixtures/x12");

export const FIXTURES = ["simple-claim", "twelve-diagnoses", "replacement-claim", "dependent-claim"] as const;
export type FixtureName = (typeof FIXTURES)[number];

/** A fresh copy of a committed input Bundle (tests may change it). */
export function loadBundle(name: FixtureName): Bundle {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, `${name}.fhir.json`), "utf8")) as Bundle;
}

export function readGolden(name: FixtureName): string {
  return readFileSync(resolve(FIXTURE_DIR, `${name}.x12`), "utf8");
}

export function writeGolden(name: FixtureName, text: string): void {
  writeFileSync(resolve(FIXTURE_DIR, `${name}.x12`), text);
}

/** One segment a line, as the golden files are stored. */
export function toGoldenText(x12: string): string {
  return x12.replaceAll("~", "~\n");
}

export const OPTIONS: X12ExportOptions = {
  submitter: { name: "Riverside Family Medicine", id: "RFM0042", contactName: "Billing Office", contactPhone: "(217) 555-0142" },
  receiver: { name: "Clear Claims Clearinghouse", id: "CLRCLM01" },
  controlNumber: 42,
  createdAt: "2026-11-26T18:30:00Z",
  usage: "T",
};

type ResourceOf<T extends FhirResource["resourceType"]> = Extract<FhirResource, { resourceType: T }>;

/** The resources of a type in the Bundle, in entry order (the first one is index 0). */
export function resourcesOf<T extends FhirResource["resourceType"]>(bundle: Bundle, type: T): ResourceOf<T>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource as FhirResource | undefined)
    .filter((resource): resource is ResourceOf<T> => resource?.resourceType === type);
}

export function claimOf(bundle: Bundle): Claim {
  const [claim] = resourcesOf(bundle, "Claim");
  if (!claim) throw new Error("fixture without Claim");
  return claim;
}

function only<T>(items: T[], what: string): T {
  const [item] = items;
  if (!item) throw new Error(`fixture without ${what}`);
  return item;
}

export const patientOf = (bundle: Bundle): Patient => only(resourcesOf(bundle, "Patient"), "Patient");
export const coverageOf = (bundle: Bundle): Coverage => only(resourcesOf(bundle, "Coverage"), "Coverage");
export const practitionerOf = (bundle: Bundle): Practitioner => only(resourcesOf(bundle, "Practitioner"), "Practitioner");

/** The payer (type "pay") and billing (type "prov") Organizations. */
export function organizationOf(bundle: Bundle, type: "pay" | "prov"): Organization {
  const orgs = resourcesOf(bundle, "Organization");
  return only(orgs.filter((org) => org.type?.some((t) => t.coding?.some((c) => c.code === type))), `Organization ${type}`);
}
