import { isSmartConfig, type SmartConfig } from "../smart/smart-config.ts";

/** Reads public/smart-config.json (registration per EHR), served next to the app. */
export async function loadSmartConfig(): Promise<SmartConfig> {
  const response = await fetch(new URL("smart-config.json", window.location.href));
  if (!response.ok) throw new Error(`smart-config.json could not be read (HTTP ${response.status}).`);
  const config: unknown = await response.json();
  if (!isSmartConfig(config)) throw new Error("smart-config.json must have a `clients` list of { issMatch, clientId }.");
  return config;
}
