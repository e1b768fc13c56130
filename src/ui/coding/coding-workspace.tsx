import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CodeHit } from "../../coding/code-index.ts";
import { CPT, ICD10CM } from "../../coding/systems.ts";
import type { DraftLine } from "../../billing/claim-draft.ts";
import type { ChargeFor } from "../../coding/fee-schedule/index.ts";
import { isVisitCode, pointersForAddedLine } from "../../coding/suggest/index.ts";
import { defaultPlaceOfService } from "../../billing/draft/place-of-service.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { claimPayerKind, type PayerKind } from "../../billing/payer/payer-kind.ts";
import { CodeSearchBox } from "./code-search-box.tsx";
import { CodeSetsPanel } from "./code-sets-panel.tsx";
import { useCodeService } from "./code-service-context.tsx";
import { useTerminology } from "./terminology-context.tsx";
import { DiagnosesPanel } from "./diagnoses-panel.tsx";
import { DraftNotice } from "./draft-notice.tsx";
import { EmHelper } from "./em-helper.tsx";
import { HelpOverlay } from "./help-overlay.tsx";
import { ServiceLinesPanel } from "./service-lines-panel.tsx";
import type { DraftState } from "./use-claim-draft.ts";
import { useCodeFirstDispatch } from "./use-code-first-dispatch.ts";
import { useEmInputs } from "./use-em-inputs.ts";
import type { EmInputs } from "./em-choice.ts";
import { emLines } from "./em-lines.ts";
import { useVisitServices } from "./use-visit-services.ts";
import { VisitServicesPanel } from "./visit-services-panel.tsx";
import { useShortcuts, type Shortcut } from "./use-shortcuts.ts";

export type ContextWithEncounter = EncounterContext & { encounter: NonNullable<EncounterContext["encounter"]> };

export interface CodingWorkspaceProps {
  context: ContextWithEncounter;
  draftState: DraftState;
  /** The practice fee schedule, then the MPFS default by place of service; `why` a code has no price. */
  chargeFor: ChargeFor;
  dateOfService: string;
  onReview(): void;
  /** The claim's payer kind (from Coverage.type and billing-config payerKinds); default: from the coverage alone. */
  payer?: PayerKind;
  /** Shortcuts of the screen around the workspace (submit, download), listed in the help with the workspace's. */
  moreShortcuts?: Shortcut[];
  /** The payer's telehealth modifier (billing-config telehealthModifiers); default 95. */
  telehealthModifier?: "95" | "none";
}

let lineCounter = 0;
const newLineId = () => `l${Date.now().toString(36)}${(lineCounter++).toString(36)}`;

/** Diagnoses, E/M level and service lines for the encounter, saved as the user works. */
export function CodingWorkspace({ context, draftState, chargeFor, dateOfService, onReview, payer: payerKind, moreShortcuts, telehealthModifier }: CodingWorkspaceProps) {
  const encounter = context.encounter;
  const placeOfService = defaultPlaceOfService(encounter, context.locations[0]) ?? "";
  const { draft, dispatch, restoredFrom, saveError, discard } = draftState;
  const dispatchInOrder = useCodeFirstDispatch(dispatch, draft.diagnoses, dateOfService);
  const payer = useMemo(() => payerKind ?? claimPayerKind(context.coverages, context.organizations, undefined), [payerKind, context.coverages, context.organizations]);
  const saveEm = useCallback((inputs: EmInputs) => dispatch({ type: "set-em", em: inputs }), [dispatch]);
  const em = useEmInputs(context, dateOfService, payer, { ...(draft.em ? { em: draft.em } : {}), onChange: saveEm });
  const services = useVisitServices(context, payer, draft, dispatch, { placeOfService, dateOfService, chargeFor, newLineId });
  const searchRef = useRef<HTMLInputElement>(null);
  const service = useCodeService();
  useEffect(() => {
    // Codes the EMR sent keep the EMR's display (CPT has no shipped text).
    const codings = [...context.procedures.flatMap((p) => p.code?.coding ?? []), ...context.encounterConditions.flatMap((c) => c.code?.coding ?? [])];
    if (codings.length) void service.addCodings(codings);
  }, [service, context.procedures, context.encounterConditions]);
  const terminology = useTerminology();
  useEffect(() => {
    // CPT lines the EMR sent without a display: ask the practice's terminology server, if any.
    const bare = draft.lines.filter((l) => l.system === CPT && !l.display);
    for (const line of bare) {
      terminology?.lookup(CPT, line.code).then(
        (entry) => {
          void service.addEntries([entry], "terminology-server");
          dispatch({ type: "update-line", id: line.id, patch: { display: entry.display } });
        },
        () => undefined, // no display is fine: the code number stands
      );
    }
    // Only when the set of lines changes, not on every edit of their fields.
  }, [terminology, draft.lines.length]);
  const [helpOpen, setHelpOpen] = useState(false);

  const addLine = useCallback(
    (system: string, code: string, display: string | undefined, units = 1) => {
      // By medical necessity among the claim's lines (a vaccine at Z23, an office E/M at the problems), not the first four.
      const pointers = pointersForAddedLine({ code }, draft.lines, draft.diagnoses, { procedures: context.procedures });
      const line: DraftLine = { id: newLineId(), system, code, ...(display ? { display } : {}), modifiers: [], units, diagnosisPointers: pointers, placeOfService, unitCharge: chargeFor(code, [], placeOfService), listPrice: chargeFor(code, [], placeOfService), serviceDate: dateOfService };
      dispatch({ type: "add-line", line });
    },
    [draft.diagnoses, draft.lines, context.procedures, placeOfService, chargeFor, dateOfService, dispatch],
  );
  const addEm = useCallback(() => {
    // The E/M line replaces the draft's E/M line and goes first (never a second E/M).
    // The E/M lines replace the draft's visit lines: each points by necessity beside the other services.
    const others = draft.lines.filter((l) => !isVisitCode(l.code));
    const pointers = (code: string) => pointersForAddedLine({ code }, others, draft.diagnoses, { procedures: context.procedures });
    const lines = emLines(em, {
      encounter,
      ...(context.locations[0] ? { location: context.locations[0] } : {}),
      ...(telehealthModifier ? { telehealth: telehealthModifier } : {}),
      newLine: (system, code, display, units, pos, modifiers) => ({ id: newLineId(), system, code, ...(display ? { display } : {}), modifiers, units, diagnosisPointers: pointers(code), placeOfService: pos, unitCharge: em.prenatal ? 0 : chargeFor(code, modifiers, pos), serviceDate: dateOfService }),
    });
    if (lines.length) dispatch({ type: "set-em-lines", lines });
  }, [em, encounter, context.locations, context.procedures, telehealthModifier, draft.diagnoses, draft.lines, chargeFor, dateOfService, dispatch]);
  const onPick = (hit: CodeHit) => {
    if (hit.system === ICD10CM) dispatchInOrder({ type: "add-diagnosis", diagnosis: { code: hit.code, display: hit.display } });
    else addLine(hit.system, hit.code, hit.display);
  };
  const shortcuts: Shortcut[] = useMemo(
    () => [
      { keys: "/", description: "Search codes", run: () => searchRef.current?.focus() },
      { keys: "?", description: "Show these shortcuts", run: () => setHelpOpen(true) },
      { keys: "Alt+E", description: "Add the E/M line shown by the helper", run: addEm },
      { keys: "Alt+R", description: "Review the claim: brings it into view and focuses its first finding or the submit button", run: onReview },
      ...(moreShortcuts ?? []),
    ],
    [addEm, onReview, moreShortcuts],
  );
  useShortcuts(shortcuts);

  return (
    <>
      <DraftNotice restoredFrom={restoredFrom} saveError={saveError} issues={draftState.issues} reviewBlocked={draftState.reviewBlocked} setAside={draftState.setAside} onDiscard={discard} />
      <section aria-label="Code search" className="card">
        <CodeSearchBox ref={searchRef} dateOfService={dateOfService} onPick={onPick} />
        <CodeSetsPanel />
      </section>
      <DiagnosesPanel encounterConditions={context.encounterConditions} problemList={context.problemList} diagnoses={draft.diagnoses} dateOfService={dateOfService} dispatch={dispatchInOrder} />
      <VisitServicesPanel suggestions={services.suggestions} procedures={services.procedures} lines={draft.lines} onAccept={services.accept} onCodeProcedure={services.codeProcedure} />
      <ServiceLinesPanel lines={draft.lines} diagnosisCount={draft.diagnoses.length} dispatch={dispatch} issues={draftState.issues} {...(chargeFor.why ? { priceWhy: chargeFor.why } : {})}>
        <EmHelper inputs={em.inputs} detected={em.detected} choice={em.choice} onChange={em.setInputs} onAdd={addEm} setting={em.setting} {...(em.prenatal ? { prenatal: em.prenatal } : {})} {...(em.provider ? { provider: em.provider } : {})} />
      </ServiceLinesPanel>
      <div className="actions">
        <button type="button" onClick={onReview}>Review claim</button>
        <button type="button" className="secondary" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts">?</button>
        <span className="muted small">Saved in this browser · revision {draft.revision}</span>
      </div>
      <HelpOverlay open={helpOpen} shortcuts={shortcuts} onClose={() => setHelpOpen(false)} />
    </>
  );
}
