/**
 * Encounters in each hand-off state, so the sandbox looks like a practice mid-week. They are
 * written with the app's own builders (the same identities, statuses and links the app writes),
 * dated the day after the visit, and move with the seed's date shift:
 * - enc-visit-03: a draft saved by Dr. Rivera, not handed on;
 * - enc-visit-04: handed to coding with a note (draft Claim + requested Task);
 * - enc-visit-05: submitted and paid (active Claim, one ChargeItem per line, Provenance, ClaimResponse);
 * - enc-visit-06: corrected (generation 1 cancelled, generation 2 active and related to it, the
 *   changed line's first charge entered-in-error).
 * Oracle persona: enc-visit-10's charges billed through $create (no Claim: Oracle keeps none).
 */
import type { ChargeItem, Claim, ClaimResponse, FhirResource, Provenance, Task } from "fhir/r4";
import { buildChargeItems } from "../../src/billing/build/build-charge-items.ts";
import { buildClaim } from "../../src/billing/build/build-claim.ts";
import type { ReadyDraft } from "../../src/billing/build/build-context.ts";
import { buildProvenance } from "../../src/billing/build/build-provenance.ts";
import type { DraftLine } from "../../src/billing/claim-draft.ts";
import { BILLING_ACTION_SYSTEM, claimGenerationValue, HANDOFF_SYSTEM, READY_FOR_CODING } from "../../src/billing/state/billing-identifiers.ts";
import { CPT } from "../../src/coding/systems.ts";

const RIVERA = "Practitioner/pr-rivera";
const CHEN = "Practitioner/pr-chen";

function line(id: string, code: string, unitCharge: number, date: string, pointers: number[], units = 1): DraftLine {
  return { id, system: CPT, code, modifiers: [], units, diagnosisPointers: pointers, placeOfService: "11", unitCharge, serviceDate: date };
}

function draftOf(encounter: string, patient: string, coverage: string, start: string, diagnoses: [string, string][], lines: DraftLine[], rendering = RIVERA): ReadyDraft {
  return {
    encounterRef: `Encounter/${encounter}`, patientRef: `Patient/${patient}`, revision: 1,
    diagnoses: diagnoses.map(([code, display]) => ({ code, display })), lines,
    renderingProviderRef: rendering, billingProviderRef: "Organization/org-riverbend", coverageRef: `Coverage/${coverage}`, locationRef: "Location/loc-riverbend",
    periodStart: start,
  };
}

const dayAfter = (start: string, hour: string) => `${start.slice(0, 10)}T${hour}:00-05:00`.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_, ym: string, d: string) => `${ym}${String(Number(d) + 1).padStart(2, "0")}`);

function claimOf(draft: ReadyDraft, id: string, status: Claim["status"], generation: number, enterer: string, created: string, replaces?: string): Claim {
  const claim = buildClaim(replaces ? { ...draft, replacesClaimRef: replaces } : draft, { now: created, fhirUserRef: enterer }, { generation, status: status === "draft" ? "draft" : "active" });
  return { ...claim, id, status };
}

function chargesOf(draft: ReadyDraft, prefix: string, generation: number, enterer: string, at: string): ChargeItem[] {
  return buildChargeItems(draft, { now: at, fhirUserRef: enterer }, generation).map((c, i) => ({ ...c, id: `${prefix}-${draft.lines[i]?.id ?? i}` }));
}

function provenanceOf(draft: ReadyDraft, id: string, action: string, generation: number, who: string, at: string, targets: string[]): Provenance {
  const provenance = buildProvenance(draft, { targets, activity: action === "submit" ? "CREATE" : "UPDATE" }, { now: at, fhirUserRef: who });
  const code = `${claimGenerationValue(draft.encounterRef, draft.coverageRef, generation)}:${action}:seed`;
  return { ...provenance, id, meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code }] } };
}

function handoffTask(draft: ReadyDraft, focus: string, at: string, note: string): Task {
  return {
    resourceType: "Task", id: "task-visit-04", status: "requested", intent: "order",
    identifier: [{ system: HANDOFF_SYSTEM, value: draft.encounterRef.split("/")[1] ?? "" }],
    code: { coding: [READY_FOR_CODING], text: "Ready for coding" }, description: note,
    focus: { reference: focus }, for: { reference: draft.patientRef }, encounter: { reference: draft.encounterRef },
    authoredOn: at, lastModified: at, requester: { reference: RIVERA }, note: [{ text: note, time: at, authorReference: { reference: RIVERA } }],
  };
}

function paidResponse(claim: Claim, at: string): ClaimResponse {
  const total = claim.total?.value ?? 0;
  const paid = Math.round(total * 0.8 * 100) / 100;
  return {
    resourceType: "ClaimResponse", id: "cr-visit-05", status: "active", type: claim.type, use: "claim", patient: claim.patient, created: at,
    insurer: { reference: "Organization/payer-sandbox-ppo" }, request: { reference: `Claim/${claim.id}` }, outcome: "complete", disposition: "Claim settled as billed, less coinsurance.",
    item: (claim.item ?? []).map((item) => ({
      itemSequence: item.sequence,
      adjudication: [
        { category: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code: "submitted" }] }, amount: { value: item.net?.value ?? 0, currency: "USD" } },
        { category: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code: "benefit" }] }, amount: { value: Math.round((item.net?.value ?? 0) * 0.8 * 100) / 100, currency: "USD" } },
      ],
    })),
    total: [{ category: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/adjudication", code: "benefit" }] }, amount: { value: paid, currency: "USD" } }],
    payment: { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-paymenttype", code: "complete" }] }, date: at.slice(0, 10), amount: { value: paid, currency: "USD" } },
  };
}

function genericStates(): FhirResource[] {
  const v3 = draftOf("enc-visit-03", "pat-epic-1", "cov-epic-1", "2026-11-06T10:00:00-05:00", [["J02.0", "Streptococcal pharyngitis"]], [line("seed-em", "99213", 135, "2026-11-06", [1]), line("seed-culture", "87070", 28, "2026-11-06", [1])]);
  const v4 = draftOf("enc-visit-04", "pat-epic-1", "cov-epic-1", "2026-11-10T15:45:00-05:00", [["M17.11", "Unilateral primary osteoarthritis, right knee"]], [line("seed-em", "99213", 135, "2026-11-10", [1]), line("seed-xray", "73560", 62, "2026-11-10", [1])]);
  const v5 = draftOf("enc-visit-05", "pat-epic-1", "cov-epic-1", "2026-11-16T09:20:00-05:00", [["I11.0", "Hypertensive heart disease with heart failure"], ["I50.22", "Chronic systolic (congestive) heart failure"]], [line("seed-em", "99215", 245, "2026-11-16", [1, 2]), line("seed-ecg", "93000", 35, "2026-11-16", [1])]);
  const v6first = draftOf("enc-visit-06", "pat-epic-1", "cov-epic-1", "2026-11-19T11:00:00-05:00", [["F32.1", "Major depressive disorder, single episode, moderate"]], [line("seed-em", "99214", 190.5, "2026-11-19", [1]), line("seed-phq", "96127", 9.95, "2026-11-19", [1])]);
  const v6 = { ...v6first, lines: [{ ...v6first.lines[0]!, code: "99213", unitCharge: 135 }, v6first.lines[1]!] };
  const at3 = dayAfter(v3.periodStart!, "08:10"); const at4 = dayAfter(v4.periodStart!, "17:30"); const at5 = dayAfter(v5.periodStart!, "12:00"); const at6 = dayAfter(v6.periodStart!, "09:00");
  const c4 = claimOf(v4, "claim-visit-04-g1", "draft", 1, RIVERA, at4);
  const c5 = claimOf(v5, "claim-visit-05-g1", "active", 1, RIVERA, at5);
  const ch5 = chargesOf(v5, "ci-visit-05-g1", 1, RIVERA, at5);
  const c6a = claimOf(v6first, "claim-visit-06-g1", "cancelled", 1, RIVERA, at6);
  const c6b = claimOf(v6, "claim-visit-06-g2", "active", 2, CHEN, dayAfter(at6, "10:30"), "Claim/claim-visit-06-g1");
  const ch6a = chargesOf(v6first, "ci-visit-06-g1", 1, RIVERA, at6);
  const ch6b = chargesOf(v6, "ci-visit-06-g2", 2, CHEN, dayAfter(at6, "10:30"));
  return [
    claimOf(v3, "claim-visit-03-g1", "draft", 1, RIVERA, at3),
    c4, handoffTask(v4, "Claim/claim-visit-04-g1", at4, "Ready for coding: new knee pain, please check the E/M level"),
    provenanceOf(v4, "prov-visit-04-handoff", "handoff", 1, RIVERA, at4, ["Claim/claim-visit-04-g1"]),
    c5, ...ch5, provenanceOf(v5, "prov-visit-05-submit", "submit", 1, RIVERA, at5, ["Claim/claim-visit-05-g1", ...ch5.map((c) => `ChargeItem/${c.id}`)]),
    paidResponse(c5, dayAfter(at5, "15:00")),
    c6a, c6b, { ...ch6a[0]!, status: "entered-in-error" }, ch6a[1]!, ch6b[0]!,
    provenanceOf(v6first, "prov-visit-06-submit", "submit", 1, RIVERA, at6, ["Claim/claim-visit-06-g1", ...ch6a.map((c) => `ChargeItem/${c.id}`)]),
    provenanceOf(v6, "prov-visit-06-correct", "correct", 2, CHEN, dayAfter(at6, "10:30"), ["Claim/claim-visit-06-g2", `ChargeItem/${ch6b[0]!.id}`, `ChargeItem/${ch6a[0]!.id}`]),
  ];
}

function oracleStates(): FhirResource[] {
  const v10 = draftOf("enc-visit-10", "pat-oracle-1", "cov-oracle-1", "2026-11-12T08:15:00-05:00", [["J44.9", "Chronic obstructive pulmonary disease, unspecified"]], [line("seed-em", "99214", 190.5, "2026-11-12", [1])], CHEN);
  return chargesOf(v10, "ci-visit-10-g1", 1, CHEN, dayAfter(v10.periodStart!, "09:00"));
}

/** The hand-off states a persona can hold: Claims and Tasks where the EHR keeps them, charges on Oracle, nothing on Epic. */
export function handOffStates(profile: "generic" | "epic" | "oracle" | "billing"): FhirResource[] {
  if (profile === "generic") return genericStates();
  if (profile === "oracle") return oracleStates();
  return [];
}
