import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { draftRetentionDaysOf, type BillingConfig } from "../claim/billing-config.ts";
import { ClaimStatusRegion, ClearinghouseFiles, ReviewPanel, SubmitStep, usePrefetchedReview } from "./lazy-regions.tsx";
import { DenialNotice } from "../claim/denial-notice.tsx";
import { denialHighlights, type DenialHighlight } from "../../billing/status/denial-highlights.ts";
import { startDraft } from "../../billing/draft/start-draft.ts";
import { useSession } from "../shell/session-context.tsx";
import { checkReadyDraft } from "../../billing/build/build-context.ts";
import { readBillingState } from "../../billing/state/billing-state.ts";
import { sameContent } from "../../billing/state/claim-content.ts";
import { draftFromClaim } from "../../billing/state/draft-from-claim.ts";
import { currentClaim } from "../../billing/state/plan-store-writes.ts";
import { ConflictDialog } from "../claim/conflict-dialog.tsx";
import { HandoffRegion } from "../claim/handoff-region.tsx";
import { useBillingStore } from "../claim/use-billing-store.ts";
import { peopleIn, usePeopleNames } from "../claim/use-people-names.ts";
import { useWritePath } from "../claim/use-write-path.ts";
import { useQueryClient } from "@tanstack/react-query";
import { billingEndpointFor } from "../claim/billing-config.ts";
import { BillingServerNotice } from "../claim/billing-server-notice.tsx";
import { telehealthModifierFor } from "../claim/telehealth-modifier.ts";
import { useBillingServer } from "../claim/use-billing-server.ts";
import { forgetLocalDraft } from "./draft-storage.ts";
import { CodingWorkspace, type ContextWithEncounter } from "./coding-workspace.tsx";
import { draftKey } from "./draft-storage.ts";
import { useClaimDraft } from "./use-claim-draft.ts";
import { WorkspaceErrorBoundary } from "./workspace-error-boundary.tsx";
import { claimPayerKind } from "../../billing/payer/payer-kind.ts";
import { focusClaimStatus, reviewShortcuts } from "./review-shortcuts.ts";

export interface EncounterScreenProps {
  context: ContextWithEncounter;
  chargeFor(code: string, modifiers: string[]): number;
  billing: BillingConfig;
  now(): string;
}

/** The encounter's coding work: the draft (saved as the user works), the workspace and the claim review. */
export function EncounterScreen({ context, chargeFor, billing, now }: EncounterScreenProps) {
  const { session, gateway } = useSession();
  const encounter = context.encounter;
  const dateOfService = encounter.period?.start?.slice(0, 10) ?? now().slice(0, 10);
  const location = context.locations[0];
  const encounterRef = `Encounter/${encounter.id}`;
  const payer = useMemo(() => claimPayerKind(context.coverages, context.organizations, billing.payerKinds), [context.coverages, context.organizations, billing.payerKinds]);
  const start = useCallback(() => {
    const chart = startDraft({
        patientId: context.patient?.id ?? session.patientId ?? "",
        encounter,
        procedures: context.procedures,
        ...(location ? { location } : {}),
        ...(context.practitioners[0]?.id ? { practitionerRef: `Practitioner/${context.practitioners[0].id}` } : {}),
        ...(encounter.serviceProvider?.reference ? { organizationRef: encounter.serviceProvider.reference } : {}),
        ...(context.coverages[0]?.id ? { coverageRef: `Coverage/${context.coverages[0].id}` } : {}),
        taxonomy: { practitioners: context.practitioners, practitionerRoles: context.practitionerRoles, ...(billing.providerTaxonomies ? { configured: billing.providerTaxonomies } : {}) },
        chargeFor,
      });
    const payer = context.coverages[0]?.payor?.[0]?.reference;
    if (payer?.startsWith("Organization/")) chart.insurerRef = payer;
    // Where the store already holds the encounter's claim, the next person continues from it.
    const stored = currentClaim(readBillingState(context.billingResources, encounterRef));
    return stored ? { ...chart, ...draftFromClaim(stored.resource, chart) } : chart;
  }, [context, encounter, location, session.patientId, chargeFor, encounterRef, billing.providerTaxonomies]);
  const localKey = draftKey(session.serverUrl, session.fhirUser ?? "", encounterRef);
  const draftState = useClaimDraft(localKey, start, now, { retentionDays: draftRetentionDaysOf(billing) });
  const path = useWritePath(billing);
  const queryClient = useQueryClient();
  // Opening an encounter writes nothing: the draft goes to the store once someone has worked on it
  // (in this visit, or in this browser before: a restored local draft).
  const opened = useRef(draftState.draft);
  const worked = Boolean(draftState.restoredFrom) || !sameContent(opened.current, draftState.draft);
  const billingServer = useBillingServer(path?.kind === "billing-endpoint" ? billingEndpointFor(billing, gateway.baseUrl) : undefined);
  const store = useBillingStore(path, context, encounterRef, draftState.draft, draftState.dispatch, now, { autosave: worked, billingGateway: billingServer?.gateway });
  // The claim on a billing server arrives after the chart: an untouched draft continues from it.
  const stored = store.state ? currentClaim(store.state) : undefined;
  useEffect(() => {
    if (!stored || worked || draftState.draft.basedOn) return;
    draftState.dispatch({ type: "replace", draft: { ...draftState.draft, ...draftFromClaim(stored.resource, draftState.draft), revision: draftState.draft.revision } });
  }, [stored, worked, draftState]);
  const nameOf = usePeopleNames(peopleIn(store.state), context.practitioners);
  const handOff = async (note: string): Promise<string | undefined> => {
    const ready = checkReadyDraft(draftState.draft);
    if (!ready.ok) return `The hand-off points at the saved claim, which is not complete yet: ${ready.outcome.issue.map((i) => i.details?.text ?? "").join(" ")}`;
    const result = await store.run({ kind: "handoff", note });
    if (result?.kind === "done") return "Handed to coding. The next person sees your draft and this note.";
    if (result?.kind === "conflict") return "Someone changed the claim: resolve the conflict first.";
    return result?.kind === "failed" ? "The hand-off could not be saved; try again." : undefined;
  };
  const [reviewing, setReviewing] = useState(false);
  // One timestamp per draft revision: the reviewed Claim (and its scrub) only changes when the draft does.
  const reviewTime = useMemo(() => now(), [draftState.draft.revision, now]);
  const [denial, setDenial] = useState<DenialHighlight[]>();
  // Each "Review claim" (Alt+R) asks the review to come into view and take focus once it has rendered.
  const [reviewRequest, setReviewRequest] = useState(0);
  const [submissions, setSubmissions] = useState(0);
  const review = (focus = true) => {
    // A value of the restored draft that could not be used is corrected first: go to its field.
    if (draftState.reviewBlocked) return document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    setReviewing(true);
    if (focus) setReviewRequest((n) => n + 1);
  };
  const shortcuts = useMemo(() => reviewShortcuts(() => review()), [draftState.reviewBlocked]);
  // The first "Review claim" finds the draft already scrubbed.
  usePrefetchedReview({ draft: draftState.draft, context, fhirUserRef: session.fhirUser, now: reviewTime, filingLimits: billing.filingLimits, payer }, !reviewing);
  return (
    <>
      {store.conflict && <ConflictDialog conflict={store.conflict} mine={draftState.draft} nameOf={nameOf} onKeepMine={store.keepMine} onTakeTheirs={store.takeTheirs} />}
      {store.target && <p className="muted small" aria-live="polite">{store.saving === "saving" ? "Saving the draft on the server…" : store.saving === "saved" ? "Draft saved on the server: others see it." : store.saveError ?? ""}</p>}
      {denial && <DenialNotice highlights={denial} lines={draftState.draft.lines} onDismiss={() => setDenial(undefined)} />}
      <WorkspaceErrorBoundary onDiscard={draftState.discard}>
        <CodingWorkspace context={context} draftState={draftState} chargeFor={chargeFor} dateOfService={dateOfService} onReview={review} payer={payer} moreShortcuts={shortcuts} telehealthModifier={telehealthModifierFor(billing.telehealthModifiers, context.coverages[0], context.organizations)} />
      </WorkspaceErrorBoundary>
      {reviewing && (
        <div id="claim-review">
          <ReviewPanel
            draft={draftState.draft}
            context={context}
            fhirUserRef={session.fhirUser}
            now={reviewTime}
            filingLimits={billing.filingLimits}
            payer={payer}
            focusRequest={reviewRequest}
            exportCheck={path?.kind === "export" ? { cliaNumber: billing.cliaNumber } : undefined}
            renderSubmit={(checked, blocked) => (
              path ? (
                <SubmitStep review={checked} blocked={blocked} draft={draftState.draft} context={context} config={billing} path={path} store={store} now={now} onSubmitted={() => {
                  // The store confirmed it: the browser's copy is no longer needed.
                  if (store.target) forgetLocalDraft(window.localStorage, localKey);
                  void store.refresh();
                  setSubmissions((n) => n + 1);
                  focusClaimStatus();
                }} />
              ) : <p aria-busy="true">Reading what this EHR accepts…</p>
            )}
          />
        </div>
      )}
      {billingServer && <BillingServerNotice connection={billingServer} />}
      <HandoffRegion state={store.state} shared={Boolean(store.target)} nameOf={nameOf} onHandOff={handOff} />
      <ClaimStatusRegion encounterRef={encounterRef} path={path} state={store.state} nameOf={nameOf} statusGateway={store.target?.gateway} submissions={submissions} now={now} onCorrect={(status) => {
          setDenial(denialHighlights(status, draftState.draft));
          review(false);
          setTimeout(() => document.getElementById("denial-notice")?.focus(), 0);
        }} />
      {store.target && (
        <ClearinghouseFiles gateway={store.target.gateway} now={now} onPosted={() => {
          void store.refresh();
          void queryClient.invalidateQueries({ queryKey: ["claim-status"] });
          void queryClient.invalidateQueries({ queryKey: ["claim-worklist"] });
        }} />
      )}
    </>
  );
}
