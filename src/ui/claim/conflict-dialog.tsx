import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { Conflict } from "../../fhir/billing-store/run-store-action.ts";
import { formatDateTime } from "../format/format-fhir.ts";

function summary(draft: ClaimDraft): string[] {
  return [
    `Diagnoses: ${draft.diagnoses.map((d) => d.code).join(", ") || "none"}`,
    ...draft.lines.map((l) => `${l.code}${l.modifiers.length ? `-${l.modifiers.join("-")}` : ""} × ${l.units} at ${l.unitCharge.toFixed(2)} (pointers ${l.diagnosisPointers.join(",") || "none"})`),
  ];
}

/** Dialog "Conflict": someone changed the claim since this draft was read; both versions side by side. */
export function ConflictDialog({ conflict, mine, nameOf, onKeepMine, onTakeTheirs }: { conflict: Conflict; mine: ClaimDraft; nameOf(ref: string | undefined): string | undefined; onKeepMine(): void; onTakeTheirs(): void }) {
  const last = conflict.state.lastChange;
  const who = last?.who ? nameOf(last.who) ?? last.who : "Someone";
  return (
    <div role="dialog" aria-label="Conflict" aria-modal="false" className="card notice warning">
      <h2>Conflict</h2>
      <p>{who} changed this claim{last?.when ? ` (${formatDateTime(last.when)})` : ""} after you opened it. Nothing of yours was written. Choose which version to keep:</p>
      <div className="conflict-columns">
        <section aria-label="Their version"><h3>Theirs ({conflict.claim.ref}, {conflict.claim.resource.status})</h3><ul>{summary(conflict.theirs).map((s) => <li key={s}>{s}</li>)}</ul></section>
        <section aria-label="Your version"><h3>Yours</h3><ul>{summary(mine).map((s) => <li key={s}>{s}</li>)}</ul></section>
      </div>
      <div className="actions">
        <button type="button" onClick={onKeepMine}>Keep mine</button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>Take theirs</button>
      </div>
    </div>
  );
}
