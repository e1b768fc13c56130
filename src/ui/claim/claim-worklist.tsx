import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { claimWorklistQuery } from "../../fhir/claim-status/claim-worklist-query.ts";
import { filterWorklist, type WorklistFilter, type WorklistRow } from "../../fhir/claim-status/worklist-filters.ts";
import { isFhirError } from "../../fhir/fhir-error.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { useSession } from "../shell/session-context.tsx";
import { OpenEncounterButton, type OpenedEncounter } from "../worklist/open-encounter-button.tsx";

const STATUS_WORD: Record<string, string> = {
  submitted: "Submitted", queued: "Queued", paid: "Paid", "partially-paid": "Partially paid", denied: "Denied", "patient-responsibility": "Patient responsibility", "in-process": "In process", authorized: "Authorized", "partially-authorized": "Partly authorized", error: "Error", invalid: "Unreadable answer",
};
const FILTERS: [WorklistFilter, string][] = [["all", "All"], ["denied", "Denied"], ["unpaid-over-30-days", "Unpaid over 30 days"]];

export interface ClaimWorklistProps {
  today: string;
  /** The patient whose chart is open (the launch patient unless another encounter was opened). */
  patientId?: string;
  /** Opens a claim's encounter in the app; without it rows are not buttons. */
  onOpen?(target: OpenedEncounter): void;
}

function openTarget(row: WorklistRow): OpenedEncounter | undefined {
  const patientId = row.patientRef?.split("/").pop();
  const encounterId = row.encounterRef?.split("/").pop();
  return patientId && encounterId ? { patientId, encounterId } : undefined;
}

function ClaimRows({ rows, onOpen }: { rows: WorklistRow[]; onOpen?: (target: OpenedEncounter) => void }) {
  return (
    <table className="worklist-table">
      <thead><tr><th>Patient</th><th>Date of service</th><th>Payer</th><th>Provider</th><th className="num">Amount</th><th>Status</th><th className="num">Age (days)</th></tr></thead>
      <tbody>
        {rows.map((r) => {
          const target = openTarget(r);
          const name = r.patientName ?? r.patientRef ?? "Unknown patient";
          return (
            <tr key={r.claimRef}>
              <td>
                {onOpen ? (
                  <OpenEncounterButton patientName={name} {...(r.dateOfService ? { dateOfService: r.dateOfService } : {})} {...(target ? { target } : {})} onOpen={onOpen} />
                ) : name}
              </td>
              <td>{r.dateOfService ?? ""}</td>
              <td>{r.payer ?? ""}</td>
              <td>{r.provider ?? ""}</td>
              <td className="num">{r.amount ? `${r.amount.value.toFixed(2)} ${r.amount.currency}` : ""}</td>
              <td>{r.draft ? "Draft" : STATUS_WORD[r.status.kind] ?? r.status.kind}</td>
              <td className="num">{r.ageDays ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Region "Claims": the patient's claims, or the user's work across patients, with latest status and age; a row opens its encounter. */
export function ClaimWorklist({ today, patientId, onOpen }: ClaimWorklistProps) {
  const { session, gateway } = useSession();
  const practitionerRef = session.fhirUser?.match(/Practitioner\/[^/]+$/)?.[0];
  const [scope, setScope] = useState<"patient" | "mine">("patient");
  const [filter, setFilter] = useState<WorklistFilter>("all");
  const query = useQuery({
    ...claimWorklistQuery(gateway, scope === "mine" && practitionerRef ? { practitionerRef, today } : { patientId: patientId ?? session.patientId ?? "", today }),
    staleTime: 30_000,
  });
  const rows = query.data ? filterWorklist(query.data, filter) : [];
  return (
    <section aria-label="Claims" className="card">
      <div className="card-head">
        <h2>Claims</h2>
        <span className="em-row">
          {practitionerRef && (
            <label>
              Show{" "}
              <select value={scope} onChange={(e) => setScope(e.target.value as "patient" | "mine")}>
                <option value="patient">this patient's claims</option>
                <option value="mine">my work</option>
              </select>
            </label>
          )}
          <label>
            Filter{" "}
            <select value={filter} onChange={(e) => setFilter(e.target.value as WorklistFilter)}>
              {FILTERS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </label>
        </span>
      </div>
      {scope === "mine" && <p className="muted small">Claims you entered, submitted or corrected, or that were handed to you or by you for coding.</p>}
      {query.status === "pending" && <p aria-busy="true">Reading claims…</p>}
      {query.status === "error" && <OperationOutcomeAlert title="The claims could not be read" outcome={isFhirError(query.error) ? query.error.outcome : { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: String(query.error) }] }} />}
      {query.status === "success" && rows.length === 0 && <p className="muted">No claims{filter === "all" ? "" : " match this filter"}.</p>}
      {rows.length > 0 && <ClaimRows rows={rows} {...(onOpen ? { onOpen } : {})} />}
    </section>
  );
}
