import type { Claim } from "fhir/r4";
import { useState } from "react";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import { draftContentHash, sameContent } from "../../billing/state/claim-content.ts";
import { exportGeneration } from "../../billing/state/export-generation.ts";
import { claimForFiles } from "../../billing/state/claim-for-files.ts";
import { draftFromClaim } from "../../billing/state/draft-from-claim.ts";
import { claimFile, planOracleCharges } from "../../billing/state/plan-oracle-charges.ts";
import type { WritePath } from "../../billing/write-path/choose-write-path.ts";
import { oracleTenantFromBase } from "../../billing/write-path/oracle-bill-codes.ts";
import { exportDownload } from "../../billing/write-path/planned-requests.ts";
import { runOracleCharges } from "../../fhir/billing-store/run-oracle-charges.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { normalizeOutcome } from "../../fhir/fhir-error.ts";
import type { SubmissionOutcome } from "../../fhir/submit/submission-outcome.ts";
import { useSession } from "../shell/session-context.tsx";
import type { BillingConfig } from "./billing-config.ts";
import { ClaimFileMenu } from "./claim-file-menu.tsx";
import { downloadText } from "./export-files.ts";
import { SubmissionReport } from "./submission-report.tsx";
import { exportKey, readExport, writeExport } from "./submission-storage.ts";
import type { BillingStore } from "./use-billing-store.ts";
import type { ClaimReview } from "./use-claim-review.ts";

export interface SubmitStepProps {
  review: Extract<ClaimReview, { kind: "checked" }>;
  blocked: string | undefined;
  draft: ClaimDraft;
  context: EncounterContext;
  config: BillingConfig;
  path: WritePath;
  store: BillingStore;
  now(): string;
  onSubmitted(): void;
}

/** Where the claim goes (chosen from the EHR's CapabilityStatement), the submit button, and the result. */
export function SubmitStep({ review, blocked, draft, context, config, path, store, now, onSubmitted }: SubmitStepProps) {
  const { session, gateway } = useSession();
  const [busy, setBusy] = useState<string>();
  const { outcome, note, failure } = store.report;
  const setOutcome = (o: SubmissionOutcome | undefined) => store.setReport(o ? { outcome: o } : {});
  const setNote = (n: string | undefined) => store.setReport(n ? { note: n } : {});
  const setFailure = (f: string | undefined) => store.setReport(f ? { failure: f } : {});
  const ready = review.ready;
  // Claim.enterer, ChargeItem.enterer and Provenance.agent.who name the user: never an empty reference.
  const noUser = session.fhirUser ? undefined : "The EHR did not say who you are (no fhirUser in this launch), and a claim must name who entered it: nothing can be submitted or downloaded. Launch the app again; the EHR must grant the openid and fhirUser scopes.";
  const buildContext = () => ({ now: now(), fhirUserRef: session.fhirUser });
  const progress = { onProgress: (done: number, total: number, what: string) => setBusy(`Writing ${what} (${Math.min(done + 1, total)} of ${total})…`) };
  const submitted = store.state?.submitted;
  const upToDate = Boolean(submitted && !store.state?.draft && sameContent(draftFromClaim(submitted.resource, draft), draft));
  const exportRecord = path.kind === "export" ? readExport(window.localStorage, exportKey(session.serverUrl, draft.encounterRef), now()) : undefined;
  const correction = Boolean(submitted || (store.state?.charges.length ?? 0) > 0 || exportRecord);
  const label = path.kind === "export" ? "Download claim files" : correction ? "Submit corrected claim" : "Submit claim";
  // The files say what the payer gets: a correction is a replacement (its generation, the claim it
  // replaces and, once the payer has said it, the payer's claim number for REF*F8).
  function filesClaim() {
    if (store.target && store.state) return claimForFiles(ready, store.state, buildContext()) ?? review.claim;
    if (path.kind === "export") {
      const { prior } = exportGeneration(exportRecord, draftContentHash(draft));
      return (claimFile(ready, prior, buildContext()).entry?.[0]?.resource as Claim | undefined) ?? review.claim;
    }
    if (path.kind === "oracle-operations" && store.state && store.state.generation > 0) {
      // Charges already billed: an unchanged claim is that generation again, a changed one the next.
      const changed = planOracleCharges(ready, store.state, { tenant: "-" }, buildContext()).requests.length > 0;
      const prior = changed ? store.state.generation : store.state.generation - 1;
      return (claimFile(ready, prior, buildContext()).entry?.[0]?.resource as Claim | undefined) ?? review.claim;
    }
    return review.claim;
  }

  const submitToStore = async () => {
    const result = await store.run({ kind: "submit" });
    if (!result) return setFailure("The claim is not complete yet.");
    if (result.kind === "conflict") return setNote("Someone else changed this claim: see the conflict above.");
    if (result.kind === "nothing") return setNote(result.reason);
    if (result.kind === "failed") return setOutcome(result.outcome);
    if (result.outcome) setOutcome(result.outcome);
    onSubmitted();
  };
  const submitOracle = async () => {
    const tenant = oracleTenantFromBase(gateway.baseUrl);
    if (!tenant) return setFailure("This Oracle Health base URL names no tenant: the charges cannot be coded with its bill-code systems.");
    const run = await runOracleCharges(gateway, ready, { tenant }, buildContext(), progress, store.state);
    await store.refresh();
    if (run.conflict) return setNote("Someone else changed this encounter's charges since you opened it: nothing was sent. Their charges are shown now; check the claim and submit again.");
    if (run.plan.requests.length === 0) return setNote("The EHR already holds these charges: nothing to write.");
    setOutcome(run.outcome);
    const download = run.outcome.kind === "done" ? run.outcome.download : undefined;
    if (download) downloadText(download.fileName, JSON.stringify(download.bundle, null, 2), "application/fhir+json");
    if (run.outcome.kind === "done") onSubmitted();
  };
  const submitExport = () => {
    const contentHash = draftContentHash(draft);
    const { prior, generation } = exportGeneration(exportRecord, contentHash);
    const download = exportDownload(ready, claimFile(ready, prior, buildContext()));
    downloadText(download.fileName, JSON.stringify(download.bundle, null, 2), "application/fhir+json");
    writeExport(window.localStorage, exportKey(session.serverUrl, draft.encounterRef), { generation, state: "exported", contentHash, at: now() });
    setOutcome({ kind: "exported", download });
    onSubmitted();
  };
  const submit = async () => {
    if (noUser) return setFailure(noUser);
    setBusy("Starting…");
    store.setReport({});
    try {
      if (path.kind === "export") submitExport();
      else if (path.kind === "oracle-operations") await submitOracle();
      else await submitToStore();
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
      {upToDate && <p role="status" className="notice info">This claim was submitted ({submitted?.ref}). Change the codes to submit a corrected claim.</p>}
      {path.kind === "export" && <p className="muted small">This EHR keeps no claims: what you download is recorded in this browser only, and others cannot see it.</p>}
      {blocked && <p className="notice warning">{blocked}</p>}
      {noUser && <p className="notice warning">{noUser}</p>}
      <div className="actions">
        <button type="button" data-shortcut="submit" disabled={Boolean(blocked) || Boolean(noUser) || Boolean(busy) || upToDate || Boolean(store.conflict)} onClick={() => void submit()}>{label}</button>
        {!noUser && <ClaimFileMenu claim={filesClaim()} context={context} config={config} now={now} />}
      </div>
      {busy && <p aria-live="polite" aria-busy="true">{busy}</p>}
      {note && <p role="status" className="notice info">{note}</p>}
      {failure && <p role="alert" className="alert">{failure} Your draft is kept; try again.</p>}
      {outcome && <SubmissionReport outcome={outcome} onRetry={() => void submit()} />}
    </div>
  );
}
