import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { claimWorklistQuery } from "../../fhir/claim-status/claim-worklist-query.ts";
import { filterWorklist, type WorklistFilter } from "../../fhir/claim-status/worklist-filters.ts";
import { isFhirError } from "../../fhir/fhir-error.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { useSession } from "../shell/session-context.tsx";

const STATUS_WORD: Record<string, string> = {
  submitted: "Submitted", queued: "Queued", paid: "Paid", "partially-paid": "Partially paid", denied: "Denied", authorized: "Authorized", error: "Error", invalid: "Unreadable answer",
};
const FILTERS: [WorklistFilter, string][] = [["all", "All"], ["denied", "Denied"], ["unpaid-over-30-days", "Unpaid over 30 days"]];

/** Region "Claims": the patient's claims (or the user's, across patients) with latest status and age. */
export function ClaimWorklist({ today }: { today: string }) {
  const { session, gateway } = useSession();
  const practitionerRef = session.fhirUser?.match(/Practitioner\/[^/]+$/)?.[0];
  const [scope, setScope] = useState<"patient" | "mine">("patient");
  const [filter, setFilter] = useState<WorklistFilter>("all");
  const query = useQuery({
    ...claimWorklistQuery(gateway, scope === "mine" && practitionerRef ? { practitionerRef, today } : { patientId: session.patientId ?? "", today }),
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
                <option value="mine">my claims, all patients</option>
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
      {query.status === "pending" && <p aria-busy="true">Reading claims…</p>}
      {query.status === "error" && <OperationOutcomeAlert title="The claims could not be read" outcome={isFhirError(query.error) ? query.error.outcome : { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "exception", diagnostics: String(query.error) }] }} />}
      {query.status === "success" && rows.length === 0 && <p className="muted">No claims{filter === "all" ? "" : " match this filter"}.</p>}
      {rows.length > 0 && (
        <table>
          <thead><tr><th>Claim</th><th>Created</th><th className="num">Age (days)</th><th className="num">Total</th><th>Status</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.claimRef}>
                <td>{r.claimRef}</td>
                <td>{r.created?.slice(0, 10) ?? ""}</td>
                <td className="num">{r.ageDays ?? ""}</td>
                <td className="num">{r.total ? `${r.total.value.toFixed(2)} ${r.total.currency}` : ""}</td>
                <td>{STATUS_WORD[r.status.kind] ?? r.status.kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
