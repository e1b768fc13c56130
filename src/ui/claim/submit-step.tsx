import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import { chooseWritePath } from "../../billing/write-path/choose-write-path.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { normalizeOutcome } from "../../fhir/fhir-error.ts";
import { createFhirGateway } from "../../fhir/fhir-gateway.ts";
import type { SubmissionOutcome } from "../../fhir/submit/submission-outcome.ts";
import { useSession } from "../shell/session-context.tsx";
import type { BillingConfig } from "./billing-config.ts";
import { ClaimFileMenu } from "./claim-file-menu.tsx";
import { downloadText } from "./export-files.ts";
import { recordAfter, replacedBy, runSubmission } from "./run-submission.ts";
import { SubmissionReport } from "./submission-report.tsx";
import { readSubmission, submissionKey, writeSubmission } from "./submission-storage.ts";
import type { ClaimReview } from "./use-claim-review.ts";

export interface SubmitStepProps {
  review: Extract<ClaimReview, { kind: "checked" }>;
  blocked: string | undefined;
  draft: ClaimDraft;
  context: EncounterContext;
  config: BillingConfig;
  now(): string;
  onSubmitted(): void;
}

/** Where the claim goes (chosen from the EHR's CapabilityStatement), the submit button, and the result. */
export function SubmitStep({ review, blocked, draft, context, config, now, onSubmitted }: SubmitStepProps) {
  const { session, gateway } = useSession();
  const capability = useQuery({ queryKey: ["capabilities", gateway.baseUrl], queryFn: () => gateway.capabilities(), staleTime: Infinity });
  const key = submissionKey(session.serverUrl, draft.encounterRef);
  const [record, setRecord] = useState(() => readSubmission(window.localStorage, key));
  const [busy, setBusy] = useState<string>();
  const [outcome, setOutcome] = useState<SubmissionOutcome>();
  const [failure, setFailure] = useState<string>();
  if (capability.status !== "success") return <p aria-busy="true">Reading what this EHR accepts…</p>;
  const path = chooseWritePath(capability.data, config.billingEndpoint ? { billingEndpoint: config.billingEndpoint } : {});
  const upToDate = record?.state === "submitted" && record.revision === draft.revision;
  const interrupted = record?.state === "in-flight" && record.revision === draft.revision;
  const correction = Boolean(replacedBy(record, draft.revision));
  const label = path.kind === "export" ? "Download claim files" : correction ? "Submit corrected claim" : interrupted ? "Retry submission (safe)" : "Submit claim";
  const submit = async () => {
    setBusy("Starting…");
    setFailure(undefined);
    const before = record;
    const replacing = replacedBy(before, draft.revision);
    writeSubmission(window.localStorage, key, { revision: draft.revision, state: "in-flight", ...(replacing ? { replacing } : {}), at: now() });
    try {
      // A billing endpoint is another server: its own gateway, and the EHR's token never goes there.
      const target = path.kind === "billing-endpoint" ? createFhirGateway({ baseUrl: path.url }) : gateway;
      const result = await runSubmission({
        gateway: target, path, draft: review.ready, context: { now: now(), fhirUserRef: session.fhirUser ?? "" },
        ...(before ? { previous: before } : {}),
        options: { onProgress: (done, total, what) => setBusy(`Writing ${what} (${Math.min(done + 1, total)} of ${total})…`) },
      });
      const next = recordAfter(result, draft.revision, now(), before);
      writeSubmission(window.localStorage, key, next);
      setRecord(next);
      setOutcome(result);
      const download = result.kind === "exported" ? result.download : result.kind === "done" ? result.download : undefined;
      if (download) downloadText(download.fileName, JSON.stringify(download.bundle, null, 2), "application/fhir+json");
      if (next.state === "submitted") onSubmitted();
    } catch (error) {
      setFailure(normalizeOutcome(error).message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="submit-step">
      <h3>Where this claim goes</h3>
      <p>{path.explanation}</p>
      <ul>{path.writes.map((w) => <li key={w}>{w}</li>)}</ul>
      {interrupted && <p role="status" className="notice warning">A submission of this claim was interrupted. Retrying is safe: nothing is written twice.</p>}
      {upToDate && <p role="status" className="notice info">This claim was submitted ({record?.claimRef}). Change the codes to submit a corrected claim.</p>}
      {blocked && <p className="notice warning">{blocked}</p>}
      <div className="actions">
        <button type="button" disabled={Boolean(blocked) || Boolean(busy) || upToDate} onClick={() => void submit()}>{label}</button>
        <ClaimFileMenu claim={review.claim} context={context} config={config} now={now} />
      </div>
      {busy && <p aria-live="polite" aria-busy="true">{busy}</p>}
      {failure && <p role="alert" className="alert">{failure} Your draft is kept; try again.</p>}
      {outcome && <SubmissionReport outcome={outcome} onRetry={() => void submit()} />}
    </div>
  );
}
