import { useQuery } from "@tanstack/react-query";
import type { HumanName, Practitioner } from "fhir/r4";
import type { BillingState } from "../../billing/state/billing-state.ts";
import { useSession } from "../shell/session-context.tsx";

export function personName(name: HumanName | undefined): string | undefined {
  if (!name) return undefined;
  return name.text ?? ([name.prefix?.join(" "), name.given?.join(" "), name.family].filter(Boolean).join(" ") || undefined);
}

/** The Practitioners the billing state names (who changed the claim, who left a note), as "Practitioner/x" refs. */
export function peopleIn(state: BillingState | undefined): string[] {
  const refs = new Set<string>();
  const add = (ref: string | undefined) => ref?.startsWith("Practitioner/") && refs.add(ref);
  add(state?.lastChange?.who);
  for (const note of state?.handoff?.resource.note ?? []) add(note.authorReference?.reference);
  return [...refs].sort();
}

/**
 * Names for the people the billing state mentions that the chart did not bring (a coder is
 * rarely a participant of the encounter): one read each, cached; a refused read leaves the reference.
 */
export function usePeopleNames(refs: string[], known: Practitioner[]): (ref: string | undefined) => string | undefined {
  const { gateway, session } = useSession();
  const missing = refs.filter((ref) => !known.some((p) => ref === `Practitioner/${p.id}`));
  const query = useQuery({
    queryKey: ["people", gateway.baseUrl, missing],
    enabled: missing.length > 0,
    staleTime: 60 * 60_000,
    queryFn: async () => Promise.all(missing.map((ref) => gateway.read<Practitioner>("Practitioner", ref.split("/")[1] ?? "").catch(() => undefined))),
  });
  const everyone = [...known, ...(query.data ?? []).filter((p): p is Practitioner => Boolean(p))];
  return (ref) => {
    if (ref && ref === session.fhirUser) return "you";
    return personName(everyone.find((p) => ref === `Practitioner/${p.id}`)?.name?.[0]);
  };
}
