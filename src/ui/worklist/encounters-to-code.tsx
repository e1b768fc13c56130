import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { FilingLimits } from "../../billing/worklist/filing-deadline.ts";
import { isFhirError } from "../../fhir/fhir-error.ts";
import { ENCOUNTER_PAGE_SIZE, type EncounterListScope } from "../../fhir/worklist/encounter-searches.ts";
import { encountersToCodeQuery } from "../../fhir/worklist/encounters-to-code-query.ts";
import { canReadAcrossPatients } from "../../smart/granted-scopes.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { useSession } from "../shell/session-context.tsx";
import { EncounterRowsTable } from "./encounter-rows-table.tsx";
import type { OpenedEncounter } from "./open-encounter-button.tsx";

/** An organization or location the list can be for (the chart's own, offered by the shell). */
export interface PlaceOption {
  kind: "organization" | "location";
  ref: string;
  label: string;
}

export interface EncountersToCodeProps {
  today: string;
  filingLimits?: FilingLimits;
  /** The launch patient: with patient/ scopes only their encounters can be listed. */
  launchPatientId?: string;
  places?: readonly PlaceOption[];
  onOpen(target: OpenedEncounter): void;
}

type Option = EncounterListScope & { label: string };

/** The list's choices: the user (a Practitioner), the chart's organization and location, the launch patient. */
function scopeOptions(fhirUser: string | undefined, places: readonly PlaceOption[], launchPatientId: string | undefined): Option[] {
  const practitioner = fhirUser?.match(/Practitioner\/[^/]+$/)?.[0];
  return [
    ...(practitioner ? [{ kind: "practitioner" as const, ref: practitioner, label: "My encounters" }] : []),
    ...places.map((p) => ({ kind: p.kind, ref: p.ref, label: `${p.label} (${p.kind})` })),
    ...(launchPatientId ? [{ kind: "patient" as const, ref: `Patient/${launchPatientId}`, label: "The launch patient" }] : []),
  ];
}

/** Region "Encounters to code": finished encounters with no active claim, oldest first; a row opens its encounter. */
export function EncountersToCode({ today, filingLimits, launchPatientId, places = [], onOpen }: EncountersToCodeProps) {
  const { session, gateway } = useSession();
  const acrossPatients = canReadAcrossPatients(session.scope, ["Encounter", "Patient"]);
  const options = acrossPatients ? scopeOptions(session.fhirUser, places, launchPatientId) : scopeOptions(undefined, [], launchPatientId);
  const [chosen, setChosen] = useState(0);
  const scope = options[Math.min(chosen, options.length - 1)];
  const query = useQuery({
    ...encountersToCodeQuery(gateway, { by: scope ?? { kind: "patient", ref: "" }, today, ...(filingLimits ? { filingLimits } : {}) }),
    enabled: scope !== undefined,
    staleTime: 60_000,
  });
  const data = query.data;
  return (
    <section aria-label="Encounters to code" className="card">
      <div className="card-head">
        <h2>Encounters to code</h2>
        {options.length > 1 && (
          <label>
            For{" "}
            <select value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
              {options.map((o, i) => <option key={`${o.kind}|${o.ref}`} value={i}>{o.label}</option>)}
            </select>
          </label>
        )}
      </div>
      {!acrossPatients && (
        <p className="notice info">Only the launch patient's encounters are listed: this app was granted patient-level access (patient/ scopes), which does not reach other patients' charts.</p>
      )}
      {!scope && <p className="muted">There is no practitioner, organization, location or patient to list encounters for.</p>}
      {query.status === "pending" && scope && <p aria-busy="true">Reading encounters…</p>}
      {query.status === "error" && <OperationOutcomeAlert title="The encounters could not be read" outcome={isFhirError(query.error) ? query.error.outcome : { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: String(query.error) }] }} />}
      {data && data.notices.length > 0 && (
        <div className="notice warning"><ul>{data.notices.map((n) => <li key={n}>{n}</li>)}</ul></div>
      )}
      {data?.truncated && <p className="muted">The oldest {ENCOUNTER_PAGE_SIZE} finished encounters were read; there are more, listed once these are coded.</p>}
      {data && data.rows.length === 0 && <p className="muted">No finished encounters are waiting for a claim.</p>}
      {data && data.rows.length > 0 && (
        <EncounterRowsTable rows={data.rows} onOpen={onOpen} {...(!acrossPatients && launchPatientId ? { onlyPatientId: launchPatientId } : {})} />
      )}
    </section>
  );
}
