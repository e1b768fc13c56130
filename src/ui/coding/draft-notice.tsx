import type { OperationOutcomeIssue } from "fhir/r4";
import { useRef, useState } from "react";
import { ConfirmDialog } from "../common/confirm-dialog.tsx";
import { focusSearchBox } from "./focus-after.ts";
import { formatDateTime } from "../format/format-fhir.ts";
import type { DraftSetAside } from "./use-claim-draft.ts";

export interface DraftNoticeProps {
  restoredFrom?: string;
  saveError?: string;
  /** What was wrong with the restored draft (errors are also shown at their fields). */
  issues?: OperationOutcomeIssue[];
  reviewBlocked?: string;
  setAside?: DraftSetAside;
  onDiscard(): void;
}

function SetAsideNotice({ setAside }: { setAside: DraftSetAside }) {
  if (setAside.kind === "expired") {
    return (
      <div role="status" className="notice info">
        The draft saved in this browser on {formatDateTime(setAside.savedAt)} was older than {setAside.retentionDays} days and was removed: the draft starts from the chart.
      </div>
    );
  }
  return (
    <div role="status" className="notice warning">
      The draft saved in this browser could not be read and was set aside: the draft starts from the chart.
      {setAside.issues.map((i, n) => <div key={n} className="muted small">{i.diagnostics}</div>)}
    </div>
  );
}

/** Says that the draft came back from this browser (and what in it could not be used), and whether saving works. */
export function DraftNotice({ restoredFrom, saveError, issues = [], reviewBlocked, setAside, onDiscard }: DraftNoticeProps) {
  // Errors show at their fields; what was left out or replaced has no field, so it is listed here.
  const notes = issues.filter((i) => i.severity === "warning");
  const [asking, setAsking] = useState(false);
  const discardButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      {setAside && <SetAsideNotice setAside={setAside} />}
      {restoredFrom && (
        <div role="status" className={reviewBlocked || notes.length ? "notice warning" : "notice info"}>
          Draft restored (last saved {formatDateTime(restoredFrom)}).{" "}
          <button type="button" ref={discardButton} className="secondary small" onClick={() => setAsking(true)}>Discard local draft</button>
          {reviewBlocked && <p>{reviewBlocked}</p>}
          {notes.length > 0 && <ul>{notes.map((i, n) => <li key={n}>{i.diagnostics}</li>)}</ul>}
        </div>
      )}
      {saveError && <div role="alert" className="alert">{saveError}</div>}
      {asking && <ConfirmDialog
        open
        title="Discard the local draft?"
        message="The codes, lines and charges saved in this browser for this encounter are removed, and the work starts again from the chart. This cannot be undone."
        confirmLabel="Discard the draft"
        cancelLabel="Keep the draft"
        onConfirm={() => {
          setAsking(false);
          onDiscard();
          setTimeout(focusSearchBox, 0);
        }}
        onCancel={() => {
          setAsking(false);
          setTimeout(() => discardButton.current?.focus(), 0);
        }}
      />}
    </>
  );
}
