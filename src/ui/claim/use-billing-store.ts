import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { checkReadyDraft } from "../../billing/build/build-context.ts";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import { readBillingState, type BillingState, type StoredClaim } from "../../billing/state/billing-state.ts";
import { sameContent } from "../../billing/state/claim-content.ts";
import { draftFromClaim } from "../../billing/state/draft-from-claim.ts";
import { currentClaim } from "../../billing/state/plan-store-writes.ts";
import type { WritePath } from "../../billing/write-path/choose-write-path.ts";
import { billingStateQuery } from "../../fhir/billing-store/load-billing-state.ts";
import { runStoreAction, type Conflict, type StoreAction, type StoreActionResult, type StoreTarget } from "../../fhir/billing-store/run-store-action.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import { normalizeOutcome } from "../../fhir/fhir-error.ts";
import type { SubmissionOutcome } from "../../fhir/submit/submission-outcome.ts";
import { useSession } from "../shell/session-context.tsx";
import { storeMode } from "./use-write-path.ts";

export interface BillingStore {
  /** Where drafts, hand-offs and submissions are shared; undefined when the store accepts nothing. */
  target?: StoreTarget;
  state?: BillingState;
  refresh(): Promise<unknown>;
  /** The other person's version, when a save or submit found one. */
  conflict?: Conflict;
  keepMine(): void;
  takeTheirs(): void;
  saving: "idle" | "saving" | "saved" | "error";
  saveError?: string;
  run(action: StoreAction): Promise<StoreActionResult | undefined>;
  /** The last submission's report: kept here so a re-check of the review does not lose it. */
  report: SubmitReport;
  setReport(report: SubmitReport): void;
}

export interface SubmitReport {
  outcome?: SubmissionOutcome;
  note?: string;
  failure?: string;
}

export const basisOf = (claim: StoredClaim) => ({ claimRef: claim.ref, versionId: claim.versionId, generation: claim.generation, status: claim.resource.status });

/**
 * The encounter's billing state on the store, the draft kept in step with it (saved there a
 * moment after each change, so the next person sees it), and the conflicts a save or submit finds.
 */
export interface StoreOptions {
  /** Save the draft to the store a moment after a change (only once someone worked on it). */
  autosave?: boolean;
  autosaveMs?: number;
  /** The logged-in gateway to the practice's billing server, on the billing-endpoint path. */
  billingGateway?: FhirGateway | undefined;
}

export function useBillingStore(path: WritePath | undefined, context: EncounterContext, encounterRef: string, draft: ClaimDraft, dispatch: (a: DraftAction) => void, now: () => string, { autosave = true, autosaveMs = 1500, billingGateway }: StoreOptions = {}): BillingStore {
  const { gateway, session } = useSession();
  const mode = storeMode(path);
  const target = useMemo<StoreTarget | undefined>(() => {
    if (!mode || !path) return undefined;
    // A billing endpoint is another server: its own login and gateway; the EHR's token never goes there.
    if (path.kind === "billing-endpoint") return billingGateway ? { gateway: billingGateway, mode } : undefined;
    return { gateway, mode };
  }, [mode, path, gateway, billingGateway]);
  const queryClient = useQueryClient();
  const options = billingStateQuery(target?.gateway ?? gateway, encounterRef);
  // What the chart's first round trips read: the query's starting point, computed once per read (not per keystroke).
  const fromEhr = path?.kind !== "billing-endpoint";
  const fromChart = useMemo(
    () => (fromEhr && context.billingResources.length > 0 ? readBillingState(context.billingResources, encounterRef) : undefined),
    [fromEhr, context.billingResources, encounterRef],
  );
  const query = useQuery({ ...options, enabled: Boolean(target) || path?.kind === "oracle-operations", ...(fromChart ? { initialData: fromChart } : {}), staleTime: 10_000 });
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState<BillingStore["saving"]>("idle");
  const [saveError, setSaveError] = useState<string>();
  const [report, setReport] = useState<SubmitReport>({});
  const fhirUserRef = session.fhirUser;
  const inFlight = useRef(new Map<string, Promise<StoreActionResult | undefined>>());
  const runOnce = useCallback(async (action: StoreAction): Promise<StoreActionResult | undefined> => {
    const ready = checkReadyDraft(draft);
    // Without the user (no fhirUser) the writes would name nobody as enterer and author: none are sent.
    if (!target || !ready.ok || !fhirUserRef) return undefined;
    const result = await runStoreAction(target, action, ready.draft, { now: now(), fhirUserRef });
    if (result.kind === "conflict") {
      setConflict(result.conflict);
      queryClient.setQueryData(options.queryKey, result.conflict.state);
      return result;
    }
    if ("state" in result && result.state) {
      queryClient.setQueryData(options.queryKey, result.state);
      const saved = currentClaim(result.state);
      if (saved && sameContent(draftFromClaim(saved.resource, draft), draft) && saved.versionId !== draft.basedOn?.versionId) dispatch({ type: "based-on", basedOn: basisOf(saved) });
    }
    return result;
  }, [draft, target, now, fhirUserRef, queryClient, options.queryKey, dispatch]);
  // A double click joins the same action already running; a different action waits for it.
  const run = useCallback((action: StoreAction): Promise<StoreActionResult | undefined> => {
    const key = JSON.stringify(action);
    const running = inFlight.current.get(key);
    if (running) return running;
    const before = Promise.all([...inFlight.current.values()]).catch(() => undefined);
    const next = before.then(() => runOnce(action)).finally(() => inFlight.current.delete(key));
    inFlight.current.set(key, next);
    return next;
  }, [runOnce]);

  // Autosave: a moment after the last change, when the draft differs from what the store holds.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const state = query.data;
  useEffect(() => {
    if (!target || conflict || !state || !autosave || !session.fhirUser) return;
    const current = currentClaim(state);
    if (!checkReadyDraft(draft).ok) return;
    if (current && sameContent(draftFromClaim(current.resource, draft), draft)) {
      if (draft.basedOn?.versionId !== current.versionId) dispatch({ type: "based-on", basedOn: basisOf(current) });
      return;
    }
    if (!current && draft.lines.length === 0 && draft.diagnoses.length === 0) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSaving("saving");
      run({ kind: "save" }).then(
        (r) => { setSaving(r?.kind === "conflict" ? "error" : "saved"); setSaveError(r?.kind === "failed" ? "The draft could not be saved on the server; it is kept in this browser." : undefined); },
        (e: unknown) => { setSaving("error"); setSaveError(`The draft could not be saved on the server (${normalizeOutcome(e).message}); it is kept in this browser.`); },
      );
    }, autosaveMs);
    return () => clearTimeout(timer.current);
  }, [draft, target, conflict, state, run, autosave, autosaveMs, dispatch, session.fhirUser]);

  const keepMine = () => {
    if (conflict) dispatch({ type: "based-on", basedOn: basisOf(conflict.claim) });
    setConflict(undefined);
  };
  const takeTheirs = () => {
    if (conflict) dispatch({ type: "replace", draft: { ...conflict.theirs, basedOn: basisOf(conflict.claim), revision: draft.revision } });
    setConflict(undefined);
  };
  return {
    ...(target ? { target } : {}),
    ...(state ? { state } : {}),
    refresh: () => query.refetch(),
    ...(conflict ? { conflict } : {}),
    keepMine, takeTheirs, saving, ...(saveError ? { saveError } : {}), run, report, setReport,
  };
}

