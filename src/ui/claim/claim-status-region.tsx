import { useQuery } from "@tanstack/react-query";
import type { Bundle, ClaimResponse, ExplanationOfBenefit } from "fhir/r4";
import { useRef } from "react";
import type { ClaimStatus } from "../../billing/status/claim-status.ts";
import { isFinalStatus, pollDelayMs } from "../../billing/status/claim-status-polling.ts";
import { toClaimStatus } from "../../billing/status/to-claim-status.ts";
import { supportsInteraction } from "../../fhir/capabilities.ts";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import { useSession } from "../shell/session-context.tsx";
import { ClaimStatusView } from "./claim-status-view.tsx";
import { readSubmission, submissionKey } from "./submission-storage.ts";

/** The newest ClaimResponse for the claim (or ExplanationOfBenefit where that is what the EHR has). */
async function latestStatus(gateway: FhirGateway, claimRef: string): Promise<ClaimStatus | undefined> {
  const cs = await gateway.capabilities();
  const useEob = !supportsInteraction(cs, "ClaimResponse", "search-type") && supportsInteraction(cs, "ExplanationOfBenefit", "search-type");
  const bundle: Bundle<ClaimResponse | ExplanationOfBenefit> = useEob
    ? await gateway.search<ExplanationOfBenefit>("ExplanationOfBenefit", { claim: claimRef })
    : await gateway.search<ClaimResponse>("ClaimResponse", { request: claimRef });
  const responses = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const newest = responses.sort((a, b) => (b.meta?.lastUpdated ?? b.created ?? "").localeCompare(a.meta?.lastUpdated ?? a.created ?? ""))[0];
  return newest ? toClaimStatus(newest) : undefined;
}

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
  const query = useQuery({
    queryKey: ["claim-status", gateway.baseUrl, claimRef, refreshKey],
    enabled: Boolean(claimRef),
    queryFn: async () => {
      attempts.current += 1;
      return (await latestStatus(gateway, claimRef ?? "")) ?? null;
    },
    refetchInterval: (q) => {
      const status = q.state.data;
      return status && isFinalStatus(status) ? false : pollDelayMs(attempts.current, { initialMs: 1_000, maxMs: 30_000 });
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
