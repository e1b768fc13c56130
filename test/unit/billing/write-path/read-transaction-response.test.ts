import type { Bundle } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { checkReadyDraft } from "../../../../src/billing/build/index.ts";
import { buildProvenance } from "../../../../src/billing/build/index.ts";
import { planDraftSave, readBillingState, reconcileCharges, storeTransaction } from "../../../../src/billing/state/index.ts";
import { readTransactionResponse } from "../../../../src/billing/write-path/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";

const check = checkReadyDraft(fixtureDraft("telehealth-depression.fhir.json"));
if (!check.ok) throw new Error("fixture not ready");
const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/u" };
const empty = readBillingState([], check.draft.encounterRef);
const save = planDraftSave(check.draft, empty, context);
const charges = reconcileCharges(check.draft, empty, context, 1);
const claimWrite = save.kind === "writes" ? save.writes : [];
const provenance = { kind: "create" as const, label: "Provenance", fullUrl: "urn:uuid:6f1c2a7e-0000-4000-8000-0000000000bb", resource: buildProvenance(check.draft, { targets: ["Claim/x"], activity: "CREATE" as const }, context), ifNoneExist: "_tag=urn:test|p" };
const request = storeTransaction([...charges.writes, ...claimWrite, provenance]).body as Bundle;
const types = request.entry?.map((e) => e.resource?.resourceType) ?? [];

function response(statuses: string[]): Bundle {
  return {
    resourceType: "Bundle",
    type: "transaction-response",
    entry: statuses.map((status, i) => ({ response: { status, location: `${types[i]}/id-${i}/_history/1` } })),
  };
}

describe("readTransactionResponse", () => {
  it("labels each entry and reads its status and reference", () => {
    const results = readTransactionResponse(request, response(types.map(() => "201 Created")));
    expect(results.map((r) => r.label)).toEqual(["ChargeItem 99214", "ChargeItem G2211", "ChargeItem 96127", "Claim", "Provenance"]);
    expect(results.every((r) => r.ok && r.status === 201 && !r.existed)).toBe(true);
    expect(results[3]?.reference).toBe("Claim/id-3");
  });

  it("marks conditional creates that found the resource already there", () => {
    const results = readTransactionResponse(request, response(types.map(() => "200")));
    expect(results.every((r) => r.ok && r.existed)).toBe(true);
  });

  it("keeps the server's OperationOutcome for a failed entry", () => {
    const failed = response(types.map(() => "201"));
    const outcome = { resourceType: "OperationOutcome" as const, issue: [{ severity: "error" as const, code: "invalid" as const, diagnostics: "Claim.insurance: coverage not found" }] };
    failed.entry![3] = { response: { status: "400 Bad Request", outcome } };
    const claim = readTransactionResponse(request, failed)[3];
    expect(claim).toMatchObject({ label: "Claim", ok: false, status: 400, outcome });
  });

  it("reports every entry as failed when the answer is not a Bundle", () => {
    for (const answer of [null, "oops", { resourceType: "OperationOutcome" }]) {
      const results = readTransactionResponse(request, answer);
      expect(results).toHaveLength(types.length);
      expect(results.some((r) => r.ok)).toBe(false);
    }
  });
});
