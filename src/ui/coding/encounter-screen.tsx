import { useCallback, useMemo, useState } from "react";
import type { BillingConfig } from "../claim/billing-config.ts";
import { ClaimStatusRegion } from "../claim/claim-status-region.tsx";
import { ReviewPanel } from "../claim/review-panel.tsx";
import { SubmitStep } from "../claim/submit-step.tsx";
import { DenialNotice } from "../claim/denial-notice.tsx";
import { denialHighlights, type DenialHighlight } from "../../billing/status/denial-highlights.ts";
import { startDraft } from "../../billing/draft/start-draft.ts";
import { useSession } from "../shell/session-context.tsx";
import { CodingWorkspace, type ContextWithEncounter } from "./coding-workspace.tsx";
import { draftKey } from "./draft-storage.ts";
import { useClaimDraft } from "./use-claim-draft.ts";

export interface EncounterScreenProps {
  context: ContextWithEncounter;
  chargeFor(code: string, modifiers: string[]): number;
  billing: BillingConfig;
  now(): string;
}

/** The encounter's coding work: the draft (saved as the user works), the workspace and the claim review. */
export function EncounterScreen({ context, chargeFor, billing, now }: EncounterScreenProps) {
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
  const [reviewing, setReviewing] = useState(false);
  // One timestamp per draft revision: the reviewed Claim (and its scrub) only changes when the draft does.
  const reviewTime = useMemo(() => now(), [draftState.draft.revision, now]);
  const [denial, setDenial] = useState<DenialHighlight[]>();
  const [submittedAt, setSubmittedAt] = useState(0);
  const review = () => {
    setReviewing(true);
    setTimeout(() => document.getElementById("claim-review")?.scrollIntoView?.({ block: "start" }), 0);
  };
  return (
    <>
      {denial && <DenialNotice highlights={denial} lines={draftState.draft.lines} onDismiss={() => setDenial(undefined)} />}
      <CodingWorkspace context={context} draftState={draftState} chargeFor={chargeFor} dateOfService={dateOfService} onReview={review} />
      {reviewing && (
        <div id="claim-review">
          <ReviewPanel
            draft={draftState.draft}
            context={context}
            fhirUserRef={session.fhirUser ?? ""}
            now={reviewTime}
            renderSubmit={(checked, blocked) => (
              <SubmitStep review={checked} blocked={blocked} draft={draftState.draft} context={context} config={billing} now={now} onSubmitted={() => setSubmittedAt(Date.now())} />
            )}
          />
        </div>
      )}
      <ClaimStatusRegion encounterRef={`Encounter/${encounter.id}`} refreshKey={submittedAt} onCorrect={(status) => {
          setDenial(denialHighlights(status, draftState.draft));
          review();
          setTimeout(() => document.getElementById("denial-notice")?.focus(), 0);
        }} />
    </>
  );
}
