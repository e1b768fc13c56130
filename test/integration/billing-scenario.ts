/**
 * Drafts and counters for billing-store scenarios: each test codes its own encounter, and the
 * counts read what the sandbox holds for it (Claims by status, billable ChargeItems per service).
 */
import type { ChargeItem, Claim, Provenance, Task } from "fhir/r4";
import { checkReadyDraft, type ReadyDraft } from "../../src/billing/build/index.ts";
import type { ClaimDraft, DraftLine } from "../../src/billing/claim-draft.ts";
import { CHARGE_SERVICE_SYSTEM, CLAIM_ENCOUNTER_SYSTEM, HANDOFF_SYSTEM, chargeServiceOf } from "../../src/billing/state/index.ts";
import { CPT } from "../../src/coding/systems.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";

export const line = (id: string, code: string, unitCharge: number, pointers: number[], units = 1): DraftLine => ({
  id, system: CPT, code, modifiers: [], units, diagnosisPointers: pointers, placeOfService: "11", unitCharge, serviceDate: "2026-11-20",
});

/** An office visit draft (E11.22 + I10; 99214 + 36415) for the given encounter of pat-epic-1. */
export function visitDraft(encounterId: string, patientId = "pat-epic-1", coverageId = "cov-epic-1"): ReadyDraft {
  const draft: ClaimDraft = {
    encounterRef: `Encounter/${encounterId}`, patientRef: `Patient/${patientId}`, revision: 1,
    diagnoses: [{ code: "E11.22", display: "Type 2 diabetes with CKD" }, { code: "I10", display: "Hypertension" }],
    lines: [line("visit", "99214", 150, [1, 2]), line("draw", "36415", 10, [1])],
    renderingProviderRef: "Practitioner/pr-rivera", billingProviderRef: "Organization/org-riverbend",
    coverageRef: `Coverage/${coverageId}`, locationRef: "Location/loc-riverbend",
    periodStart: "2026-11-20T09:00:00-05:00", periodEnd: "2026-11-20T09:32:00-05:00",
  };
  const check = checkReadyDraft(draft);
  if (!check.ok) throw new Error("visit draft is not ready");
  return check.draft;
}

export const gatewayOf = (baseUrl: string, token: () => string, timeoutMs?: number): FhirGateway =>
  createFhirGateway({ baseUrl, getAccessToken: async () => token(), ...(timeoutMs ? { timeoutMs } : {}) });

export interface StoreCounts {
  /** Claims of the encounter by status, e.g. { active: 1, cancelled: 1 }. */
  claims: Record<string, number>;
  /** Billable ChargeItems the app wrote, by line id. */
  billableByLine: Record<string, number>;
  provenances: number;
  tasks: Task[];
}

export async function countStore(gateway: FhirGateway, encounterId: string): Promise<StoreCounts> {
  const encounter = `Encounter/${encounterId}`;
  const orNone = <T>(read: Promise<T[]>): Promise<T[]> => read.catch(() => []); // a type the server does not offer
  const claims = await orNone(gateway.searchAll<Claim>("Claim", { identifier: `${CLAIM_ENCOUNTER_SYSTEM}|${encounter}` }));
  const all = await gateway.searchAll<ChargeItem>("ChargeItem", { context: encounter, _count: 500 });
  // A credit (Oracle $credit) is a charge of its own whose partOf names the charge it takes back.
  const credited = new Set(all.flatMap((c) => (c.partOf ?? []).map((p) => p.reference)));
  const charges = all.filter((c) => (c.identifier ?? []).some((i) => i.system === CHARGE_SERVICE_SYSTEM));
  const billableByLine: Record<string, number> = {};
  for (const c of charges) {
    if (c.status !== "billable" || c.partOf?.length || credited.has(`ChargeItem/${c.id}`)) continue;
    const lineId = chargeServiceOf(c)?.lineId ?? "?";
    billableByLine[lineId] = (billableByLine[lineId] ?? 0) + 1;
  }
  const byStatus: Record<string, number> = {};
  for (const c of claims) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  const refs = claims.map((c) => `Claim/${c.id}`);
  const provenances = refs.length ? await gateway.searchAll<Provenance>("Provenance", { target: refs.join(",") }) : [];
  const tasks = await orNone(gateway.searchAll<Task>("Task", { identifier: `${HANDOFF_SYSTEM}|${encounterId}` }));
  return { claims: byStatus, billableByLine, provenances: provenances.length, tasks };
}
