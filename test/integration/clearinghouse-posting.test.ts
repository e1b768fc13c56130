/**
 * The whole loop on the store: a claim submitted by the app, its 837P answered by the sandbox
 * clearinghouse (999, 277CA, 835), the files posted back as ClaimResponses and a
 * PaymentReconciliation (once, however often they are dropped), the claim's status read from
 * them, and a correction that names the payer's claim number for REF*F8.
 */
import type { Bundle, Claim, FhirResource, PaymentReconciliation } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { planDraftSave, payerClaimNumberOf } from "../../src/billing/state/index.ts";
import { build837P } from "../../src/billing/x12/claim-to-837p.ts";
import { loadBillingState, runStoreAction } from "../../src/fhir/billing-store/index.ts";
import { claimStatusQuery } from "../../src/fhir/claim-status/index.ts";
import { postClearinghouseFiles } from "../../src/fhir/clearinghouse/post-clearinghouse-files.ts";
import { gatewayOf, visitDraft } from "./billing-scenario.ts";
import { userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";
const gateway = () => gatewayOf(generic.fhirBase, () => token);
const ENCOUNTER = "it-clearinghouse-loop";
const context = { now: "2026-11-21T10:00:00Z", fhirUserRef: "Practitioner/pr-rivera" };

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

async function exportBundle(claim: Claim): Promise<Bundle> {
  const refs = ["Patient/pat-epic-1", "Coverage/cov-epic-1", "Organization/org-riverbend", "Organization/payer-sandbox-ppo", "Practitioner/pr-rivera", "Location/loc-riverbend"];
  const resources = await Promise.all(refs.map((ref) => gateway().get<FhirResource>(ref)));
  return { resourceType: "Bundle", type: "collection", entry: [claim, ...resources].map((resource) => ({ fullUrl: `${resource.resourceType}/${resource.id}`, resource })) };
}

describe("clearinghouse answers posted to the store", () => {
  it("837P -> 999/277CA/835 -> ClaimResponses and a PaymentReconciliation, once; status and the payer's claim number follow", async () => {
    const draft = { ...visitDraft(ENCOUNTER), insurerRef: "Organization/payer-sandbox-ppo" };
    expect((await runStoreAction({ gateway: gateway(), mode: "transaction" }, { kind: "submit" }, draft, context)).kind).toBe("done");
    const submitted = (await loadBillingState(gateway(), `Encounter/${ENCOUNTER}`)).submitted!;
    const x12 = build837P(await exportBundle(submitted.resource), { submitter: { name: "Riverbend", id: "RIVERBEND01", contactName: "Billing Office", contactPhone: "555-010-2000" }, receiver: { name: "Sandbox CH", id: "SANDBOXCH" }, controlNumber: 4711, createdAt: "2026-11-21T10:10:00Z" }).x12;
    const answers = (await (await fetch(`${generic.url}/clearinghouse/837`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: x12 })).json()) as Record<"999" | "277CA" | "835", string>;
    const files = [
      { name: "answer.835", text: answers["835"] }, { name: "answer.999", text: answers["999"] },
      { name: "answer.277", text: answers["277CA"] }, { name: "sent.837", text: x12 },
    ];

    const first = await postClearinghouseFiles(gateway(), files, "2026-11-25T08:00:00Z");
    expect(first.imported.unmatched).toEqual([]);
    expect(first.written).toBe(4); // 999, 277CA and 835 ClaimResponses, one PaymentReconciliation
    const again = await postClearinghouseFiles(gateway(), files, "2026-11-25T09:00:00Z");
    expect(again.written).toBe(0);
    expect(again.alreadyThere).toBe(4);
    const reconciliations = await gateway().searchAll<PaymentReconciliation>("PaymentReconciliation", { _count: 100 });
    expect(reconciliations.filter((r) => r.meta?.tag?.some((t) => t.code?.includes("answer.835")))).toHaveLength(1);

    const state = await loadBillingState(gateway(), `Encounter/${ENCOUNTER}`);
    const payerNumber = payerClaimNumberOf(state, submitted.ref);
    expect(payerNumber).toMatch(/\S/);
    const statuses = await claimStatusQuery(gateway(), [submitted.ref]).queryFn();
    expect(statuses[submitted.ref]?.kind).toMatch(/^(paid|partially-paid|denied)$/);

    const correction = planDraftSave({ ...draft, basedOn: { claimRef: submitted.ref, versionId: submitted.versionId, generation: 1, status: "active" }, lines: draft.lines.slice(0, 1) }, state, context);
    const replacement = correction.kind === "writes" ? (correction.writes[0]?.resource as Claim) : undefined;
    expect(replacement?.related?.[0]?.reference?.value).toBe(payerNumber);
  });
});
