/**
 * Classifies a FHIR REST request into the CapabilityStatement's vocabulary (interaction,
 * type, id, operation), so that both persona rules and SMART scopes are checked from one shape.
 */
import type { CapabilityStatement } from "fhir/r4";

export type Interaction =
  | "read" | "vread" | "update" | "patch" | "delete" | "history-instance" | "history-type"
  | "create" | "search-type" | "batch" | "transaction" | "search-system" | "history-system" | "operation";

export interface RequestKind {
  interaction: Interaction;
  type?: string;
  id?: string;
  /** Operation name without the "$". */
  operation?: string;
}

function classifyTypeLevel(method: string, type: string, second: string | undefined): RequestKind | undefined {
  if (second === undefined) {
    if (method === "GET") return { interaction: "search-type", type };
    if (method === "POST") return { interaction: "create", type };
    if (method === "PUT") return { interaction: "update", type };
    if (method === "DELETE") return { interaction: "delete", type };
    return undefined;
  }
  if (second === "_search" && method === "POST") return { interaction: "search-type", type };
  if (second === "_history" && method === "GET") return { interaction: "history-type", type };
  if (second.startsWith("$")) return { interaction: "operation", type, operation: second.slice(1) };
  return undefined;
}

function classifyInstance(method: string, type: string, id: string, rest: string[]): RequestKind | undefined {
  const [third, fourth] = rest;
  if (third === undefined) {
    const byMethod: Record<string, Interaction> = { GET: "read", PUT: "update", PATCH: "patch", DELETE: "delete" };
    const interaction = byMethod[method];
    return interaction ? { interaction, type, id } : undefined;
  }
  if (third.startsWith("$")) return { interaction: "operation", type, id, operation: third.slice(1) };
  if (third === "_history" && method === "GET") return { interaction: fourth ? "vread" : "history-instance", type, id };
  return undefined;
}

/** `segments` is the path below the FHIR base, split on "/". */
export function classifyRequest(method: string, segments: string[], body: unknown): RequestKind | undefined {
  const [type, second, ...rest] = segments;
  if (!type) {
    if (method === "POST") return { interaction: (body as { type?: string } | undefined)?.type === "transaction" ? "transaction" : "batch" };
    if (method === "GET") return { interaction: "search-system" };
    return undefined;
  }
  if (type.startsWith("$")) return { interaction: "operation", operation: type.slice(1) };
  if (type === "_history") return { interaction: "history-system" };
  if (!/^[A-Z][A-Za-z]+$/.test(type)) return undefined;
  if (second === undefined || second.startsWith("$") || second.startsWith("_")) return classifyTypeLevel(method, type, second);
  return classifyInstance(method, type, second, rest);
}

/** True when the served CapabilityStatement declares this interaction. */
export function isDeclared(statement: CapabilityStatement, kind: RequestKind): boolean {
  const rest = statement.rest?.find((r) => r.mode === "server") ?? statement.rest?.[0];
  if (!kind.type) {
    if (kind.operation) return (rest?.operation ?? []).some((o) => o.name === kind.operation);
    return (rest?.interaction ?? []).some((i) => i.code === kind.interaction);
  }
  const resource = rest?.resource?.find((r) => r.type === kind.type);
  if (!resource) return false;
  if (kind.operation) return (resource.operation ?? []).some((o) => o.name === kind.operation);
  return (resource.interaction ?? []).some((i) => i.code === kind.interaction);
}

/**
 * The SMART v2 permission letter an interaction needs. Oracle's ChargeItem $modify and $credit
 * each create a new ChargeItem ("Create a modified charge item"), and Oracle offers ChargeItem
 * scopes only as .crs: they need "c", as $create and Claim/$submit do.
 */
export function permissionLetter(kind: RequestKind): "c" | "r" | "u" | "d" | "s" {
  switch (kind.interaction) {
    case "create": return "c";
    case "update": case "patch": return "u";
    case "delete": return "d";
    case "search-type": case "search-system": return "s";
    case "operation": return ["create", "modify", "credit", "submit"].includes(kind.operation ?? "") ? "c" : "r";
    default: return "r";
  }
}
