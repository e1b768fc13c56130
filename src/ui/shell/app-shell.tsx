import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { isFhirError } from "../../fhir/fhir-error.ts";
import { encounterContextQuery } from "../../fhir/queries.ts";
import type { BillingConfig } from "../claim/billing-config.ts";
import { ClaimWorklist } from "../claim/claim-worklist.tsx";
import { EncounterScreen } from "../coding/encounter-screen.tsx";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { EncounterPicker } from "../encounter/encounter-picker.tsx";
import { EncounterSummary } from "../encounter/encounter-summary.tsx";
import { LaunchProblemScreen } from "./launch-problem-screen.tsx";
import { MissingPartsNotice } from "./missing-parts-notice.tsx";
import { PatientBanner } from "./patient-banner.tsx";
import { useSession } from "./session-context.tsx";

export interface AppShellProps {
  today: string;
  now?: () => string;
  chargeFor?: (code: string, modifiers: string[]) => number;
  /** The practice's billing settings; without them the claim files cannot name submitter/receiver. */
  billing?: BillingConfig;
  /** What is wrong with the practice's configuration files. */
  configProblems?: string[];
}

const SAMPLE_BILLING: BillingConfig = { submitter: { name: "Practice", id: "PRACTICE" }, receiver: { name: "Clearinghouse", id: "CLEARINGHOUSE" } };

const isoNow = () => new Date().toISOString();
const noCharge = () => 0;

export function AppShell({ today, now = isoNow, chargeFor = noCharge, billing = SAMPLE_BILLING, configProblems = [] }: AppShellProps) {
  const { session, gateway } = useSession();
  const patientId = session.patientId;
  const [pickedEncounter, setPickedEncounter] = useState<string>();
  const encounterId = session.encounterId ?? pickedEncounter;
  const query = useQuery({ ...encounterContextQuery(gateway, { patientId: patientId ?? "", ...(encounterId ? { encounterId } : {}) }), enabled: Boolean(patientId) });
  if (!patientId) return <LaunchProblemScreen kind="not-launched" detail="The launch did not name a patient." />;
  if (query.status === "pending") return <main className="loading" aria-busy="true">Loading the chart…</main>;
  if (query.status === "error") {
    const error = query.error;
    if (isFhirError(error) && error.status === 401) return <LaunchProblemScreen kind="expired" detail={error.message} />;
    return (
      <main>
        <OperationOutcomeAlert title="The chart could not be read" outcome={isFhirError(error) ? error.outcome : { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: String(error) }] }} />
        <button type="button" onClick={() => void query.refetch()}>Try again</button>
      </main>
    );
  }
  const context = query.data;
  const encounter = context.encounter;
  return (
    <>
      <header className="app-header">
        {context.patient && <PatientBanner patient={context.patient} coverage={context.coverages[0]} today={today} />}
      </header>
      <main className="workspace">
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
            <EncounterScreen key={encounter.id} context={{ ...context, encounter }} chargeFor={chargeFor} billing={billing} now={now} />
            <ClaimWorklist today={today} />
          </>
        ) : (
          <EncounterPicker encounters={context.priorEncounters} onPick={setPickedEncounter} />
        )}
      </main>
    </>
  );
}
