import { gunzipIfNeeded } from "../billing/ncci/load-ncci.ts";
import { parseMpfsArtifact, type MpfsArtifact } from "../coding/fee-schedule/index.ts";
import type { DefaultFees } from "../coding/fee-schedule/index.ts";
import type { BillingConfig } from "../ui/claim/billing-config.ts";

/** The artifact's path under public/ (its key in the artifact manifest). */
export const MPFS_ARTIFACT = "mpfs/mpfs-rvu-2025.json.gz";

/** public/ path -> the name served and its content hash (scripts/vite-hashed-artifacts.ts); empty where no Vite build defines it (tests). */
export type ArtifactNames = Record<string, { path: string; hash: string }>;
const APP_ARTIFACTS: ArtifactNames = typeof __APP_MPFS_ARTIFACTS__ === "object" ? __APP_MPFS_ARTIFACTS__ : {};

/** Where the MPFS artifact is fetched from: its content-addressed name in a build ("mpfs/mpfs-rvu-2025.json.<hash>.gz"), the plain name in `vite` dev. */
export function mpfsArtifactPath(names: ArtifactNames = APP_ARTIFACTS): string {
  return names[MPFS_ARTIFACT]?.path ?? MPFS_ARTIFACT;
}

/** Reads the MPFS artifact next to the app; never throws: what went wrong in words instead. */
export async function readMpfsArtifact(fetcher: typeof fetch = (input, init) => fetch(input, init), base: string = window.location.href, names: ArtifactNames = APP_ARTIFACTS): Promise<MpfsArtifact | string> {
  try {
    const response = await fetcher(new URL(mpfsArtifactPath(names), base));
    if (!response.ok) return `the default fee schedule (${MPFS_ARTIFACT}) could not be read (HTTP ${response.status})`;
    const bytes = await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer()));
    const parsed = parseMpfsArtifact(JSON.parse(new TextDecoder().decode(bytes)));
    return "artifact" in parsed ? parsed.artifact : parsed.problem;
  } catch (error) {
    return `the default fee schedule (${MPFS_ARTIFACT}) could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The default fees of the practice (billing-config `defaultFees`: locality and multiplier); an unknown locality is a problem. */
export function defaultFeesOf(artifact: MpfsArtifact, billing: BillingConfig | undefined, problems: string[]): DefaultFees {
  const settings = billing?.defaultFees;
  const locality = settings?.locality;
  if (locality !== undefined && !Object.hasOwn(artifact.localities, locality)) {
    problems.push(`billing-config.json: defaultFees.locality "${locality}" is not a CY${artifact.year} Medicare payment locality (MAC-locality, e.g. "14212-01" Metropolitan Boston): national amounts are used.`);
  }
  return {
    artifact,
    ...(locality !== undefined && Object.hasOwn(artifact.localities, locality) ? { locality } : {}),
    ...(settings?.multiplier !== undefined ? { multiplier: settings.multiplier } : {}),
  };
}
