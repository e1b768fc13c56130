/**
 * The one authorization decision behind every path (plain requests and each bundle entry): the
 * SMART scopes, then for patient/ scopes the launch patient's compartment. Instance requests must
 * name a resource in the compartment, conditional matches (PUT/DELETE Type?query, If-None-Exist)
 * are evaluated inside it, and what a write points at must be in it. user/ scopes see every
 * patient (the sandbox's user model: a clinician of the one organization), limited by type.
 */
import type { Resource } from "fhir/r4";
import { decide } from "../auth/scopes.ts";
import type { TokenRecord } from "../auth/session-store.ts";
import { belongsToPatient, isCompartmentType, isInCompartment, restrictToPatient, staysInCompartment } from "./compartment.ts";
import { permissionFor } from "./fhir-auth.ts";
import type { RequestKind } from "./request-kind.ts";
import type { FhirEngine } from "./engine.ts";

export interface AccessRequest {
  kind: RequestKind;
  query: URLSearchParams;
  body: unknown;
  ifNoneExist?: string;
}

export type AccessDecision =
  | { allowed: true; patient?: string; query: URLSearchParams; ifNoneExist?: string }
  | { allowed: false; status: number; text: string };

const ACROSS_PATIENTS = new Set(["history-type", "history-system", "search-system"]);
const CONDITIONAL = new Set(["update", "delete", "patch"]);
const REFERENCE = /^(?:.*\/)?([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

function refuse(text: string): AccessDecision {
  return { allowed: false, status: 403, text };
}

function referencedResources(node: unknown, into: [string, string][]): [string, string][] {
  if (typeof node === "string") {
    const match = REFERENCE.exec(node);
    if (match?.[1] && match[2] && isCompartmentType(match[1])) into.push([match[1], match[2]]);
  } else if (Array.isArray(node)) for (const item of node) referencedResources(item, into);
  else if (node && typeof node === "object") for (const value of Object.values(node)) referencedResources(value, into);
  return into;
}

/** The first resource a written body points at outside the compartment, as "Type/id". */
async function pointsOutside(engine: FhirEngine, body: unknown, patient: string): Promise<string | undefined> {
  if (!staysInCompartment(body, patient)) return "another patient";
  for (const [type, id] of referencedResources(body, [])) {
    if (type === "Patient" ? id !== patient : !(await isInCompartment(engine, type, id, patient))) return `${type}/${id}`;
  }
  return undefined;
}

/** Decides one request; an allowed conditional query or If-None-Exist comes back narrowed to the compartment. */
export async function decideAccess(engine: FhirEngine, grant: TokenRecord, request: AccessRequest): Promise<AccessDecision> {
  const { kind } = request;
  const permission = permissionFor(grant, kind);
  if (!permission.allowed) return refuse(permission.reason ?? "Forbidden.");
  if (!permission.patientOnly || !kind.type) return { allowed: true, query: request.query, ...(request.ifNoneExist ? { ifNoneExist: request.ifNoneExist } : {}) };
  const patient = grant.patient ?? "";
  if (ACROSS_PATIENTS.has(kind.interaction)) return refuse(`patient/ scopes do not allow ${kind.interaction} (it spans patients).`);
  if (kind.id && !(await isInCompartment(engine, kind.type, kind.id, patient))) return refuse(`${kind.type}/${kind.id} is outside the launch patient's compartment.`);
  const conditional = !kind.id && CONDITIONAL.has(kind.interaction);
  if (conditional && [...request.query.keys()].length === 0) return refuse(`A ${kind.interaction} on ${kind.type} needs an id or a condition.`);
  const query = conditional ? restrictToPatient(kind.type, request.query, patient) : request.query;
  const ifNoneExist = request.ifNoneExist ? restrictToPatient(kind.type, new URLSearchParams(request.ifNoneExist), patient).toString() : undefined;
  const writes = ["create", "update", "patch", "operation"].includes(kind.interaction);
  const outside = writes && request.body !== undefined ? await pointsOutside(engine, request.body, patient) : undefined;
  if (outside) return refuse(`patient/ scopes only allow writing the launch patient's data (the body points at ${outside}).`);
  return { allowed: true, patient, query, ...(ifNoneExist ? { ifNoneExist } : {}) };
}

/** True when the token may see a resource a search adds (_include, _revinclude): its type granted, and in the compartment under patient/ scopes. */
export function mayInclude(grant: TokenRecord, resource: Resource): boolean {
  const read = decide(grant.scopes, resource.resourceType, "r");
  const decision = read.allowed ? read : decide(grant.scopes, resource.resourceType, "s");
  if (!decision.allowed) return false;
  return !decision.patientOnly || belongsToPatient(resource, grant.patient ?? "");
}
