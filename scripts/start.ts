/**
 * `npm start`: the sandbox EHR and the app (Vite dev server) together. Prints where to
 * click, and stops both on Ctrl-C.
 */
import { spawn, type ChildProcess } from "node:child_process";

const sandboxPort = process.env["PORT"] ?? "4000";
// The practice's own billing FHIR server (persona "billing"), for EHR personas that accept no claims.
const billingPort = process.env["BILLING_PORT"] ?? String(Number(sandboxPort) + 1);
const appPort = process.env["APP_PORT"] ?? "5173";
const appUrl = `http://localhost:${appPort}`;

function run(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (line: string) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) if (line.trim()) console.log(prefix(line));
    });
  }
  child.on("exit", (code) => {
    console.log(prefix(`exited (${code ?? "signal"})`));
    stop(code ?? 0);
  });
  return child;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const children: ChildProcess[] = [];
let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 300);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

children.push(
  run("sandbox", process.execPath, ["--import", "tsx", "smart-launch/main.ts"], { PORT: sandboxPort, APP_LAUNCH_URL: `${appUrl}/launch.html` }),
  run("billing", process.execPath, ["--import", "tsx", "smart-launch/main.ts"], { PORT: billingPort, SANDBOX_PROFILE: "billing", APP_LAUNCH_URL: `${appUrl}/launch.html` }),
  run("app", process.execPath, ["node_modules/vite/bin/vite.js", "--port", appPort, "--strictPort"], {}),
);

try {
  await Promise.all([
    waitFor(`http://localhost:${sandboxPort}/fhir/.well-known/smart-configuration`),
    waitFor(`http://localhost:${billingPort}/fhir/.well-known/smart-configuration`),
    waitFor(`${appUrl}/launch.html`),
  ]);
  console.log(`
  Sandbox EHR and app are running.

    Open the sandbox launcher:  http://localhost:${sandboxPort}/
    (pick a user, a patient and an encounter, then "Launch in EHR frame")

    Standalone launch:          ${appUrl}/launch.html?iss=http://localhost:${sandboxPort}/fhir

    Billing server:             http://localhost:${billingPort}/fhir (persona "billing", no chart)
    It keeps the claims when the EHR accepts none: start the EHR as Epic to try it,
    SANDBOX_PROFILE=epic npm start, then "Connect billing server" in the app
    (public/billing-config.json names it for http://localhost:4000/fhir).

  Press Ctrl-C to stop them all.
`);
} catch (error) {
  console.error(String(error));
  stop(1);
}
