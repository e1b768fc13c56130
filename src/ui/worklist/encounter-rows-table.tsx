import type { EncounterToCodeRow } from "../../billing/worklist/encounter-rows.ts";
import type { FilingDeadline } from "../../billing/worklist/filing-deadline.ts";
import { formatDateTime } from "../format/format-fhir.ts";
import { OpenEncounterButton, type OpenedEncounter } from "./open-encounter-button.tsx";

function Deadline({ deadline }: { deadline: FilingDeadline }) {
  const title = `Payer's filing limit: ${deadline.limitDays} days from the date of service`;
  if (deadline.kind === "past-limit") return <span className="past-limit" title={title}>past limit <span className="muted">({deadline.daysPast} {deadline.daysPast === 1 ? "day" : "days"} over)</span></span>;
  if (deadline.kind === "unknown") return <span className="muted" title={title}>no date of service</span>;
  return <span title={title}>{deadline.daysLeft} {deadline.daysLeft === 1 ? "day" : "days"}</span>;
}

function HandoffCell({ text, by }: { text: string; by: string }) {
  return <>{text}{by && <span className="muted small"> — {by}</span>}</>;
}

export interface EncounterRowsTableProps {
  rows: readonly EncounterToCodeRow[];
  onOpen(target: OpenedEncounter): void;
  /** Why rows of patients other than this one cannot be opened (patient/ scopes). */
  onlyPatientId?: string;
}

/** The encounters to code, one row each; the patient cell opens the encounter. */
export function EncounterRowsTable({ rows, onOpen, onlyPatientId }: EncounterRowsTableProps) {
  return (
    <table className="worklist-table">
      <thead>
        <tr><th>Patient</th><th>Date of service</th><th>Encounter</th><th>Provider</th><th>Payer</th><th className="num">Days left to file</th><th>Hand-off note</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.encounterId}>
            <td>
              <OpenEncounterButton
                patientName={row.patientName}
                {...(row.dateOfService ? { dateOfService: row.dateOfService } : {})}
                {...(row.patientId ? { target: { patientId: row.patientId, encounterId: row.encounterId } } : {})}
                {...(onlyPatientId && row.patientId !== onlyPatientId ? { blockedBecause: "Only the launch patient can be opened with patient-level access." } : {})}
                onOpen={onOpen}
              />
            </td>
            <td>{row.dateOfService ?? ""}</td>
            <td>{row.service}{row.draftSaved && <span className="badge">Draft saved</span>}</td>
            <td>{row.provider ?? ""}</td>
            <td>{row.payer ?? <span className="muted">unknown</span>}</td>
            <td className="num"><Deadline deadline={row.deadline} /></td>
            <td>{row.handoff && <HandoffCell text={row.handoff.text} by={[row.handoff.author, formatDateTime(row.handoff.time)].filter(Boolean).join(", ")} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
