/**
 * The generic persona's CapabilityStatement, built from what this sandbox really does: the
 * seeded types plus the billing types, read/search/create/update with conditional create and
 * update, the indexed search parameters, the _include/_revinclude the engine resolves, batch
 * and transaction, and the SMART oauth-uris.
 */
import { getSearchParameters } from "@medplum/core";
import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";

export const BILLING_TYPES = ["ChargeItem", "Claim", "ClaimResponse", "ExplanationOfBenefit", "PaymentReconciliation", "Provenance", "Coverage", "Task"];
const INTERACTIONS = ["read", "search-type", "create", "update"] as const;

/** Reference search parameters of a type, as [code, target types]. */
export function referenceParams(type: string): [string, string[]][] {
  const params = getSearchParameters(type) ?? {};
  return Object.entries(params)
    .filter(([, p]) => p.type === "reference")
    .map(([code, p]): [string, string[]] => [code, p.target ?? []])
    .sort(([a], [b]) => a.localeCompare(b));
}

function restResource(type: string, types: string[]): CapabilityStatementRestResource {
  const params = getSearchParameters(type) ?? {};
  const revIncludes = types.flatMap((other) => referenceParams(other).filter(([, targets]) => targets.includes(type)).map(([code]) => `${other}:${code}`));
  return {
    type: type as CapabilityStatementRestResource["type"],
    profile: `http://hl7.org/fhir/StructureDefinition/${type}`,
    interaction: INTERACTIONS.map((code) => ({ code })),
    versioning: "versioned",
    conditionalCreate: true,
    conditionalUpdate: true,
    updateCreate: true,
    searchInclude: referenceParams(type).map(([code]) => `${type}:${code}`),
    searchRevInclude: revIncludes.sort(),
    ...(type === "Claim" ? { operation: [{ name: "submit", definition: "http://hl7.org/fhir/OperationDefinition/Claim-submit" }] } : {}),
    searchParam: Object.entries(params)
      .filter(([code]) => !code.startsWith("_"))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, p]) => ({ name, type: p.type as "token", ...(p.url ? { definition: p.url } : {}) })),
  };
}

export function smartSecurity(authorize: string, token: string): NonNullable<CapabilityStatement["rest"]>[number]["security"] {
  return {
    cors: true,
    service: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/restful-security-service", code: "SMART-on-FHIR" }], text: "OAuth2 using SMART-on-FHIR profile" }],
    extension: [{
      url: "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
      extension: [{ url: "authorize", valueUri: authorize }, { url: "token", valueUri: token }],
    }],
  };
}

export function genericCapabilityStatement(fhirBase: string, seededTypes: string[], authorize: string, token: string): CapabilityStatement {
  const types = [...new Set([...seededTypes, ...BILLING_TYPES])].sort();
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-11-26",
    kind: "instance",
    software: { name: "smart-coding-billing sandbox EHR", version: "0.1.0" },
    implementation: { description: "Sandbox EHR (generic persona)", url: fhirBase },
    fhirVersion: "4.0.1",
    format: ["json", "application/fhir+json"],
    rest: [{
      mode: "server",
      security: smartSecurity(authorize, token),
      resource: types.map((type) => restResource(type, types)),
      interaction: [{ code: "batch" }, { code: "transaction" }],
    }],
  };
}
