import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import type { PlaceOption } from "./encounters-to-code.tsx";

/** The open encounter's organization and locations, offered as lists of encounters to code. */
export function placeOptions(context: EncounterContext): PlaceOption[] {
  const encounter = context.encounter;
  const options: PlaceOption[] = [];
  const org = encounter?.serviceProvider;
  const orgId = org?.reference?.match(/Organization\/([^/]+)$/)?.[1];
  if (orgId) options.push({ kind: "organization", ref: `Organization/${orgId}`, label: context.organizations.find((o) => o.id === orgId)?.name ?? org?.display ?? `Organization/${orgId}` });
  for (const { location } of encounter?.location ?? []) {
    const id = location.reference?.match(/Location\/([^/]+)$/)?.[1];
    if (id && !options.some((o) => o.ref === `Location/${id}`)) options.push({ kind: "location", ref: `Location/${id}`, label: context.locations.find((l) => l.id === id)?.name ?? location.display ?? `Location/${id}` });
  }
  return options;
}
