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
