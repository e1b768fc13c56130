/**
 * The whole loop on the app's own output: a Claim built by the app, its 837P from the writer,
 * the sandbox clearinghouse's 999 / 277CA / 835 for it, read back and matched by CLM01.
 */
import type { Bundle, Claim, Coverage, FhirResource, Organization, Practitioner } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildClaim, checkReadyDraft } from "../../../../src/billing/build/index.ts";
import { claimControlNumberOf, importClearinghouseFiles, readSubmitted837 } from "../../../../src/billing/clearinghouse/index.ts";
import { build837P } from "../../../../src/billing/x12/index.ts";
import { NPI } from "../../../../src/coding/systems.ts";
import { answer837P } from "../../../../smart-launch/clearinghouse/answer-837p.ts";
import { fixtureDraft, fixtureNames, readFixture } from "../build/fixture-draft.ts";
import { OPTIONS } from "../x12/x12-fixtures.ts";

const CONTEXT = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };
const TODAY = "2026-11-30";

/** The fixture's billing provider gets an address and both parties valid NPIs, as the sandbox seed carries them. */
function completeParties(resources: FhirResource[]): FhirResource[] {
  return resources.map((resource) => {
    if (resource.resourceType === "Organization" && !resource.type) {
      const org: Organization = { ...resource, address: [{ line: ["10 Main St"], city: "Columbus", state: "OH", postalCode: "43215-1001" }] };
      return { ...org, identifier: org.identifier?.map((id) => (id.system === NPI ? { ...id, value: "1456789027" } : id)) };
    }
    if (resource.resourceType === "Practitioner") {
      const practitioner: Practitioner = { ...resource };
      return { ...practitioner, identifier: practitioner.identifier?.map((id) => (id.system === NPI ? { ...id, value: "1234567893" } : id)) };
    }
    return resource;
  });
}

function exported(name: string): { claim: Claim; x12: string; coverage: Coverage } {
  const check = checkReadyDraft(fixtureDraft(name, 2));
  if (!check.ok) throw new Error(`${name} draft not ready`);
  const claim: Claim = { ...buildClaim(check.draft, CONTEXT), id: `claim-${name.split(".")[0] ?? ""}` };
  const resources = completeParties(readFixture(name));
  const bundle: Bundle = { resourceType: "Bundle", type: "collection", entry: [claim, ...resources].map((resource) => ({ resource })) };
  const coverage = resources.find((r): r is Coverage => r.resourceType === "Coverage");
  if (!coverage) throw new Error(`${name} has no Coverage`);
  return { claim, x12: build837P(bundle, OPTIONS).x12, coverage };
}

describe.each(fixtureNames())("837P -> sandbox clearinghouse -> import, for %s", (name) => {
  const { claim, x12, coverage } = exported(name);
  const memberId = coverage.subscriberId ?? coverage.identifier?.[0]?.value ?? "";
  const answers = answer837P(x12, { coverages: new Map([[memberId, { coverageStatus: "active", payerOrganizationId: "payer-sandbox-ppo" }]]), today: TODAY });
  const files = [
    { name: "answer.835", text: answers["835"] }, { name: "answer.277", text: answers["277CA"] }, { name: "answer.999", text: answers["999"] },
  ];
  const result = importClearinghouseFiles({ files, candidates: [{ claim }], submitted: readSubmitted837(x12), now: "2026-11-30T12:00:00Z" });

  it("reads all three answers without a finding and matches each by the CLM01 the writer put on the claim", () => {
    expect(result.outcome.issue.map((i) => i.severity)).toEqual(["information"]);
    expect(result.unmatched).toEqual([]);
    expect(result.answers.map((a) => [a.kind, a.claimControlNumber, a.match.kind === "matched" ? a.match.by : a.match.reason])).toEqual([
      ["999", claimControlNumberOf(claim), "claim-control-number"],
      ["277CA", claimControlNumberOf(claim), "claim-control-number"],
      ["835", claimControlNumberOf(claim), "claim-control-number"],
    ]);
  });

  it("999 and 277CA say queued; the 277CA's payer claim number is the 835's CLP07", () => {
    const [ack, status, remit] = result.answers.map((a) => a.claimResponse);
    expect([ack?.outcome, status?.outcome, remit?.outcome]).toEqual(["queued", "queued", "complete"]);
    expect(status?.identifier?.[0]?.value).toMatch(/^SBX/);
    expect(remit?.identifier).toEqual(status?.identifier);
    expect(remit?.request?.reference).toBe(`Claim/${claim.id ?? ""}`);
  });

  it("the 835 has one line per claim item with the item's charge, and reconciles with BPR02", () => {
    const remit = result.answers[2]?.claimResponse;
    expect(remit?.item?.map((i) => [i.itemSequence, i.adjudication[0]?.amount?.value])).toEqual((claim.item ?? []).map((i) => [i.sequence, i.net?.value]));
    const [payment] = result.payments;
    expect(payment?.balance.issue.map((i) => i.severity)).toEqual(["information"]);
    expect(payment?.posting.claims.map((c) => c.chargeCents)).toEqual([Math.round((claim.total?.value ?? 0) * 100)]);
  });

  it("is deterministic", () => {
    expect(answer837P(x12, { coverages: new Map([[memberId, { coverageStatus: "active", payerOrganizationId: "payer-sandbox-ppo" }]]), today: TODAY })).toEqual(answers);
  });
});

describe("a member the payer does not know", () => {
  const [name] = fixtureNames();
  const { claim, x12 } = exported(name ?? "");
  const answers = answer837P(x12, { coverages: new Map(), today: TODAY });
  const result = importClearinghouseFiles({ files: [{ name: "a.277", text: answers["277CA"] }, { name: "a.835", text: answers["835"] }], candidates: [{ claim }], now: "2026-11-30T12:00:00Z" });

  it("is rejected on the 277CA (A3:33 subscriber not found) and gets no 835 claim", () => {
    expect(result.answers.map((a) => [a.kind, a.claimResponse.outcome, a.claimResponse.error?.[0]?.code.text])).toEqual([
      ["277CA", "error", "A3 Returned as unprocessable; 33 Subscriber and subscriber id not found (subscriber)"],
    ]);
  });

  it("gets an 835 without claims or payment (BPR*H, NON), which balances", () => {
    expect(answers["835"]).toContain("BPR*H*0*C*NON");
    expect(result.payments.map((p) => [p.posting.claims.length, p.posting.paymentCents, p.balance.issue[0]?.severity])).toEqual([[0, 0, "information"]]);
    expect(result.outcome.issue.map((i) => i.severity)).toEqual(["information"]);
  });
});
