import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import type { BillingState } from "../../billing/state/billing-state.ts";
import type { ClaimStatus } from "../../billing/status/claim-status.ts";
import { nextActions, type NextActionKind } from "../../billing/status/next-actions.ts";
import type { WritePath } from "../../billing/write-path/choose-write-path.ts";
import { claimStatusQuery } from "../../fhir/claim-status/claim-status-query.ts";
import { pollClaimStatuses, withPolledStatuses } from "../../fhir/claim-status/poll-claim-statuses.ts";
import type { WorklistRow } from "../../fhir/claim-status/worklist-filters.ts";
import { isFinalStatus, nextPollDelay } from "../../fhir/claim-status/poll-delay.ts";
import { formatDateTime } from "../format/format-fhir.ts";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import { useSession } from "../shell/session-context.tsx";
import { ClaimStatusView } from "./claim-status-view.tsx";
import { exportKey, readExport } from "./submission-storage.ts";

const ACTION_WORDS: Record<NextActionKind, string> = {
  "correct-and-resubmit": "Correct and resubmit", appeal: "Appeal", "bill-patient": "Bill the patient", "write-off": "Write off",
  "verify-coverage": "Verify coverage", review: "Review",
};

/** What the payer's reasons call for, each with the reasons behind it; "Correct and resubmit" only where recoding helps. */
function NextSteps({ status, onCorrect }: { status: ClaimStatus; onCorrect(status: ClaimStatus): void }) {
  const actions = nextActions(status);
  if (actions.length === 0) return null;
  const correctable = actions.some((a) => a.kind === "correct-and-resubmit" || a.kind === "verify-coverage");
  return (
    <section aria-label="Next steps" className="next-steps">
      <h3>Next steps</h3>
      <ul>
        {actions.map((a) => (
          <li key={a.kind}><strong>{ACTION_WORDS[a.kind]}</strong> ({a.because.join(", ")}): {a.advice}</li>
        ))}
      </ul>
      {correctable && <button type="button" onClick={() => onCorrect(status)}>Correct and resubmit</button>}
    </section>
  );
}

export interface ClaimStatusRegionProps {
  encounterRef: string;
  path: WritePath | undefined;
  /** The encounter's billing state on the store (undefined where the store keeps no claims). */
  state: BillingState | undefined;
  /** Names for the references that say who did what. */
  nameOf(reference: string | undefined): string | undefined;
  onCorrect(status: ClaimStatus): void;
  /** Where the payer's answers are read: the billing server when claims live there, else the EHR. */
  statusGateway?: FhirGateway | undefined;
  /** Counts this screen's submissions and downloads: each one reads the export record again. */
  submissions?: number | undefined;
  /** The screen's clock, the one the submit step records a download with (its age is measured on it). */
  now?: (() => string) | undefined;
}

const systemNow = () => new Date().toISOString();

/** Region "Claim status": who submitted or changed the claim and when; polls the payer's answer with backoff. */
export function ClaimStatusRegion({ encounterRef, path, state, nameOf, onCorrect, statusGateway, submissions = 0, now = systemNow }: ClaimStatusRegionProps) {
  const { session, gateway: ehr } = useSession();
  const gateway = statusGateway ?? ehr;
  const claimRef = state?.submitted?.ref;
  const attempts = useRef(0);
  const queryClient = useQueryClient();
  // The submitted Claim names each line's billed code where the payer's answer does not.
  const claims = useMemo(() => new Map(claimRef && state?.submitted ? [[claimRef, state.submitted.resource]] : []), [claimRef, state?.submitted]);
  const statusQuery = claimStatusQuery(gateway, claimRef ? [claimRef] : [], { claims });
  const query = useQuery({
    queryKey: [...statusQuery.queryKey],
    enabled: Boolean(claimRef),
    queryFn: async (): Promise<ClaimStatus | null> => {
      attempts.current += 1;
      if (!claimRef) return null;
      // One search per poll; a final status is never asked again, and the worklist takes the answer
      // as it is instead of searching the patient's claims again.
      const previous = queryClient.getQueryData<ClaimStatus | null>(statusQuery.queryKey);
      const polled = await pollClaimStatuses(gateway, [claimRef], previous ? { [claimRef]: previous } : {}, { claims });
      queryClient.setQueriesData<WorklistRow[]>({ queryKey: ["claim-worklist"] }, (rows) => withPolledStatuses(rows, polled));
      const known = polled[claimRef];
      return known && known.kind !== "submitted" ? known : null;
    },
    refetchInterval: (q) => {
      const status = q.state.data;
      return status && isFinalStatus(status) ? false : nextPollDelay(attempts.current);
    },
  });
  // The download just recorded shows at once (the record lives in this browser, not on the store).
  const exported = useMemo(
    () => (path?.kind === "export" ? readExport(window.localStorage, exportKey(session.serverUrl, encounterRef), now()) : undefined),
    [path?.kind, session.serverUrl, encounterRef, submissions, now],
  );
  const last = state?.lastChange;
  const charges = state?.charges.length ?? 0;
  return (
    <section aria-label="Claim status" className="card">
      <h2 id="claim-status-title" tabIndex={-1}>Claim status</h2>
      {last && (
        <p className="small">
          Last {last.action}{last.who ? ` by ${nameOf(last.who) ?? last.who}` : ""}{last.when ? `, ${formatDateTime(last.when)}` : ""}.
        </p>
      )}
      {!claimRef && state?.draft && <p className="muted">Draft saved on the server ({state.draft.ref}): not submitted yet.</p>}
      {!claimRef && !state?.draft && !exported && charges === 0 && <p className="muted">Draft: no claim submitted for this encounter yet.</p>}
      {!claimRef && path?.kind === "oracle-operations" && charges > 0 && <p>{charges} charge{charges > 1 ? "s" : ""} billed in the EHR; the claim file went to your billing system.</p>}
      {exported && <p>Generation {exported.generation} of the claim was exported as a file ({formatDateTime(exported.at)}): its status is followed in your billing system. Only this browser knows it was exported.</p>}
      {claimRef && (
        <>
          <p className="muted small">{claimRef}{state?.draft ? ` · a correction (${state.draft.ref}) is in progress` : ""}</p>
          {query.status === "error" && <p role="alert" className="alert">Status could not be read: {String(query.error)}</p>}
          <ClaimStatusView status={query.data ?? undefined} />
          {query.data && <NextSteps status={query.data} onCorrect={onCorrect} />}
        </>
      )}
    </section>
  );
}
