/**
 * The encounter screen's regions that are not needed to show and code the encounter, each in a
 * chunk of its own (the review and scrubber findings, the submit step with the X12 writer, the
 * claim status, the clearinghouse files with the X12 readers). Same names and props as the
 * modules they load; each shows a short placeholder while its code arrives. Once the encounter
 * screen is up, the browser fetches the review's and submit step's code when idle, and the code
 * worker fetches the scrubber and the NCCI tables as low-priority work, so "Review claim" rarely
 * waits for a download. The review's chunk brings the submit step's with it: the submit
 * step renders inside the review, at once.
 */
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import type { ClaimStatusRegionProps } from "../claim/claim-status-region.tsx";
import type { ReviewPanelProps } from "../claim/review-panel.tsx";
import type { SubmitStepProps } from "../claim/submit-step.tsx";
import type { ClearinghouseFilesProps } from "../clearinghouse/clearinghouse-files.tsx";
import { useCodeService } from "./code-service-context.tsx";

type SubmitModule = typeof import("../claim/submit-step.tsx");
type ReviewModule = typeof import("../claim/review-panel.tsx");
let submitModule: SubmitModule | undefined;
let reviewModule: ReviewModule | undefined;
let reviewLoading: Promise<ReviewModule> | undefined;
const loadReview = () =>
  (reviewLoading ??= Promise.all([import("../claim/review-panel.tsx"), import("../claim/submit-step.tsx")]).then(
    ([review, submit]) => ((submitModule = submit), (reviewModule = review)),
    (error: unknown) => {
      reviewLoading = undefined; // a chunk that failed is fetched again next time
      throw error;
    },
  ));

const LazyReview = lazy(() => loadReview().then((m) => ({ default: m.ReviewPanel })));
const LazySubmit = lazy(() => loadReview().then(() => ({ default: (submitModule as SubmitModule).SubmitStep })));
const LazyStatus = lazy(() => import("../claim/claim-status-region.tsx").then((m) => ({ default: m.ClaimStatusRegion })));
const LazyClearinghouse = lazy(() => import("../clearinghouse/clearinghouse-files.tsx").then((m) => ({ default: m.ClearinghouseFiles })));

const waiting = (what: string, children: ReactNode) => <Suspense fallback={<p aria-busy="true" className="muted">Loading {what}…</p>}>{children}</Suspense>;

/** Fetches the review's (and the submit step's) code now; settles once it is there. */
export const preloadReview = (): Promise<void> => loadReview().then(() => undefined);

/** Fetches the review's (and the submit step's) code when the browser is idle; then `also`. */
export function preloadReviewWhenIdle(also?: () => void) {
  const run = () => {
    void loadReview().catch(() => undefined);
    also?.();
  };
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

/** How long the draft stays unchanged before its scrub is asked for ahead of the review. */
const PREFETCH_AFTER_MS = 600;

/**
 * While the review is closed, the draft's scrub is asked for once the draft has stayed unchanged
 * for a moment and the browser is idle, so that "Review claim" shows the findings at once.
 */
export function usePrefetchedReview(props: Pick<ReviewPanelProps, "draft" | "context" | "fhirUserRef" | "now" | "filingLimits" | "payer">, enabled: boolean) {
  const codes = useCodeService();
  const queryClient = useQueryClient();
  const latest = useRef(props);
  latest.current = props;
  const revision = props.draft.revision;
  useEffect(() => {
    if (!enabled) return;
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = preloadReviewWhenIdle(() => {
        const { draft, context, fhirUserRef, now, filingLimits, payer } = latest.current;
        void loadReview()
          .then((m) => payer && m.prefetchClaimReview(queryClient, codes, draft, context, fhirUserRef, now, payer, filingLimits))
          .catch(() => undefined); // the review scrubs it when opened
      });
    }, PREFETCH_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [enabled, revision, codes, queryClient]);
}

/**
 * The review's code, once fetched (preloadReviewWhenIdle), is rendered directly: behind a Suspense
 * boundary even a loaded lazy component suspends once, and React then holds the revealed content
 * back for its fallback throttle (300 ms) before it shows. Which of the two one mounted review uses
 * is fixed when it mounts, so the code arriving later never remounts it (its ticked warnings stay).
 */
export function ReviewPanel(props: ReviewPanelProps) {
  const [Loaded] = useState(() => reviewModule?.ReviewPanel);
  return Loaded ? <Loaded {...props} /> : waiting("the review", <LazyReview {...props} />);
}

/** Rendered by the review, whose chunk loaded the submit step's: no placeholder then. */
export function SubmitStep(props: SubmitStepProps) {
  const [Loaded] = useState(() => submitModule?.SubmitStep);
  return Loaded ? <Loaded {...props} /> : waiting("the submit step", <LazySubmit {...props} />);
}

export function ClaimStatusRegion(props: ClaimStatusRegionProps) {
  const codes = useCodeService();
  useEffect(() => preloadReviewWhenIdle(() => codes.preloadScrubber?.()), [codes]);
  return waiting("the claim status", <LazyStatus {...props} />);
}

export function ClearinghouseFiles(props: ClearinghouseFilesProps) {
  return waiting("the clearinghouse files", <LazyClearinghouse {...props} />);
}
