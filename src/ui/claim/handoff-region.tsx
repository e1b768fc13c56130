import { useState } from "react";
import type { BillingState } from "../../billing/state/billing-state.ts";
import { formatDateTime } from "../format/format-fhir.ts";

export interface HandoffRegionProps {
  state: BillingState | undefined;
  /** False where the store keeps no claims: the draft then cannot be handed on. */
  shared: boolean;
  nameOf(ref: string | undefined): string | undefined;
  onHandOff(note: string): Promise<string | undefined>;
}

/** Region "Hand-off": the note the last person left ("ready for coding"), and handing the encounter on. */
export function HandoffRegion({ state, shared, nameOf, onHandOff }: HandoffRegionProps) {
  const [note, setNote] = useState("Ready for coding");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const task = state?.handoff?.resource;
  const open = task?.status === "requested";
  const hand = async () => {
    setBusy(true);
    setMessage(await onHandOff(note).catch((e: unknown) => `The hand-off could not be saved: ${e instanceof Error ? e.message : String(e)}`));
    setBusy(false);
  };
  return (
    <section aria-label="Hand-off" className="card">
      <h2>Hand-off</h2>
      {open && (
        <ul className="handoff-notes">
          {(task.note ?? []).map((n, i) => (
            <li key={i}><strong>{nameOf(n.authorReference?.reference) ?? n.authorReference?.reference ?? "Someone"}</strong>{n.time ? ` (${formatDateTime(n.time)})` : ""}: {n.text}</li>
          ))}
        </ul>
      )}
      {task?.status === "completed" && <p className="muted small">The hand-off was completed when the claim was submitted.</p>}
      {!shared && <p className="muted small">This EHR keeps no claims and no billing server is configured: the draft stays in this browser, and others cannot see it.</p>}
      {shared && (
        <div className="em-row">
          <label>Note <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} /></label>
          <button type="button" disabled={busy} onClick={() => void hand()}>Hand to coding</button>
        </div>
      )}
      {message && <p role="status" className="small">{message}</p>}
    </section>
  );
}
