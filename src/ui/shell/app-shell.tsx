import { useQuery } from "@tanstack/react-query";
import { encounterContextQuery } from "../../fhir/queries.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { EncounterSummary } from "../encounter/encounter-summary.tsx";
import { LaunchProblemScreen } from "./launch-problem-screen.tsx";
import { MissingPartsNotice } from "./missing-parts-notice.tsx";
import { PatientBanner } from "./patient-banner.tsx";
import { useSession } from "./session-context.tsx";
import { isFhirError } from "../../fhir/fhir-error.ts";

export function AppShell({ today }: { today: string }) {
  const { session, gateway } = useSession();
  const patientId = session.patientId;
  const query = useQuery({ ...encounterContextQuery(gateway, { patientId: patientId ?? "", encounterId: session.encounterId }), enabled: Boolean(patientId) });
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
  return (
    <>
      <header className="app-header">
        {context.patient && <PatientBanner patient={context.patient} coverage={context.coverages[0]} today={today} />}
      </header>
      <main className="workspace">
        <MissingPartsNotice missing={context.missing} />
        <EncounterSummary context={context} />
      </main>
    </>
  );
}
