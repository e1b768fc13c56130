import { formatDateTime } from "../format/format-fhir.ts";

/** Says that the draft came back from this browser, and whether saving works. */
export function DraftNotice({ restoredFrom, saveError, onDiscard }: { restoredFrom?: string; saveError?: string; onDiscard(): void }) {
  return (
    <>
      {restoredFrom && (
        <div role="status" className="notice info">
          Draft restored (last saved {formatDateTime(restoredFrom)}).{" "}
          <button type="button" className="secondary small" onClick={onDiscard}>Discard draft and start from the chart</button>
        </div>
      )}
      {saveError && <div role="alert" className="alert">{saveError}</div>}
    </>
  );
}
