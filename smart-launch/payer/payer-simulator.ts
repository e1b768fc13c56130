/**
 * The sandbox payer: when a Claim is created (or Claim/$submit is called) it writes a queued
 * ClaimResponse at once and, once the sandbox clock has passed a configurable delay, replaces it
 * with the adjudicated one (complete or error: every line decided). The delay is sandbox time: a
 * timer decides when it has passed at real speed, and a test that moves the sandbox clock
 * (`catchUp`) gets every answer now due at once, so a long delay holds the answer until the test
 * releases it. Dates come from the sandbox clock. Timers are cleared when the sandbox closes.
 */
import type { Claim, ClaimResponse, Reference } from "fhir/r4";
import type { FhirEngine, MedplumResource } from "../fhir/engine.ts";
import { adjudicate } from "./adjudicate.ts";
import { readPayerFacts } from "./claim-facts.ts";

const ADJUDICATION_ERROR = "http://terminology.hl7.org/CodeSystem/adjudication-error";
const toDate = (instant: Date): string => instant.toISOString().slice(0, 10);
export const PAYER_CLAIM_NUMBER_SYSTEM = "urn:smart-coding-billing:sandbox-payer-claim-number";

/** A payer claim control number, stable for a Claim: "SBX" and 12 digits. */
export function payerClaimNumber(claimId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < claimId.length; i += 1) hash = Math.imul(hash ^ claimId.charCodeAt(i), 0x01000193) >>> 0;
  return `SBX${String(hash).padStart(12, "0").slice(-12)}`;
}

/**
 * The identity a payer's duplicate check sees: the patient and the claim's own identifiers (the
 * submitter's claim number). Undefined for a claim without identifiers.
 */
function duplicateKey(claim: Claim): string | undefined {
  const ids = (claim.identifier ?? []).map((i) => `${i.system ?? ""}:${i.value ?? ""}`).sort();
  return ids.length ? `${claim.patient.reference ?? ""}|${ids.join(",")}` : undefined;
}

/** A replacement names the claim it replaces (Claim.related): never a duplicate of it. */
const isReplacement = (claim: Claim): boolean => (claim.related ?? []).some((r) => r.claim?.reference);

interface PendingDecision { claim: Claim; queued: ClaimResponse; received: string; dueAt: number; timer: NodeJS.Timeout }

export class PayerSimulator {
  /** Claims received and not decided yet, each with the sandbox instant its answer is due. */
  private readonly pending = new Set<PendingDecision>();
  /** Claims already adjudicated, by duplicate key: a second original claim with the same key is CO-18. */
  private readonly adjudicated = new Map<string, string>();

  /**
   * `chartless`: a billing server holds no Coverage: the payer then knows the member by the
   * Claim's insurer, as a clearinghouse forwards it, instead of rejecting "member not found".
   */
  constructor(private readonly engine: FhirEngine, private readonly delayMs: number, private readonly now: () => Date, private readonly chartless = false) {}

  /** Writes the queued ClaimResponse and schedules the decision; returns the queued response. */
  async receive(claim: Claim): Promise<ClaimResponse> {
    const received = this.now();
    const { payerId, coverage } = await readPayerFacts(this.engine, claim, toDate(received));
    const insurer: Reference = payerId ? { reference: `Organization/${payerId}`, ...(coverage?.payor[0]?.display ? { display: coverage.payor[0].display } : {}) } : claim.insurer ?? { display: "Unknown payer" };
    const queued: ClaimResponse = {
      resourceType: "ClaimResponse", status: "active", type: claim.type, use: claim.use, patient: claim.patient,
      created: received.toISOString(), insurer, requestor: claim.provider, request: { reference: `Claim/${claim.id ?? ""}` },
      outcome: "queued", disposition: "Received, in process",
      // The payer's own claim control number (an 835's CLP07): what a corrected claim names in REF*F8.
      identifier: [{ system: PAYER_CLAIM_NUMBER_SYSTEM, value: payerClaimNumber(claim.id ?? "") }],
    };
    const saved = (await this.engine.repo.createResource(queued as MedplumResource)) as unknown as ClaimResponse;
    const entry: PendingDecision = { claim, queued: saved, received: toDate(received), dueAt: received.getTime() + this.delayMs, timer: setTimeout(() => void this.settle(entry), this.delayMs) };
    entry.timer.unref();
    this.pending.add(entry);
    return saved;
  }

  /**
   * Decides every claim whose answer the sandbox clock says is due (after the clock was moved);
   * resolves once those answers are written.
   */
  async catchUp(): Promise<void> {
    const now = this.now().getTime();
    await Promise.all([...this.pending].filter((entry) => entry.dueAt <= now).map((entry) => this.settle(entry)));
  }

  private async settle(entry: PendingDecision): Promise<void> {
    if (!this.pending.delete(entry)) return;
    clearTimeout(entry.timer);
    await this.decide(entry.claim, entry.queued, entry.received).catch((error: unknown) => console.error("payer simulator:", error));
  }

  private async decide(claim: Claim, queued: ClaimResponse, received: string): Promise<void> {
    const { facts, payerId, coverage } = await readPayerFacts(this.engine, claim, received);
    const key = duplicateKey(claim);
    const earlier = key ? this.adjudicated.get(key) : undefined;
    if (earlier && earlier !== `Claim/${claim.id ?? ""}` && !isReplacement(claim)) facts.lines = facts.lines.map((line) => ({ ...line, duplicateOf: earlier }));
    if (key && !earlier) this.adjudicated.set(key, `Claim/${claim.id ?? ""}`);
    const today = toDate(this.now());
    const decision = (coverage || this.chartless) && payerId ? adjudicate(facts, payerId, today) : {
      outcome: "error" as const,
      disposition: "Rejected: member not found",
      error: [{ code: { coding: [{ system: ADJUDICATION_ERROR, code: "a001", display: "Missing Identifier" }] } }],
      processNote: [{ number: 1, type: "display" as const, text: "The payer could not find the member's coverage (Claim.insurance.coverage)." }],
    };
    await this.engine.repo.updateResource({ ...queued, ...decision } as MedplumResource);
  }

  close(): void {
    for (const entry of this.pending) clearTimeout(entry.timer);
    this.pending.clear();
  }
}
