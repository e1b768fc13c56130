import type { Bundle, ChargeItem, Claim, Provenance } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildReplacementClaim, buildSubmission, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { chooseWritePath, planCorrection, type CorrectionInput } from "../../../../src/billing/write-path/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";
import { r4Errors } from "../build/r4-validation.ts";
import { genericCapability, readVendorCapability } from "./vendor-capabilities.ts";

const context = { now: "2026-11-27T09:00:00Z", fhirUserRef: "Practitioner/coder-1" };

function ready(revision: number, lines?: (d: ReadyDraft) => ReadyDraft["lines"]): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft("urgent-care-laceration.fhir.json", revision));
  if (!check.ok) throw new Error("not ready");
  return lines ? { ...check.draft, lines: lines(check.draft) } : check.draft;
}

const first = buildSubmission(ready(1), context);
const oldClaim: Claim = { ...first.claim.resource, id: "claim-1", meta: { versionId: "3" } };
const oldCharges: ChargeItem[] = first.chargeItems.map((e, i) => ({ ...e.resource, id: `ci-${i}`, meta: { versionId: "1" } }));
// The correction drops the vaccine administration line (the last one).
const draft = ready(2, (d) => d.lines.slice(0, -1));
const input: CorrectionInput = { draft, replacement: buildReplacementClaim(draft, oldClaim, context), previousCharges: oldCharges };

describe("planCorrection", () => {
  it("transaction: creates first, then cancels the old Claim and retires the old charges, all in one Bundle", () => {
    const plan = planCorrection(chooseWritePath(genericCapability({ transaction: true })), input);
    const bundle = plan.requests[0]?.body as Bundle;
    const steps = bundle.entry?.map((e) => `${e.request?.method} ${e.request?.url}`);
    expect(steps).toEqual([
      ...draft.lines.map(() => "POST ChargeItem"), "POST Claim", "POST Provenance",
      "PUT Claim/claim-1", ...oldCharges.map((c) => `PUT ChargeItem/${c.id}`),
    ]);
    const cancel = bundle.entry?.find((e) => e.request?.url === "Claim/claim-1");
    expect(cancel?.request?.ifMatch).toBe('W/"3"');
    expect((cancel?.resource as Claim).status).toBe("cancelled");
    expect(r4Errors(bundle)).toEqual([]);
  });

  it("the new Claim replaces the old one; the Provenance records the update of both", () => {
    const plan = planCorrection(chooseWritePath(genericCapability({ transaction: true })), input);
    const entries = (plan.requests[0]?.body as Bundle).entry ?? [];
    const claim = entries.find((e) => e.request?.method === "POST" && e.resource?.resourceType === "Claim")?.resource as Claim;
    expect(claim.related?.[0]?.claim?.reference).toBe("Claim/claim-1");
    const provenance = entries.find((e) => e.resource?.resourceType === "Provenance")?.resource as Provenance;
    expect(provenance.activity?.coding?.[0]?.code).toBe("UPDATE");
    expect(provenance.target.map((t) => t.reference)).toEqual(expect.arrayContaining(["Claim/claim-1", "ChargeItem/ci-0"]));
  });

  it("a re-plan after the correction went through writes no PUT twice", () => {
    const retire = oldCharges.map((c) => ({ ...c, status: "entered-in-error" as const }));
    const replacement = buildReplacementClaim(draft, { ...oldClaim, status: "cancelled" }, context);
    const plan = planCorrection(chooseWritePath(genericCapability({ transaction: false })), { ...input, replacement, previousCharges: retire });
    expect(plan.requests.filter((r) => r.method === "PUT")).toEqual([]);
  });

  it("per-resource: the PUTs come after every create", () => {
    const plan = planCorrection(chooseWritePath(genericCapability({ transaction: false })), input);
    const methods = plan.requests.map((r) => r.method);
    expect(methods.lastIndexOf("POST")).toBeLessThan(methods.indexOf("PUT"));
    expect(plan.requests.find((r) => r.url === "Claim/claim-1")?.headers["If-Match"]).toBe('W/"3"');
  });

  it("oracle: $modify kept lines, $credit the removed line's charge, export the replacement Claim", () => {
    const oracleCharges = first.chargeItems.map((_, i) => ({ lineId: ready(1).lines[i]?.id ?? "", id: `o-${i}`, versionId: "1" }));
    const path = chooseWritePath(readVendorCapability("oracle-health/capability-statement-r4-secure.json"));
    const plan = planCorrection(path, { ...input, oracleCharges, oracleBillCodes: { tenant: "t-1" } });
    expect(plan.requests.map((r) => r.url)).toEqual([...draft.lines.map(() => "ChargeItem/$modify"), `ChargeItem/o-${oracleCharges.length - 1}/$credit`]);
    expect(plan.download?.bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(["Claim", "Provenance"]);
  });

  it("export: everything, the cancellation included, goes into the file", () => {
    const plan = planCorrection(chooseWritePath(readVendorCapability("epic/capability-statement-r4.json")), input);
    expect(plan.requests).toEqual([]);
    expect(plan.download?.bundle.entry?.some((e) => e.request?.method === "PUT" && e.request.url === "Claim/claim-1")).toBe(true);
  });
});
