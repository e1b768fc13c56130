import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";

const VENDORS = join(import.meta.dirname, "../../../fixtures/vendors");

/** "epic/capability-statement-r4.json" for every vendor CapabilityStatement copied into the repo. */
export function vendorCapabilityFiles(): string[] {
  return readdirSync(VENDORS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(VENDORS, dir.name))
      .filter((file) => file.startsWith("capability-statement") && file.endsWith(".json"))
      .map((file) => `${dir.name}/${file}`))
    .sort();
}

export function readVendorCapability(file: string): CapabilityStatement {
  return JSON.parse(readFileSync(join(VENDORS, file), "utf8")) as CapabilityStatement;
}

export function readVendorJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(VENDORS, file), "utf8")) as T;
}

const FULL_CRUD = ["read", "search-type", "create", "update"] as const;

/** A generic server like the sandbox: full CRUD with conditional create on the billing resources. */
export function genericCapability(options: { transaction: boolean; conditionalCreate?: boolean }): CapabilityStatement {
  const resource = (type: CapabilityStatementRestResource["type"]): CapabilityStatementRestResource => ({
    type,
    interaction: FULL_CRUD.map((code) => ({ code })),
    conditionalCreate: options.conditionalCreate ?? true,
  });
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-11-26",
    kind: "instance",
    fhirVersion: "4.0.1",
    format: ["json"],
    software: { name: "Sandbox EHR" },
    rest: [{
      mode: "server",
      interaction: options.transaction ? [{ code: "transaction" }, { code: "batch" }] : [{ code: "batch" }],
      resource: (["Patient", "Encounter", "ChargeItem", "Claim", "Provenance", "ClaimResponse"] as const).map(resource),
    }],
  };
}
