import type { CapabilityStatement } from "fhir/r4";
import { READY_FOR_CODING, tokenOf } from "../../billing/state/billing-identifiers.ts";
import { FhirError, outcomeOf } from "../fhir-error.ts";
import { canInclude, canSearch, searchUrl, type WorklistSearch } from "./run-searches.ts";

/** Whose finished encounters: a practitioner's, an organization's, a location's, or one patient's. */
export type EncounterListScope =
  | { kind: "practitioner"; ref: string }
  | { kind: "organization"; ref: string }
  | { kind: "location"; ref: string }
  | { kind: "patient"; ref: string };

/** One page: a worklist is read in a constant number of requests however many encounters there are. */
export const ENCOUNTER_PAGE_SIZE = 1000;
/** Claims, Coverages and Tasks are read up to this many pages of 1000. */
export const MAX_SUPPORTING_PAGES = 5;

const SCOPE_PARAMS: Record<EncounterListScope["kind"], string[]> = {
  practitioner: ["participant", "practitioner"],
  organization: ["service-provider"],
  location: ["location"],
  patient: ["patient", "subject"],
};

/** Encounter?participant=…&status=finished&_sort=date&_count=1000, with the patient and providers included where allowed. */
export function encounterSearch(cs: CapabilityStatement, scope: EncounterListScope): WorklistSearch {
  const param = SCOPE_PARAMS[scope.kind].find((p) => canSearch(cs, "Encounter", p));
  if (!param) {
    const diagnostics = `This EHR does not allow listing encounters by ${scope.kind} (no Encounter search by ${SCOPE_PARAMS[scope.kind].join(" or ")}).`;
    throw new FhirError(405, outcomeOf([{ severity: "error", code: "not-supported", diagnostics }]));
  }
  const params: [string, string][] = [[param, scope.ref], ["status", "finished"], ["_sort", "date"], ["_count", String(ENCOUNTER_PAGE_SIZE)]];
  const subject = ["Encounter:subject", "Encounter:patient"].find((v) => canInclude(cs, "Encounter", v));
  if (subject) params.push(["_include", subject]);
  if (canInclude(cs, "Encounter", "Encounter:participant")) params.push(["_include", "Encounter:participant"]);
  return { url: searchUrl(cs, "Encounter", params) };
}

/** Task?code=…|ready-for-coding&status=requested: the open hand-off notes; undefined when Tasks cannot be searched by code. */
export function handoffSearch(cs: CapabilityStatement): WorklistSearch | undefined {
  if (!canSearch(cs, "Task", "code")) return undefined;
  const params: [string, string][] = [["code", tokenOf(READY_FOR_CODING.system ?? "", READY_FOR_CODING.code ?? "")], ["status", "requested"], ["_count", "1000"]];
  if (canInclude(cs, "Task", "Task:requester")) params.push(["_include", "Task:requester"]);
  return { url: searchUrl(cs, "Task", params), maxPages: MAX_SUPPORTING_PAGES };
}

/** Claim?patient=a,b&status=active,draft: the patients' claims, matched to encounters by identifier. */
export function claimsSearch(cs: CapabilityStatement, patientRefs: string[]): WorklistSearch | undefined {
  if (patientRefs.length === 0 || !canSearch(cs, "Claim", "patient")) return undefined;
  const params: [string, string][] = [["patient", patientRefs.join(",")], ["status", "active,draft"], ["_count", "1000"], ["_elements", "id,status,identifier,patient"]];
  return { url: searchUrl(cs, "Claim", params), maxPages: MAX_SUPPORTING_PAGES };
}

/** Coverage?patient=a,b&status=active, with the payer Organizations where _include is allowed. */
export function coveragesSearch(cs: CapabilityStatement, patientRefs: string[]): WorklistSearch | undefined {
  const param = ["patient", "beneficiary"].find((p) => canSearch(cs, "Coverage", p));
  if (patientRefs.length === 0 || !param) return undefined;
  const params: [string, string][] = [[param, patientRefs.join(",")], ["status", "active"], ["_count", "1000"]];
  if (canInclude(cs, "Coverage", "Coverage:payor")) params.push(["_include", "Coverage:payor"]);
  return { url: searchUrl(cs, "Coverage", params), maxPages: MAX_SUPPORTING_PAGES };
}

/** Type?_id=a,b,c for the references ("Type/id") not read yet. */
export function byIdSearch(cs: CapabilityStatement, type: string, refs: string[]): WorklistSearch | undefined {
  const ids = [...new Set(refs.filter((r) => r.startsWith(`${type}/`)).map((r) => r.slice(type.length + 1)))];
  if (ids.length === 0 || !canSearch(cs, type)) return undefined;
  return { url: searchUrl(cs, type, [["_id", ids.join(",")], ["_count", String(ids.length)]]) };
}
