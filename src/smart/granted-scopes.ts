/**
 * What the granted SMART scopes (v1 "user/Encounter.read", v2 "user/*.rs") allow beyond the
 * launch patient. Only user/ and system/ scopes reach other patients; patient/ scopes stay in
 * the launch patient's compartment.
 */
const SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)(\?.*)?$/;

function letters(permission: string): Set<string> {
  if (permission === "read") return new Set(["r", "s"]);
  if (permission === "*") return new Set(["c", "r", "u", "d", "s"]);
  if (permission === "write") return new Set(["c", "u", "d"]);
  return /^c?r?u?d?s?$/.test(permission) ? new Set(permission) : new Set();
}

/**
 * True when the scopes let the user read and search every listed type for any patient. A server
 * that reports no scope at all is taken at its word later: its answers say what is refused.
 */
export function canReadAcrossPatients(granted: string, types: readonly string[]): boolean {
  const scopes = granted.split(/\s+/).filter(Boolean);
  if (scopes.length === 0) return true;
  return types.every((type) =>
    ["r", "s"].every((letter) =>
      scopes.some((scope) => {
        const match = SCOPE.exec(scope);
        return match !== null && match[1] !== "patient" && match[4] === undefined && (match[2] === "*" || match[2] === type) && letters(match[3] ?? "").has(letter);
      }),
    ),
  );
}
