/**
 * The standalone-launch page: the sandbox asks which patient (and which user) the app may see.
 * A plain form posting to /auth/authorize/select, labelled so people and tests can use it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml, readBody } from "../http/respond.ts";
import { listPatients, listPractitioners, type Choice } from "../launcher/directory.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { checkClient, issueCode, redirectError, requestProblem } from "./authorize.ts";

function options(choices: Choice[]): string {
  return choices.map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.label)}</option>`).join("");
}

export async function renderPatientPicker(ctx: SandboxContext, params: Record<string, string>): Promise<string> {
  const hidden = Object.entries(params).map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join("");
  const client = ctx.clients.find((c) => c.client_id === params["client_id"]);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Choose a patient</title></head>
<body><main><h1>Choose a patient</h1><p>${escapeHtml(client?.name ?? "The app")} asks to open a patient record.</p>
<form method="post" action="/auth/authorize/select">${hidden}
<p><label for="patient">Patient</label> <select id="patient" name="patient">${options(await listPatients(ctx.engine))}</select></p>
<p><label for="user">User</label> <select id="user" name="user">${options(await listPractitioners(ctx.engine))}</select></p>
<p><button type="submit" name="decision" value="allow">Allow access</button> <button type="submit" name="decision" value="deny">Deny access</button></p>
</form></main></body></html>`;
}

/** POST /auth/authorize/select: the picker's answer. */
export async function handlePatientSelection(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
  const { patient, user, decision, ...params } = form;
  if (!checkClient(ctx, res, params)) return;
  const problem = requestProblem(ctx, params);
  if (problem) return redirectError(res, params, ...problem);
  if (decision !== "allow") return redirectError(res, params, "access_denied", "the user denied access to the app");
  issueCode(ctx, res, params, { ...(patient ? { patient } : {}), ...(user ? { user } : {}) });
}
