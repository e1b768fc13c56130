import type { Coding, Identifier } from "fhir/r4";

/**
 * Identities of what the app writes, derived from the encounter, the payer and the service:
 * never from a counter in one browser (docs/adr/0007-billing-state-on-the-server.md). Values use
 * ":" between their parts, never "|": a token search splits system and value at the bar, and
 * servers do not all honour an escaped one.
 */
const BASE = "https://smart-coding-billing.example";

/** On every Claim generation: value "Encounter/<id>", so one search lists the encounter's claims. */
export const CLAIM_ENCOUNTER_SYSTEM = `${BASE}/claim-encounter`;
/** Generation n of the logical claim for encounter and payer: "<encounter id>:<coverage id>:<n>". */
export const CLAIM_GENERATION_SYSTEM = `${BASE}/claim-generation`;
/** One service as billed: "<encounter id>:<line id>:g<n>:<content hash>". */
export const CHARGE_SERVICE_SYSTEM = `${BASE}/charge-service`;
/** The encounter's hand-off Task: "<encounter id>". */
export const HANDOFF_SYSTEM = `${BASE}/handoff`;
/** Provenance meta.tag: "<generation value>:<action>:<claim content hash>". */
export const BILLING_ACTION_SYSTEM = `${BASE}/billing-action`;
/** Task.code of a hand-off. */
export const TASK_TYPE_SYSTEM = `${BASE}/task-type`;
export const READY_FOR_CODING: Coding = { system: TASK_TYPE_SYSTEM, code: "ready-for-coding", display: "Ready for coding" };
/** Claim.item extension carrying the draft line id, so a line keeps its identity across hands. */
export const LINE_ID_EXTENSION = `${BASE}/StructureDefinition/line-id`;
/** Claim.item extension: the Procedure a line came from. */
export const LINE_PROCEDURE_EXTENSION = `${BASE}/StructureDefinition/line-procedure`;
/** Claim.diagnosis extension: the Condition a diagnosis came from. */
export const DIAGNOSIS_CONDITION_EXTENSION = `${BASE}/StructureDefinition/diagnosis-condition`;

/** The id part of a reference: "Encounter/123" -> "123". */
export function idOf(reference: string): string {
  const parts = reference.split("/");
  return parts[parts.length - 1] ?? reference;
}

export function claimEncounterIdentifier(encounterRef: string): Identifier {
  return { system: CLAIM_ENCOUNTER_SYSTEM, value: `Encounter/${idOf(encounterRef)}` };
}

export function claimGenerationValue(encounterRef: string, coverageRef: string, generation: number): string {
  return `${idOf(encounterRef)}:${idOf(coverageRef)}:${generation}`;
}

/** The generation number of a Claim, from its generation identifier (0 when it has none). */
export function generationOf(claim: { identifier?: Identifier[] }): number {
  const value = claim.identifier?.find((i) => i.system === CLAIM_GENERATION_SYSTEM)?.value ?? "";
  const n = Number.parseInt(value.split(":")[2] ?? "", 10);
  return Number.isFinite(n) ? n : 0;
}

export function chargeServiceValue(encounterRef: string, lineId: string, generation: number, contentHash: string): string {
  return `${idOf(encounterRef)}:${lineId}:g${generation}:${contentHash}`;
}

/** Line id and content hash of a ChargeItem the app wrote, or undefined for anyone else's. */
export function chargeServiceOf(item: { identifier?: Identifier[] }): { lineId: string; hash: string } | undefined {
  const value = item.identifier?.find((i) => i.system === CHARGE_SERVICE_SYSTEM)?.value;
  const parts = value?.split(":");
  if (!parts || parts.length !== 4 || !parts[1] || !parts[3]) return undefined;
  return { lineId: parts[1], hash: parts[3] };
}

export function handoffValue(encounterRef: string): string {
  return idOf(encounterRef);
}

/** A token search parameter value "system|value". */
export function tokenOf(system: string, value: string): string {
  return `${system}|${value}`;
}

/** The `If-None-Exist` query for a resource with that identifier. */
export function identifierQuery(system: string, value: string): string {
  return `identifier=${encodeURIComponent(tokenOf(system, value))}`;
}

/** A short stable hash of a string (FNV-1a, 32 bits twice), for content-addressed identifiers. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(36)}${b.toString(36)}`;
}
