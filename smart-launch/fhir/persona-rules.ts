/**
 * What a persona's CapabilityStatement says about a declared write beyond its interaction:
 * conditional create (If-None-Exist), conditional update and delete (Type?query), and update as
 * create (PUT to an id that does not exist: R4 answers 405 where the server does not allow
 * client-defined ids). Refused with 405 unless the statement says the server does it.
 */
import type { CapabilityStatement, CapabilityStatementRestResource } from "fhir/r4";
import type { FhirEngine } from "./engine.ts";
import type { RequestKind } from "./request-kind.ts";

function declaredResource(statement: CapabilityStatement, type: string): CapabilityStatementRestResource | undefined {
  const rest = statement.rest?.find((r) => r.mode === "server") ?? statement.rest?.[0];
  return rest?.resource?.find((r) => r.type === type);
}

/** The reason the persona refuses this write (405), or undefined. */
export async function personaProblem(statement: CapabilityStatement, engine: FhirEngine, kind: RequestKind, ifNoneExist: string | undefined): Promise<string | undefined> {
  const type = kind.type ?? "";
  const resource = kind.type ? declaredResource(statement, type) : undefined;
  if (!resource) return undefined;
  const { interaction, id } = kind;
  if (interaction === "create" && ifNoneExist && resource.conditionalCreate !== true) return `Conditional create (If-None-Exist) on ${type} is not supported by this server.`;
  if ((interaction === "update" || interaction === "patch") && !id && resource.conditionalUpdate !== true) return `Conditional ${interaction} (${type}?search) is not supported by this server.`;
  if (interaction === "delete" && !id && (resource.conditionalDelete ?? "not-supported") === "not-supported") return `Conditional delete (${type}?search) is not supported by this server.`;
  if (interaction === "update" && id && resource.updateCreate !== true) {
    const exists = await engine.repo.readResource(type, id).then(() => true, () => false);
    if (!exists) return `${type}/${id} does not exist, and this server does not create resources by update (client-defined ids).`;
  }
  return undefined;
}
