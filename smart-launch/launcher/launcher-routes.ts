/** The launcher's routes: the page, the EHR frame, the encounter list, and GET /launch. */
import type { ServerResponse } from "node:http";
import { redirect, sendHtml, sendJson } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { listEncounters } from "./directory.ts";
import { renderEhrFrame, renderLauncher } from "./launcher-page.ts";

function flag(query: URLSearchParams, name: "deny" | "embedded"): Record<string, boolean> {
  return query.get(name) === "1" ? { [name]: true } : {};
}

/** GET /launch?patient=&encounter=&user=[&deny=1][&embedded=1]: creates a launch, 302 to the app with iss and launch. */
function launch(ctx: SandboxContext, res: ServerResponse, query: URLSearchParams): void {
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
    case "/launch": launch(ctx, res, url.searchParams); return true;
    case "/launcher/api/encounters": sendJson(res, 200, await listEncounters(ctx.engine, url.searchParams.get("patient") ?? "")); return true;
    default: return false;
  }
}
