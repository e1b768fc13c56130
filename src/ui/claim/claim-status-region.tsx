import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { ClaimStatus } from "../../billing/status/claim-status.ts";
import { claimStatusQuery } from "../../fhir/claim-status/claim-status-query.ts";
import { isFinalStatus, nextPollDelay } from "../../fhir/claim-status/poll-delay.ts";
import { useSession } from "../shell/session-context.tsx";
import { ClaimStatusView } from "./claim-status-view.tsx";
import { readSubmission, submissionKey } from "./submission-storage.ts";

export interface ClaimStatusRegionProps {
  encounterRef: string;
  /** Changes when a submission completes, so the region re-reads what this browser submitted. */
  refreshKey: number;
  onCorrect(status: ClaimStatus): void;
}

/** Region "Claim status": polls with backoff while queued, stops when final; a denial leads back to coding. */
export function ClaimStatusRegion({ encounterRef, refreshKey, onCorrect }: ClaimStatusRegionProps) {
  const { session, gateway } = useSession();
  const record = readSubmission(window.localStorage, submissionKey(session.serverUrl, encounterRef));
  const claimRef = record?.state === "submitted" ? record.claimRef : undefined;
  const attempts = useRef(0);
  const queryClient = useQueryClient();
  const statusQuery = claimStatusQuery(gateway, claimRef ? [claimRef] : []);
  const query = useQuery({
    queryKey: [...statusQuery.queryKey, refreshKey],
    enabled: Boolean(claimRef),
    queryFn: async (): Promise<ClaimStatus | null> => {
      attempts.current += 1;
      const known = (await statusQuery.queryFn())[claimRef ?? ""];
      // The claims worklist shows the same claim: keep it in step with what this region learns.
      void queryClient.invalidateQueries({ queryKey: ["claim-worklist"] });
      return known && known.kind !== "submitted" ? known : null;
    },
    refetchInterval: (q) => {
      const status = q.state.data;
      return status && isFinalStatus(status) ? false : nextPollDelay(attempts.current);
    },
  });
  return (
    <section aria-label="Claim status" className="card">
      <h2>Claim status</h2>
      {!record && <p className="muted">Draft: no claim submitted for this encounter yet.</p>}
      {record?.state === "exported" && <p>The claim was exported as a file ({record.at.slice(0, 10)}): its status is followed in your billing system.</p>}
      {record?.state === "in-flight" && <p className="notice warning">A submission was interrupted: open Review claim and retry (safe).</p>}
      {claimRef && (
        <>
          <p className="muted small">{claimRef} · submitted {record?.at.slice(0, 16).replace("T", " ")}</p>
          {query.status === "error" && <p role="alert" className="alert">Status could not be read: {String(query.error)}</p>}
          <ClaimStatusView status={query.data ?? undefined} />
          {(query.data?.kind === "denied" || query.data?.kind === "partially-paid" || query.data?.kind === "error") && (
            <button type="button" onClick={() => query.data && onCorrect(query.data)}>Correct and resubmit</button>
          )}
        </>
      )}
    </section>
  );
}
