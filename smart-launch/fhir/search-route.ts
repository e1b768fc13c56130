/** search-type: refuse unknown parameters, normalise references, narrow to the patient, page, and add only the includes the token may see. */
import type { ServerResponse } from "node:http";
import { DEFAULT_SEARCH_COUNT } from "@medplum/core";
import type { Bundle } from "fhir/r4";
import type { TokenRecord } from "../auth/session-store.ts";
import { FHIR_JSON, sendJson, sendOutcome } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { mayInclude } from "./access.ts";
import { restrictToPatient } from "./compartment.ts";
import { searchEngine } from "./engine-search.ts";
import { normaliseSearchParams, searchParamProblem } from "./search-params.ts";
import { completeSearchset } from "./search-results.ts";
import { isBudgetError } from "./request-budget.ts";

export async function runSearch(ctx: SandboxContext, res: ServerResponse, type: string, params: URLSearchParams, patientId: string | undefined, grant: TokenRecord): Promise<void> {
  const rest = ctx.persona.statement.rest?.[0];
  const declared = rest?.resource?.find((r) => r.type === type);
  if (!declared) return sendOutcome(res, 405, "not-supported", `search on ${type} is not supported by this server.`);
  const problem = searchParamProblem(declared, params);
  if (problem) return sendOutcome(res, problem.status, "not-supported", problem.text);
  const forEngine = new URLSearchParams(normaliseSearchParams(type, params, ctx.fhirBase));
  for (const key of ["_include", "_revinclude", "_format"]) forEngine.delete(key);
  forEngine.set("_count", String(Math.min(Number(params.get("_count") ?? DEFAULT_SEARCH_COUNT), 1000)));
  const query = patientId ? restrictToPatient(type, forEngine, patientId) : forEngine;
  let bundle: Bundle;
  try {
    bundle = await searchEngine(ctx.engine, type, query);
  } catch (error) {
    if (isBudgetError(error)) throw error;
    return sendOutcome(res, 400, "invalid", `Search failed: ${(error as Error).message}`);
  }
  sendJson(res, 200, await completeSearchset(ctx.engine, ctx.fhirBase, type, bundle, params, (resource) => mayInclude(grant, resource)), {}, FHIR_JSON);
}
