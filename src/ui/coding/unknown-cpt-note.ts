import type { CodeHit } from "../../coding/code-index.ts";
import { CPT_NUMBER } from "../../coding/store/index.ts";
import { CPT } from "../../coding/systems.ts";
import { unknownCptText } from "../../billing/scrub/unknown-cpt-text.ts";

/**
 * When the typed text is a whole CPT number that search did not find (CMS's public files do not
 * know it), the scrubber's procedure-invalid words for it; otherwise undefined.
 */
export function unknownCptNote(text: string, systems: readonly string[], hits: readonly CodeHit[]): string | undefined {
  const code = text.trim().toUpperCase();
  if (!CPT_NUMBER.test(code) || !systems.includes(CPT)) return undefined;
  if (hits.some((hit) => hit.system === CPT && hit.code.toUpperCase() === code)) return undefined;
  return `Not added: ${unknownCptText(code)} (procedure-invalid)`;
}
