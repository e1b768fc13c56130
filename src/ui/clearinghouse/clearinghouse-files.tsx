import { useState } from "react";
import type { PostedFiles } from "../../fhir/clearinghouse/post-clearinghouse-files.ts";
import { postClearinghouseFiles } from "../../fhir/clearinghouse/post-clearinghouse-files.ts";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import { normalizeOutcome } from "../../fhir/fhir-error.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { PaymentPosting } from "./payment-posting.tsx";

export interface ClearinghouseFilesProps {
  /** The store the claims live on (the EHR, or the practice's billing server). */
  gateway: FhirGateway;
  now(): string;
  /** After posting: the claim status and the worklists read again. */
  onPosted(): void;
}

/** Region "Clearinghouse files": drop or pick 999, 277CA and 835 files (and the 837P they answer), several at once. */
export function ClearinghouseFiles({ gateway, now, onPosted }: ClearinghouseFilesProps) {
  const [busy, setBusy] = useState(false);
  const [posted, setPosted] = useState<PostedFiles>();
  const [failure, setFailure] = useState<string>();
  const read = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const files = await Promise.all([...list].map(async (file) => ({ name: file.name, text: await file.text() })));
      setPosted(await postClearinghouseFiles(gateway, files, now()));
      onPosted();
    } catch (error) {
      setFailure(normalizeOutcome(error).message);
    } finally {
      setBusy(false);
    }
  };
  const issues = posted?.imported.outcome.issue ?? [];
  return (
    <section aria-label="Clearinghouse files" className="card">
      <h2>Clearinghouse files</h2>
      <p className="small muted">999 and 277CA acknowledgments and 835 remittances, in any order; a file read twice is posted once. Add the 837P you sent so a 999 can name its claims.</p>
      <label>Clearinghouse files <input type="file" multiple aria-label="Clearinghouse files" disabled={busy} onChange={(e) => void read(e.target.files)} /></label>
      {busy && <p aria-busy="true">Reading and posting…</p>}
      {failure && <p role="alert" className="alert">{failure} Nothing further was posted; try again.</p>}
      {posted && (
        <div role="status">
          <p>{posted.written} answer{posted.written === 1 ? "" : "s"} posted{posted.alreadyThere ? `, ${posted.alreadyThere} already posted before` : ""}{posted.imported.duplicates.length ? `, ${posted.imported.duplicates.length} duplicate file${posted.imported.duplicates.length === 1 ? "" : "s"} skipped` : ""}.</p>
          {posted.paymentsNotKept > 0 && <p>This server keeps no PaymentReconciliation: the payments below are shown for posting in your practice system, not saved.</p>}
          {posted.imported.unmatched.length > 0 && (
            <>
              <p>Not matched to a claim of this app (kept here, not posted):</p>
              <ul>{posted.imported.unmatched.map((u) => <li key={`${u.kind}|${u.envelope.fileName}|${u.claimControlNumber}`}>{u.kind} in {u.envelope.fileName}: claim {u.claimControlNumber} ({u.match.reason})</li>)}</ul>
            </>
          )}
        </div>
      )}
      {issues.length > 0 && <OperationOutcomeAlert title="In these files" outcome={posted!.imported.outcome} />}
      {posted && posted.imported.payments.length > 0 && <PaymentPosting payments={posted.imported.payments} />}
    </section>
  );
}
