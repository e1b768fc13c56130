/** The launcher's routes: the page, the EHR frame, the encounter list, and GET /launch. */
import type { ServerResponse } from "node:http";
import type { Encounter, Resource } from "fhir/r4";
import { escapeHtml, redirect, sendHtml, sendJson } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { listEncounters } from "./directory.ts";
import { renderEhrFrame, renderLauncher } from "./launcher-page.ts";

function flag(query: URLSearchParams, name: "deny" | "embedded"): Record<string, boolean> {
  return query.get(name) === "1" ? { [name]: true } : {};
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const TYPE_OF: Record<string, string> = { patient: "Patient", encounter: "Encounter", user: "Practitioner" };

/** Why the launch's ids cannot start a launch (not FHIR ids, not on this server, an encounter of another patient), or undefined. */
async function launchProblem(ctx: SandboxContext, query: URLSearchParams): Promise<string | undefined> {
  const found: Record<string, Resource> = {};
  for (const [key, type] of Object.entries(TYPE_OF)) {
    const values = query.getAll(key);
    if (values.length === 0 || (values.length === 1 && values[0] === "")) continue;
    if (values.length > 1) return `${key} is given more than once.`;
    const id = values[0] ?? "";
    if (!FHIR_ID.test(id)) return `${key} "${id}" is not a FHIR id.`;
    const resource = await ctx.engine.repo.readResource(type, id).catch(() => undefined);
    if (!resource) return `${type}/${id} does not exist on this server.`;
    found[key] = resource as unknown as Resource;
  }
  const encounter = found["encounter"] as Encounter | undefined;
  if (encounter && query.get("patient") && encounter.subject?.reference !== `Patient/${query.get("patient") ?? ""}`) return `Encounter/${encounter.id ?? ""} is not an encounter of Patient/${query.get("patient") ?? ""}.`;
  return undefined;
}

/** GET /launch?patient=&encounter=&user=[&deny=1][&embedded=1]: creates a launch, 302 to the app with iss and launch. */
async function launch(ctx: SandboxContext, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const problem = await launchProblem(ctx, query);
  if (problem) return sendHtml(res, 400, `<!doctype html><html lang="en"><head><title>Launch refused</title></head><body><main><h1>Launch refused</h1><p role="alert">${escapeHtml(problem)}</p></main></body></html>`);
  const pick = (key: string): Record<string, string> => (query.get(key) ? { [key]: query.get(key) ?? "" } : {});
  const id = ctx.store.createLaunch({ ...pick("patient"), ...pick("encounter"), ...pick("user"), ...flag(query, "deny"), ...flag(query, "embedded") });
  const target = new URL(ctx.appLaunchUrl);
  target.searchParams.set("iss", ctx.fhirBase);
  target.searchParams.set("launch", id);
  redirect(res, target.toString());
}

/** Serves a launcher route; false when the path is not one. */
export async function handleLauncher(ctx: SandboxContext, res: ServerResponse, url: URL): Promise<boolean> {
  switch (url.pathname) {
    case "/": sendHtml(res, 200, await renderLauncher(ctx)); return true;
    case "/ehr": sendHtml(res, 200, renderEhrFrame(ctx, url.searchParams)); return true;
    case "/launch": await launch(ctx, res, url.searchParams); return true;
    case "/launcher/api/encounters": sendJson(res, 200, await listEncounters(ctx.engine, url.searchParams.get("patient") ?? "")); return true;
    default: return false;
  }
}
