/** Registered SMART clients (public clients: no secret), read from smart-launch/clients.json. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface RegisteredClient {
  client_id: string;
  name: string;
  launch_url: string;
  /** Compared exactly, as OAuth 2.0 requires. */
  redirect_uris: string[];
}

export const CLIENTS_FILE = resolve(import.meta.dirname, "../clients.json");

export function readClients(file = CLIENTS_FILE): RegisteredClient[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { clients: RegisteredClient[] };
  return parsed.clients;
}

/** The pages beside an app's launch page that it is redirected back to: index.html, its folder and billing-callback.html. */
export function appRedirectUris(appLaunchUrl: string): string[] {
  return ["index.html", "./", "billing-callback.html"].map((page) => new URL(page, appLaunchUrl).toString());
}

/**
 * The registered clients, each also accepting the redirect URIs of the app the launcher launches
 * (APP_LAUNCH_URL), wherever the operator serves it: a test run serving the app on a port it chose
 * free can complete its login. Other redirect URIs stay refused.
 */
export function withLaunchedApp(clients: RegisteredClient[], appLaunchUrl: string): RegisteredClient[] {
  const extra = appRedirectUris(appLaunchUrl);
  return clients.map((client) => ({ ...client, redirect_uris: [...new Set([...client.redirect_uris, ...extra])] }));
}
