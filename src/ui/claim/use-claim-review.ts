import { useMemo } from "react";
import { keepPreviousData, useQuery, type QueryClient } from "@tanstack/react-query";
import type { Claim, OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { buildClaim } from "../../billing/build/build-claim.ts";
import { checkReadyDraft, type ReadyDraft } from "../../billing/build/build-context.ts";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { specialtiesOf } from "../../fhir/context/practitioner-specialties.ts";
import type { PriorService } from "../../billing/scrub/scrub-context.ts";
import type { NcciEditionLabels } from "../../billing/ncci/ncci-edition-labels.ts";
import { useCodeService } from "../coding/code-service-context.tsx";
import type { CodeService } from "../coding/code-service.ts";
import type { PayerKind } from "../../billing/payer/payer-kind.ts";
import { check837PData } from "../../billing/x12/claim-to-837p.ts";
import { claimExportBundle } from "./export-files.ts";
import { filingLimitFor, type FilingLimits } from "../../billing/worklist/filing-deadline.ts";
import { payerIdOf } from "../../billing/worklist/worklist-resources.ts";

export type ClaimReview =
  | { kind: "incomplete"; outcome: OperationOutcome }
  | { kind: "checking"; claim: Claim; ready: ReadyDraft }
  | { kind: "failed"; message: string }
  /** `rechecking`: the findings are those of the previous edit while the latest one is checked. */
  | { kind: "checked"; claim: Claim; ready: ReadyDraft; issues: OperationOutcomeIssue[]; editions: NcciEditionLabels; rechecking?: boolean };

/** The patient's earlier finished encounters as professional services, with the practitioner's specialties in that group (PractitionerRole). */
export function priorServices(context: EncounterContext): PriorService[] {
  return context.priorEncounters.flatMap((e) => {
    const date = e.period?.start ?? e.period?.end;
    if (!date || e.status !== "finished") return [];
    const practitioner = e.participant?.find((p) => p.individual?.reference?.startsWith("Practitioner/"))?.individual?.reference;
    const organization = e.serviceProvider?.reference;
    const specialties = practitioner ? specialtiesOf(context.practitionerRoles, practitioner, organization) : [];
    return [{ date, ...(practitioner ? { practitioner } : {}), ...(organization ? { organization } : {}), ...(specialties.length ? { specialties } : {}) }];
  });
}

/** The claim's rendering practitioners' specialties (PractitionerRole.specialty), for new vs established by the same specialty. */
export function claimSpecialties(claim: Claim, context: EncounterContext): string[] {
  const organization = context.encounter?.serviceProvider?.reference;
  const practitioners = [claim.provider?.reference, ...(claim.careTeam ?? []).map((member) => member.provider.reference)]
    .filter((ref): ref is string => ref?.startsWith("Practitioner/") === true);
  return [...new Set(practitioners.flatMap((ref) => specialtiesOf(context.practitionerRoles, ref, organization)))];
}

/** The payer's timely filing limit in days (billing-config filingLimits by the coverage's payer id; Medicare's 12 months by its kind). */
function filingLimitDaysOf(context: EncounterContext, limits: FilingLimits | undefined, payerKind: PayerKind): number {
  const payerRef = context.coverages[0]?.payor?.[0]?.reference;
  const payer = context.organizations.find((o) => payerRef === `Organization/${o.id}`);
  return filingLimitFor(payerIdOf(payer), limits, payerKind.kind);
}

/** The scrubber's payerType: Medicare, a known other payer, or left out when the kind is unknown (rules then name the doubt). */
const scrubPayerType = (payer: PayerKind) => (payer.kind === "unknown" ? {} : { payerType: payer.kind === "medicare" ? ("medicare" as const) : ("other" as const) });

/** Builds the Claim from the draft and scrubs it (in the code worker); re-runs on every edit. */
/** Where the claim goes as an 837P file (write path export): what the file needs from the practice. */
export interface ExportCheck {
  cliaNumber?: string | undefined;
}

/**
 * The 837P writer's findings on this claim (x12-missing-data, x12-invalid-data, npi-invalid),
 * cleanings left out, and those at an element the scrubber already points at (one finding per problem).
 */
function exportFindings(found: readonly OperationOutcomeIssue[], scrubbed: readonly OperationOutcomeIssue[]): OperationOutcomeIssue[] {
  const seen = new Set(scrubbed.flatMap((issue) => issue.expression ?? []));
  return found.filter((issue) => issue.severity !== "information" && !(issue.expression ?? []).some((e) => seen.has(e)));
}

/** The scrub of a built claim as a query (react-query shape): keyed by the claim's content. */
function scrubQuery(service: CodeService, claim: Claim | undefined, claimKey: string, context: EncounterContext, now: string, payer: PayerKind, filingLimits: FilingLimits | undefined) {
  return {
    queryKey: ["scrub", claimKey],
    staleTime: Infinity,
    queryFn: () =>
      service.scrub(claim as Claim, {
        ...(context.patient ? { patient: context.patient } : {}),
        ...(context.encounter ? { encounter: context.encounter } : {}),
        priorServices: priorServices(context),
        ...(claimSpecialties(claim as Claim, context).length ? { specialties: claimSpecialties(claim as Claim, context) } : {}),
        ...scrubPayerType(payer),
        today: now.slice(0, 10),
        filingLimitDays: filingLimitDaysOf(context, filingLimits, payer),
      }),
  };
}

/**
 * Scrubs the draft as the review will, before it is opened (the code worker answers searches
 * first): "Review claim" then finds the findings of a draft that has not changed since. Nothing
 * for a draft that is not complete, or whose scrub is already kept.
 */
export function prefetchClaimReview(queryClient: QueryClient, service: CodeService, draft: ClaimDraft, context: EncounterContext, fhirUserRef: string | undefined, now: string, payer: PayerKind, filingLimits?: FilingLimits): Promise<void> {
  const ready = checkReadyDraft(draft);
  if (!ready.ok) return Promise.resolve();
  const claim = buildClaim(ready.draft, { now, fhirUserRef });
  return queryClient.prefetchQuery(scrubQuery(service, claim, JSON.stringify(claim), context, now, payer, filingLimits));
}

/** `exportCheck`: set when the claim will be exported (write path export): the 837P's data findings join the scrubber's. */
export function useClaimReview(draft: ClaimDraft, context: EncounterContext, fhirUserRef: string | undefined, now: string, payer: PayerKind, filingLimits?: FilingLimits, exportCheck?: ExportCheck): ClaimReview {
  const service = useCodeService();
  const ready = checkReadyDraft(draft);
  const claim = ready.ok ? buildClaim(ready.draft, { now, fhirUserRef }) : undefined;
  const claimKey = JSON.stringify(claim ?? null);
  const exporting = exportCheck !== undefined;
  const cliaNumber = exportCheck?.cliaNumber;
  // The 837P's own check, once per content of the claim (it is pure and takes a few milliseconds).
  const exportIssues = useMemo(
    () => (claim && exporting ? check837PData(claimExportBundle(claim, context), { cliaNumber }).issue : []),
    // The claim object is rebuilt on every render; its content is claimKey.
    [claimKey, context, exporting, cliaNumber],
  );
  const query = useQuery({
    ...scrubQuery(service, claim, claimKey, context, now, payer, filingLimits),
    enabled: Boolean(claim),
    // While an edit is checked, the previous findings stay on screen (no flash of "Checking…").
    placeholderData: keepPreviousData,
  });
  if (!ready.ok || !claim) return { kind: "incomplete", outcome: ready.ok ? { resourceType: "OperationOutcome", issue: [] } : ready.outcome };
  if (query.status === "error") return { kind: "failed", message: String(query.error) };
  if (query.status !== "success") return { kind: "checking", claim, ready: ready.draft };
  const scrubbed = query.data.outcome.issue.filter((i) => i.details?.coding?.length || i.severity !== "information");
  const issues = [...scrubbed, ...exportFindings(exportIssues, scrubbed)];
  return { kind: "checked", claim, ready: ready.draft, issues, editions: query.data.editions, ...(query.isPlaceholderData ? { rechecking: true } : {}) };
}
