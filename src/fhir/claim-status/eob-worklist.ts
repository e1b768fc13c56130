import type { CapabilityStatement } from "fhir/r4";
import { toClaimStatus } from "../../billing/status/to-claim-status.ts";
import { isJsonObject, objectAt, stringAt, type JsonObject } from "../../billing/status/json-shape.ts";
import { supportsSearchParam } from "../capabilities.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import type { FhirGateway } from "../fhir-gateway.ts";
import { answeredClaimRef, latestResponseByClaim } from "./latest-response.ts";
import { searchResources } from "./search-resources.ts";
import { ageInDays, sortByAge, type WorklistRow, type WorklistScope } from "./worklist-filters.ts";

const EOB = { type: "ExplanationOfBenefit", claimParam: "claim" } as const;

/**
 * Servers that do not let Claims be listed (Epic: Claim by _id only) may list the patient's
 * ExplanationOfBenefits: each one's latest answer becomes a row, aged from its billable period.
 */
export async function eobWorklistRows(gateway: FhirGateway, capability: CapabilityStatement, scope: WorklistScope): Promise<WorklistRow[]> {
  const param = scope.patientId ? "patient" : "provider";
  const value = scope.patientId ? `Patient/${scope.patientId}` : scope.practitionerRef;
  if (!value || !supportsSearchParam(capability, "ExplanationOfBenefit", param)) throw notListable(scope);
  const found = await searchResources(gateway, "ExplanationOfBenefit", { [param]: value, _count: 1000 });
  const rows = [...latestResponseByClaim(found, EOB)].map(([claimRef, eob]) => {
    const created = stringAt(isJsonObject(eob["billablePeriod"]) ? eob["billablePeriod"] : undefined, "start") ?? stringAt(eob, "created");
    const row: WorklistRow = { claimRef: answeredClaimRef(eob, EOB) ?? claimRef, status: toClaimStatus(eob), ...eobParties(eob) };
    if (created) row.created = created;
    if (created) row.dateOfService = created.slice(0, 10);
    const age = ageInDays(created, scope.today);
    if (age !== undefined) row.ageDays = age;
    return row;
  });
  return sortByAge(rows);
}

/** What the answer itself names: the patient, the payer and the provider (their displays). */
function eobParties(eob: JsonObject): Partial<WorklistRow> {
  const patientRef = stringAt(objectAt(eob, "patient"), "reference");
  const payer = stringAt(objectAt(eob, "insurer"), "display");
  const provider = stringAt(objectAt(eob, "provider"), "display");
  const patientName = stringAt(objectAt(eob, "patient"), "display");
  return { ...(patientRef ? { patientRef } : {}), ...(patientName ? { patientName } : {}), ...(payer ? { payer } : {}), ...(provider ? { provider } : {}) };
}

function notListable(scope: WorklistScope): FhirError {
  const whose = scope.patientId ? "a patient's" : "a practitioner's";
  return new FhirError(405, outcomeOf([{ severity: "error", code: "not-supported", diagnostics: `This EHR does not allow listing ${whose} claims (no Claim or ExplanationOfBenefit search for it).` }]));
}
