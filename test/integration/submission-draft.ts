/**
 * Submission plans for the sandbox's office visit (enc-office-1), one revision per test so each
 * test has its own identifiers, and counting searches that tell duplicates from losses.
 */
import type { Bundle, ChargeItem, Claim, Parameters, Provenance, Resource } from "fhir/r4";
import { buildSubmission, checkReadyDraft, claimSubmissionValue, SUBMISSION_ID_SYSTEM, type ReadyDraft } from "../../src/billing/build/index.ts";
import type { ClaimDraft } from "../../src/billing/claim-draft.ts";
import { planSubmission, type SubmissionPlan, type WritePath } from "../../src/billing/write-path/index.ts";
import { CPT } from "../../src/coding/systems.ts";
import type { FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executePlan, type WrittenResource } from "../../src/fhir/submit/index.ts";

export const ENCOUNTER = "Encounter/enc-office-1";

export function officeVisitDraft(revision: number): ReadyDraft {
  const line = (id: string, code: string, unitCharge: number, pointers: number[]) => ({
    id, system: CPT, code, modifiers: [], units: 1, diagnosisPointers: pointers, placeOfService: "11", unitCharge, serviceDate: "2026-11-20",
  });
  const draft: ClaimDraft = {
    encounterRef: ENCOUNTER, patientRef: "Patient/pat-epic-1", revision,
    diagnoses: [{ code: "E11.22", display: "Type 2 diabetes with CKD" }, { code: "I10", display: "Hypertension" }],
    lines: [line("visit", "99214", 150, [1, 2]), line("draw", "36415", 10, [1])],
    renderingProviderRef: "Practitioner/pr-rivera", billingProviderRef: "Organization/org-riverbend",
    coverageRef: "Coverage/cov-epic-1", locationRef: "Location/loc-riverbend",
    periodStart: "2026-11-20T09:00:00-05:00", periodEnd: "2026-11-20T14:32:00Z",
  };
  const check = checkReadyDraft(draft);
  if (!check.ok) throw new Error("office visit draft is not ready");
  return check.draft;
}

const path = (kind: WritePath["kind"]): WritePath => ({ kind, explanation: "", writes: [], serverName: "sandbox" }) as WritePath;

export function planFor(kind: "transaction" | "per-resource" | "oracle-operations", revision: number): SubmissionPlan {
  const draft = officeVisitDraft(revision);
  const submission = buildSubmission(draft, { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/pr-rivera" });
  return planSubmission(path(kind), { draft, submission, oracleBillCodes: { tenant: "sandbox" } });
}

export interface Counts { claims: number; chargeItems: number; provenances: number }

const hasIdentifier = (resource: { identifier?: { system?: string; value?: string }[] }, prefix: string) =>
  (resource.identifier ?? []).some((i) => i.system === SUBMISSION_ID_SYSTEM && (i.value === prefix || i.value?.startsWith(`${prefix}-l`)));

/** What the sandbox holds for one revision: Claims and ChargeItems by identifier, Provenances by target. */
export async function countWritten(gateway: FhirGateway, revision: number): Promise<Counts> {
  const value = claimSubmissionValue(ENCOUNTER, revision);
  const claims = await gateway.searchAll<Claim>("Claim", { identifier: `${SUBMISSION_ID_SYSTEM}|${value}` });
  const charges = (await gateway.searchAll<ChargeItem>("ChargeItem", { context: ENCOUNTER, _count: 1000 })).filter((c) => hasIdentifier(c, value));
  const targets = claims.map((c) => `Claim/${c.id ?? ""}`);
  const provenances = targets.length ? await gateway.searchAll<Provenance>("Provenance", { target: targets.join(",") }) : [];
  return { claims: claims.length, chargeItems: charges.length, provenances: provenances.length };
}

/** Oracle: the ChargeItems $create made for one revision (the sandbox keeps the transactionId as an identifier). */
export async function countOracleCharges(gateway: FhirGateway, transactionIds: string[]): Promise<number> {
  const bundle = await gateway.search<ChargeItem>("ChargeItem", { context: ENCOUNTER, _count: 1000 });
  const charges = (bundle as Bundle<Resource>).entry?.flatMap((e) => (e.resource?.resourceType === "ChargeItem" ? [e.resource as ChargeItem] : [])) ?? [];
  return charges.filter((c) => (c.identifier ?? []).some((i) => i.value !== undefined && transactionIds.includes(i.value))).length;
}

export interface RetriedRun { attempts: number; firstFailed?: number; written?: WrittenResource[] }

/** Submits the same plan until done (at most 3 attempts): attempts taken, the first failure's HTTP status. */
export async function submitUntilDone(gateway: FhirGateway, plan: SubmissionPlan): Promise<RetriedRun> {
  let firstFailed: number | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const outcome = await executePlan(gateway, plan);
    if (outcome.kind === "done") return { attempts: attempt, written: outcome.written, ...(firstFailed !== undefined ? { firstFailed } : {}) };
    firstFailed ??= outcome.kind === "partial" ? outcome.failed.error.status : -1;
  }
  return { attempts: 3 };
}

/** The transactionIds of an Oracle plan's $create requests. */
export function oracleTransactionIds(plan: SubmissionPlan): string[] {
  return plan.requests.map((r) => (r.body as Parameters).parameter?.find((p) => p.name === "transactionId")?.valueUuid ?? "");
}
