import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { OperationOutcomeAlert } from "../common/operation-outcome-alert.tsx";
import { markOnce } from "../shell/perf-marks.ts";
import { findingKey } from "./finding-target.ts";
import { ScrubFindings } from "./scrub-findings.tsx";
import { useClaimReview, type ClaimReview, type ExportCheck } from "./use-claim-review.ts";

export { prefetchClaimReview } from "./use-claim-review.ts";
import type { FilingLimits } from "../../billing/worklist/filing-deadline.ts";
import { claimPayerKind, type PayerKind } from "../../billing/payer/payer-kind.ts";

export interface ReviewPanelProps {
  draft: ClaimDraft;
  context: EncounterContext;
  fhirUserRef: string | undefined;
  now: string;
  /** The practice's timely filing limits (billing-config), for the `timely-filing` check. */
  filingLimits?: FilingLimits | undefined;
  /** The claim's payer kind (Coverage.type SOPT, billing-config payerKinds); default: from the coverage alone. */
  payer?: PayerKind | undefined;
  /** Set when the claim will be exported as an 837P (write path export): the file's findings are checked here, not at download. */
  exportCheck?: ExportCheck | undefined;
  /** Bumped by "Review claim" (Alt+R): once the review has rendered, it is scrolled into view and focused. */
  focusRequest?: number | undefined;
  /** The submit step, given the checked claim once nothing blocks it. */
  renderSubmit(review: Extract<ClaimReview, { kind: "checked" }>, blocked: string | undefined): ReactNode;
}

function blockReason(review: Extract<ClaimReview, { kind: "checked" }>, acknowledged: Set<string>): string | undefined {
  if (review.rechecking) return "Checking the latest change…";
  const errors = review.issues.filter((i) => i.severity === "error" || i.severity === "fatal").length;
  if (errors) return `${errors} error${errors > 1 ? "s" : ""} must be fixed before the claim can be submitted.`;
  const open = review.issues.filter((i) => i.severity === "warning" && !acknowledged.has(findingKey(i))).length;
  if (open) return `Tick ${open} warning${open > 1 ? "s" : ""} once checked.`;
  return undefined;
}

/** Brings the review into view and focuses its first finding, else the submit button, else its heading. */
function focusReview(section: HTMLElement) {
  const submit = section.querySelector<HTMLButtonElement>('button[data-shortcut="submit"]');
  const target = section.querySelector<HTMLElement>(".finding") ?? (submit && !submit.disabled ? submit : null) ?? section.querySelector<HTMLElement>("h2");
  section.scrollIntoView?.({ block: "start" });
  target?.focus({ preventScroll: true });
}

/** Region "Claim review": the scrubber's findings as the user edits, then the submit step. */
export function ReviewPanel({ draft, context, fhirUserRef, now, filingLimits, payer, exportCheck, focusRequest, renderSubmit }: ReviewPanelProps) {
  const payerKind = useMemo(() => payer ?? claimPayerKind(context.coverages, context.organizations, undefined), [payer, context.coverages, context.organizations]);
  const review = useClaimReview(draft, context, fhirUserRef, now, payerKind, filingLimits, exportCheck);
  useEffect(() => {
    if (review.kind === "checked") markOnce("coding:review-checked");
  }, [review.kind]);
  const section = useRef<HTMLElement>(null);
  const focused = useRef(0);
  useEffect(() => {
    // Scrolled and focused once it shows something to act on (not while it is still checking).
    if (!focusRequest || focused.current === focusRequest || review.kind === "checking" || !section.current) return;
    focused.current = focusRequest;
    focusReview(section.current);
  }, [focusRequest, review.kind]);
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set());
  const acknowledge = (key: string, value: boolean) =>
    setAcknowledged((current) => {
      const next = new Set(current);
      if (value) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <section ref={section} aria-label="Claim review" aria-busy={review.kind === "checking" || (review.kind === "checked" && review.rechecking) ? true : undefined} className="card review">
      <h2 tabIndex={-1}>Claim review</h2>
      {review.kind === "incomplete" && <OperationOutcomeAlert title="The claim is not complete yet" outcome={review.outcome} />}
      {review.kind === "checking" && <p aria-busy="true">Checking the claim…</p>}
      {review.kind === "failed" && <p role="alert" className="alert">The scrubber could not run: {review.message}</p>}
      {review.kind === "checked" && (
        <>
          <p className="muted small">
            NCCI: {review.editions.ptp}; {review.editions.mue}.
            {review.rechecking && <span className="rechecking"> · Checking the latest change…</span>}
          </p>
          {review.issues.length === 0 ? (
            <p role="status" className="notice info">The claim passed every scrubber check.</p>
          ) : (
            <ScrubFindings issues={review.issues} lines={draft.lines} acknowledged={acknowledged} onAcknowledge={acknowledge} />
          )}
          {renderSubmit(review, blockReason(review, acknowledged))}
        </>
      )}
    </section>
  );
}
