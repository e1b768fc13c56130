/**
 * A vendor persona grants only what its smart-configuration's scopes_supported offers, as the
 * vendor's server would: a requested resource scope is kept when listed, else narrowed to the
 * listed scopes of the same context, type (a "*" request: every listed type) and version
 * (v1 read/write, v2 letters). A persona whose list names no resource scopes (Epic's: its
 * grants come from the app's registration) grants what was asked.
 */
import { parseResourceScope, type Letter, type ResourceScope } from "./scopes.ts";

const V2_ORDER: Letter[] = ["c", "r", "u", "d", "s"];

function isV1(scope: string): boolean {
  return /\.(read|write|\*)$/.test(scope);
}

interface Listed { scope: string; parsed: ResourceScope; v1: boolean }

function narrowOne(scope: string, listed: Listed[]): string[] {
  const wanted = parseResourceScope(scope);
  if (!wanted || listed.some((l) => l.scope === scope)) return [scope];
  const v1 = isV1(scope);
  const candidates = listed.filter((l) => l.v1 === v1 && l.parsed.context === wanted.context && (wanted.type === "*" || l.parsed.type === wanted.type || l.parsed.type === "*"));
  const covers = (l: Listed) => [...wanted.letters].every((letter) => l.parsed.letters.has(letter));
  if (candidates.some((l) => l.parsed.type === "*" && covers(l))) return [scope];
  if (v1) return candidates.filter((l) => l.parsed.type !== "*" && [...l.parsed.letters].every((letter) => wanted.letters.has(letter))).map((l) => l.scope);
  const byType = new Map<string, Set<Letter>>();
  for (const l of candidates) {
    const type = l.parsed.type === "*" ? wanted.type : l.parsed.type;
    const letters = byType.get(type) ?? new Set<Letter>();
    for (const letter of l.parsed.letters) if (wanted.letters.has(letter)) letters.add(letter);
    byType.set(type, letters);
  }
  return [...byType].filter(([, letters]) => letters.size > 0).map(([type, letters]) => `${wanted.context}/${type}.${V2_ORDER.filter((l) => letters.has(l)).join("")}`);
}

export function narrowToSupported(requested: string[], scopesSupported: unknown): string[] {
  const listed: Listed[] = (Array.isArray(scopesSupported) ? scopesSupported : [])
    .filter((s): s is string => typeof s === "string")
    .flatMap((scope) => {
      const parsed = parseResourceScope(scope);
      return parsed ? [{ scope, parsed, v1: isV1(scope) }] : [];
    });
  if (listed.length === 0) return requested;
  return [...new Set(requested.flatMap((scope) => narrowOne(scope, listed)))];
}
