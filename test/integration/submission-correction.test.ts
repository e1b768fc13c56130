/**
 * Corrections against the sandbox: the replacement Claim (related -> the old one) and new charges
 * are written, the old Claim cancelled and the old charges retired; after a lost answer, reading
 * back and planning again completes it without writing anything twice.
 */
import type { ChargeItem, Claim } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildReplacementClaim, claimSubmissionValue, SUBMISSION_ID_SYSTEM } from "../../src/billing/build/index.ts";
import { planCorrection, type WritePath } from "../../src/billing/write-path/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executeCorrection, executePlan } from "../../src/fhir/submit/index.ts";
import { startFaultProxy, type FaultProxy } from "./fault-proxy.ts";
import { userTokens } from "./smart-flow.ts";
import { countWritten, ENCOUNTER, officeVisitDraft, planFor } from "./submission-draft.ts";

const { generic } = inject("sandboxes");
let token = "";
let proxy: FaultProxy;
const direct = (): FhirGateway => createFhirGateway({ baseUrl: generic.fhirBase, getAccessToken: async () => token });
const viaProxy = (): FhirGateway => createFhirGateway({ baseUrl: proxy.fhirBase, getAccessToken: async () => token, timeoutMs: 1_000 });
const path = (kind: "transaction" | "per-resource"): WritePath => ({ kind, explanation: "", writes: [], serverName: "sandbox" });

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
  proxy = await startFaultProxy(generic.url);
});
afterAll(() => proxy.close());

async function readBack(gateway: FhirGateway, revision: number): Promise<{ claim: Claim; charges: ChargeItem[] }> {
  const value = claimSubmissionValue(ENCOUNTER, revision);
  const [claim] = await gateway.searchAll<Claim>("Claim", { identifier: `${SUBMISSION_ID_SYSTEM}|${value}` });
  const charges = (await gateway.searchAll<ChargeItem>("ChargeItem", { context: ENCOUNTER, _count: 1000 }))
    .filter((c) => c.identifier?.some((i) => i.value?.startsWith(`${value}-l`)));
  if (!claim) throw new Error(`no claim for revision ${revision}`);
  return { claim, charges };
}

function correctionPlan(kind: "transaction" | "per-resource", revision: number, previous: { claim: Claim; charges: ChargeItem[] }) {
  const draft = officeVisitDraft(revision);
  const replacement = buildReplacementClaim(draft, previous.claim, { now: "2026-11-27T09:00:00Z", fhirUserRef: "Practitioner/pr-rivera" });
  return planCorrection(path(kind), { draft, replacement, previousCharges: previous.charges });
}

/** Transaction: the whole correction's answer is lost; per-resource: the first PUT's (the old Claim's cancel). */
const FAULTS = { transaction: { method: "POST", path: "" }, "per-resource": { method: "PUT" } } as const;

describe.each([["transaction", 600], ["per-resource", 700]] as const)("correction, %s path", (kind, base) => {
  it("replaces the claim and cancels the old one, exactly once after a lost answer", async () => {
    expect((await executePlan(direct(), planFor(kind, base))).kind).toBe("done");
    const first = await readBack(direct(), base);
    proxy.inject({ fault: "lost-after-commit", ...FAULTS[kind] });
    const attempt = await executeCorrection(viaProxy(), correctionPlan(kind, base + 1, first));
    expect(attempt.kind).toBe("partial");
    const retry = await executeCorrection(viaProxy(), correctionPlan(kind, base + 1, await readBack(direct(), base)));
    expect(retry.kind).toBe("done");
    const old = await readBack(direct(), base);
    expect(old.claim.status).toBe("cancelled");
    expect(old.charges.map((c) => c.status)).toEqual(["entered-in-error", "entered-in-error"]);
    const replacement = await readBack(direct(), base + 1);
    expect(replacement.claim.related?.[0]?.claim?.reference).toBe(`Claim/${first.claim.id ?? ""}`);
    expect(await countWritten(direct(), base + 1)).toEqual({ claims: 1, chargeItems: 2, provenances: 1 });
  });
});

describe("correction planned from a stale read", () => {
  it("is refused on the old Claim (If-Match) and reported precisely; re-reading and re-planning completes it once", async () => {
    expect((await executePlan(direct(), planFor("transaction", 650))).kind).toBe("done");
    const stale = await readBack(direct(), 650);
    await direct().update({ ...stale.claim, id: stale.claim.id ?? "", priority: { coding: [{ code: "stat" }] } });
    const attempt = await executeCorrection(direct(), correctionPlan("transaction", 651, stale));
    expect(attempt.kind).toBe("partial");
    if (attempt.kind !== "partial") return;
    expect(attempt.failed.error.status).toBeGreaterThanOrEqual(400);
    expect(attempt.failed.label).toContain("Claim");
    for (const written of attempt.done) await expect(direct().get(written.reference ?? "")).resolves.toBeDefined();
    const retry = await executeCorrection(direct(), correctionPlan("transaction", 651, await readBack(direct(), 650)));
    expect(retry.kind).toBe("done");
    expect((await readBack(direct(), 650)).claim.status).toBe("cancelled");
    expect(await countWritten(direct(), 651)).toEqual({ claims: 1, chargeItems: 2, provenances: 1 });
  });
});
