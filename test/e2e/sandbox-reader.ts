import type { Bundle, FhirResource } from "fhir/r4";
import { fhirGet, userTokens } from "../integration/smart-flow.ts";

/** Reads the sandbox's FHIR data directly (a user-scoped token), to check what the app wrote. */
export async function sandboxSearch<T extends FhirResource>(base: string, query: string): Promise<T[]> {
  const sandbox = { url: base, fhirBase: `${base}/fhir` };
  const token = await userTokens(sandbox as never, "openid fhirUser user/*.rs");
  const response = await fhirGet(sandbox as never, token.access_token, query);
  if (!response.ok) throw new Error(`${query}: HTTP ${response.status} ${await response.text()}`);
  const bundle = (await response.json()) as Bundle<T>;
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}
