import { useCallback, useState } from "react";
import { startDraft } from "../../billing/draft/start-draft.ts";
import { useSession } from "../shell/session-context.tsx";
import { CodingWorkspace, type ContextWithEncounter } from "./coding-workspace.tsx";
import { draftKey } from "./draft-storage.ts";
import { useClaimDraft } from "./use-claim-draft.ts";

export interface EncounterScreenProps {
  context: ContextWithEncounter;
  chargeFor(code: string, modifiers: string[]): number;
  now(): string;
}

/** The encounter's coding work: the draft (saved as the user works), the workspace and the claim review. */
export function EncounterScreen({ context, chargeFor, now }: EncounterScreenProps) {
  const { session } = useSession();
  const encounter = context.encounter;
  const dateOfService = encounter.period?.start?.slice(0, 10) ?? now().slice(0, 10);
  const location = context.locations[0];
  const start = useCallback(
    () =>
      startDraft({
        patientId: context.patient?.id ?? session.patientId ?? "",
        encounter,
        procedures: context.procedures,
        ...(location ? { location } : {}),
        ...(context.practitioners[0]?.id ? { practitionerRef: `Practitioner/${context.practitioners[0].id}` } : {}),
        ...(encounter.serviceProvider?.reference ? { organizationRef: encounter.serviceProvider.reference } : {}),
        ...(context.coverages[0]?.id ? { coverageRef: `Coverage/${context.coverages[0].id}` } : {}),
        chargeFor,
      }),
    [context, encounter, location, session.patientId, chargeFor],
  );
  const draftState = useClaimDraft(draftKey(session.serverUrl, `Encounter/${encounter.id}`), start, now);
  const [, setReviewing] = useState(false);
  return <CodingWorkspace context={context} draftState={draftState} chargeFor={chargeFor} dateOfService={dateOfService} onReview={() => setReviewing(true)} />;
}
