/**
 * GET / : the launcher. Pick a user (Practitioner), a patient and one of their encounters, then
 * launch the app inside an EHR-like page (iframe) or in a new window. No framework: a form and
 * a small inline script that fills the encounter list from /launcher/api/encounters.
 */
import { escapeHtml } from "../http/respond.ts";
import type { SandboxContext } from "../sandbox-context.ts";
import { listPatients, listPractitioners, type Choice } from "./directory.ts";

function options(choices: Choice[]): string {
  return choices.map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.label)}</option>`).join("");
}

const SCRIPT = `
const form = document.getElementById("launch-form");
const patient = document.getElementById("patient");
const encounter = document.getElementById("encounter");
async function loadEncounters() {
  encounter.innerHTML = "";
  const response = await fetch("/launcher/api/encounters?patient=" + encodeURIComponent(patient.value));
  for (const choice of await response.json()) encounter.add(new Option(choice.label, choice.id));
  document.getElementById("encounter-count").textContent = encounter.options.length + " encounters";
}
patient.addEventListener("change", loadEncounters);
document.getElementById("new-window").addEventListener("click", () => {
  const query = new URLSearchParams(new FormData(form));
  window.open("/launch?" + query.toString(), "_blank");
});
loadEncounters();
`;

export async function renderLauncher(ctx: SandboxContext): Promise<string> {
  const [users, patients] = await Promise.all([listPractitioners(ctx.engine), listPatients(ctx.engine)]);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox EHR launcher</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem}label{display:block;font-weight:600;margin-top:1rem}label:has(input){font-weight:400}select{min-width:28rem;padding:.3rem}button{margin:1.2rem .5rem 0 0;padding:.5rem 1rem}</style></head>
<body><main><h1>Sandbox EHR launcher</h1>
<p>Persona: <strong>${escapeHtml(ctx.persona.profile)}</strong>. FHIR base: <code>${escapeHtml(ctx.fhirBase)}</code>. App launch URL: <code>${escapeHtml(ctx.appLaunchUrl)}</code>.</p>
<form id="launch-form" method="get" action="/ehr">
<label for="user">User</label><select id="user" name="user">${options(users)}</select>
<label for="patient">Patient</label><select id="patient" name="patient">${options(patients)}</select>
<label for="encounter">Encounter</label><select id="encounter" name="encounter"></select> <span id="encounter-count" aria-live="polite"></span>
<label><input type="checkbox" name="deny" value="1"> Simulate a user who denies the app access</label>
<div><button type="submit">Launch in EHR frame</button><button type="button" id="new-window">Launch in new window</button></div>
</form></main><script>${SCRIPT}</script></body></html>`;
}

/** GET /ehr: an EHR-like page embedding the app the way athena and Epic do (sandboxed iframe). */
export function renderEhrFrame(ctx: SandboxContext, query: URLSearchParams): string {
  const embedded = new URLSearchParams(query);
  embedded.set("embedded", "1");
  const launch = `/launch?${embedded.toString()}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox EHR</title>
<style>body{margin:0;font-family:system-ui,sans-serif;display:flex;flex-direction:column;height:100vh}header{background:#1d3557;color:#fff;padding:.5rem 1rem}iframe{flex:1;border:0;width:100%}</style></head>
<body><header><strong>Sandbox EHR</strong> (${escapeHtml(ctx.persona.profile)}) - patient ${escapeHtml(query.get("patient") ?? "")}, encounter ${escapeHtml(query.get("encounter") ?? "")} - <a href="/" style="color:#fff">back to launcher</a></header>
<iframe title="SMART app" src="${escapeHtml(launch)}" sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"></iframe></body></html>`;
}
