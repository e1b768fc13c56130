import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type Ref } from "react";
import { isFhirError } from "../../fhir/fhir-error.ts";
import { encounterContextQuery } from "../../fhir/queries.ts";
import type { BillingConfig } from "../claim/billing-config.ts";
import { EncounterScreen } from "../coding/encounter-screen.tsx";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { EncounterPicker } from "../encounter/encounter-picker.tsx";
import { EncounterSummary } from "../encounter/encounter-summary.tsx";
import { EncounterWithDocumentation } from "../encounter/documentation/encounter-with-documentation.tsx";
import type { OpenedEncounter } from "../worklist/open-encounter-button.tsx";
import { placeOptions } from "../worklist/place-options.ts";
import { LaunchProblemScreen } from "./launch-problem-screen.tsx";
import { CapabilityChangeNotice, useCapabilityChange } from "./capability-change-notice.tsx";
import { MissingPartsNotice } from "./missing-parts-notice.tsx";
import { PatientBanner } from "./patient-banner.tsx";
import { useSession } from "./session-context.tsx";
import { markOnce } from "./perf-marks.ts";
import { useLoadedModule } from "./use-loaded-module.ts";

// The worklists are below the encounter and not needed to code it: their code loads after the chart shows.
const loadWorklists = () => Promise.all([import("../claim/claim-worklist.tsx"), import("../worklist/encounters-to-code.tsx")]);

export interface AppShellProps {
  today: string;
  now?: () => string;
  chargeFor?: (code: string, modifiers: string[]) => number;
  /** The practice's billing settings; without them the claim files cannot name submitter/receiver. */
  billing?: BillingConfig;
  /** What is wrong with the practice's configuration files. */
  configProblems?: string[];
  /** The practice's files are still being read: the chart shows, the coding work waits for them. */
  configPending?: boolean;
}

const SAMPLE_BILLING: BillingConfig = { submitter: { name: "Practice", id: "PRACTICE" }, receiver: { name: "Clearinghouse", id: "CLEARINGHOUSE" } };

const isoNow = () => new Date().toISOString();
const noCharge = () => 0;

export function AppShell({ today, now = isoNow, chargeFor = noCharge, billing = SAMPLE_BILLING, configProblems = [], configPending = false }: AppShellProps) {
  const { session, gateway } = useSession();
  // An encounter opened from a worklist replaces the launch's patient and encounter until "Back".
  const [opened, setOpened] = useState<OpenedEncounter>();
  const patientId = opened?.patientId ?? session.patientId;
  const [pickedEncounter, setPickedEncounter] = useState<string>();
  const encounterId = opened ? opened.encounterId : session.encounterId ?? pickedEncounter;
  const backButton = useRef<HTMLButtonElement>(null);
  const open = (target: OpenedEncounter) => {
    const isLaunch = target.patientId === session.patientId && target.encounterId === session.encounterId;
    setOpened(isLaunch ? undefined : target);
  };
  const lists = useLoadedModule(loadWorklists);
  const ClaimWorklist = lists?.[0].ClaimWorklist;
  const EncountersToCode = lists?.[1].EncountersToCode;
  const query = useQuery({ ...encounterContextQuery(gateway, { patientId: patientId ?? "", ...(encounterId ? { encounterId } : {}) }), enabled: Boolean(patientId) });
  const capabilitiesChanged = useCapabilityChange(gateway);
  // Focus follows the open to the way back (at the top of the page) once the opened chart is shown.
  useEffect(() => {
    if (opened && query.status === "success") backButton.current?.focus();
    if (query.status === "success") markOnce("coding:encounter-visible");
  }, [opened, query.status]);
  if (!patientId) return <LaunchProblemScreen kind="not-launched" detail="The launch did not name a patient." />;
  if (query.status === "pending") return <main className="loading" aria-busy="true">Loading the chart…</main>;
  if (query.status === "error") {
    const error = query.error;
    if (isFhirError(error) && error.status === 401) return <LaunchProblemScreen kind="expired" detail={error.message} />;
    return (
      <main>
        <OperationOutcomeAlert title="The chart could not be read" outcome={isFhirError(error) ? error.outcome : { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: String(error) }] }} />
        <button type="button" onClick={() => void query.refetch()}>Try again</button>
        {opened && <button type="button" className="secondary" onClick={() => setOpened(undefined)}>Back to the launch encounter</button>}
      </main>
    );
  }
  const context = query.data;
  const encounter = context.encounter;
  const worklists = !ClaimWorklist || !EncountersToCode ? (
    <p aria-busy="true" className="muted">Loading the worklists…</p>
  ) : (
    <>
      <ClaimWorklist today={today} patientId={patientId} onOpen={open} />
      <EncountersToCode today={today} {...(billing.filingLimits ? { filingLimits: billing.filingLimits } : {})} {...(session.patientId ? { launchPatientId: session.patientId } : {})} places={placeOptions(context)} onOpen={open} />
    </>
  );
  return (
    <>
      <header className="app-header">
        {context.patient && <PatientBanner patient={context.patient} coverage={context.coverages[0]} today={today} />}
      </header>
      <main className="workspace">
        {opened && <BackToLaunch ref={backButton} onBack={() => setOpened(undefined)} />}
        {capabilitiesChanged && <CapabilityChangeNotice />}
        <MissingPartsNotice missing={context.missing} />
        {configProblems.length > 0 && (
          <div role="status" className="notice warning">
            <p>The practice settings have problems (the app still works; charges may need typing):</p>
            <ul>{configProblems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
        {encounter ? (
          <>
            <EncounterSummary context={context} onRefresh={() => void query.refetch()} refreshing={query.isFetching} />
            {configPending ? (
              <p aria-busy="true" className="muted">Reading the practice settings…</p>
            ) : (
              <EncounterWithDocumentation key={encounter.id} context={context} encounter={encounter} today={today}>
                <EncounterScreen context={{ ...context, encounter }} chargeFor={chargeFor} billing={billing} now={now} />
              </EncounterWithDocumentation>
            )}
            {worklists}
          </>
        ) : (
          <>
            <EncounterPicker encounters={context.priorEncounters} onPick={(id) => (patientId === session.patientId ? setPickedEncounter(id) : setOpened({ patientId, encounterId: id }))} />
            {worklists}
          </>
        )}
      </main>
    </>
  );
}

/** Shown while an encounter opened from a worklist replaces the launch encounter. */
function BackToLaunch({ ref, onBack }: { ref: Ref<HTMLButtonElement>; onBack(): void }) {
  return (
    <div className="notice info actions">
      <span>This encounter was opened from a worklist, not from the EHR launch.</span>
      <button type="button" className="secondary" ref={ref} onClick={onBack}>Back to the launch encounter</button>
    </div>
  );
}
