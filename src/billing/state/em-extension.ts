import type { Extension } from "fhir/r4";
import { readDraftEm, type DraftEm } from "../draft/draft-em.ts";

/** Claim extension carrying the coder's E/M choices, so whoever opens the draft next sees them. */
export const EM_CHOICES_EXTENSION = "https://smart-coding-billing.example/StructureDefinition/em-choices";

/** The E/M choices as one complex extension (one sub-extension per choice). */
export function emExtension(em: DraftEm): Extension {
  const parts: Extension[] = [
    { url: "basis", valueCode: em.basis },
    { url: "status", valueCode: em.status },
    { url: "problems", valueCode: em.mdm.problems },
    { url: "data", valueCode: em.mdm.data },
    { url: "risk", valueCode: em.mdm.risk },
  ];
  if (em.minutes !== undefined) parts.push({ url: "minutes", valueInteger: em.minutes });
  if (em.day) parts.push({ url: "day", valueCode: em.day });
  if (em.levelFrom) parts.push({ url: "levelFrom", valueCode: em.levelFrom });
  return { url: EM_CHOICES_EXTENSION, extension: parts };
}

/** The E/M choices a Claim carries, or undefined when it carries none (or none readable). */
export function emFromExtensions(extensions: readonly Extension[] | undefined): DraftEm | undefined {
  const ext = extensions?.find((e) => e.url === EM_CHOICES_EXTENSION);
  if (!ext) return undefined;
  const part = (url: string) => ext.extension?.find((e) => e.url === url);
  return readDraftEm({
    basis: part("basis")?.valueCode,
    status: part("status")?.valueCode,
    minutes: part("minutes")?.valueInteger,
    mdm: { problems: part("problems")?.valueCode, data: part("data")?.valueCode, risk: part("risk")?.valueCode },
    day: part("day")?.valueCode,
    levelFrom: part("levelFrom")?.valueCode,
  });
}
