/**
 * SMART scopes, v1 (patient/*.read, user/Claim.write) and v2 (patient/*.rs, user/*.cruds,
 * patient/Claim.c?query), reduced to one shape: context, resource type and permission letters.
 */
export type ScopeContext = "patient" | "user" | "system";
export type Letter = "c" | "r" | "u" | "d" | "s";

export interface ResourceScope {
  context: ScopeContext;
  /** A resource type or "*". */
  type: string;
  letters: Set<Letter>;
}

const V1: Record<string, Letter[]> = { read: ["r", "s"], write: ["c", "u", "d"], "*": ["c", "r", "u", "d", "s"] };
export const NON_RESOURCE_SCOPES = new Set(["openid", "fhirUser", "profile", "launch", "launch/patient", "launch/encounter", "offline_access", "online_access"]);

export function parseResourceScope(scope: string): ResourceScope | undefined {
  // v2 query-restricted scopes (patient/Observation.rs?category=...) are not granted: the
  // sandbox cannot enforce the restriction, and granting the unrestricted scope would be wider.
  const match = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)$/.exec(scope);
  if (!match) return undefined;
  const [, context, type, permission] = match as unknown as [string, ScopeContext, string, string];
  const v1 = V1[permission];
  if (v1) return { context, type, letters: new Set(v1) };
  if (!/^c?r?u?d?s?$/.test(permission)) return undefined;
  return { context, type, letters: new Set(permission.split("") as Letter[]) };
}

/** True when a scope string is one this server understands. */
export function isKnownScope(scope: string): boolean {
  return NON_RESOURCE_SCOPES.has(scope) || parseResourceScope(scope) !== undefined;
}

export interface ScopeDecision {
  allowed: boolean;
  /** Allowed only through patient/ scopes: the request must stay in the patient's compartment. */
  patientOnly: boolean;
}

export function decide(scopes: string[], type: string, letter: Letter): ScopeDecision {
  const matching = scopes
    .map(parseResourceScope)
    .filter((s): s is ResourceScope => s !== undefined && (s.type === "*" || s.type === type) && s.letters.has(letter));
  return {
    allowed: matching.length > 0,
    patientOnly: matching.length > 0 && matching.every((s) => s.context === "patient"),
  };
}
