/**
 * Pins the Oracle charge plan whole: each $create/$modify/$credit request (label, URL, body built
 * for the next generation), the plan kind, and the claim file (a transaction Bundle of a
 * conditional Claim create and its Provenance, a replacement when a generation came before).
 */
import type { ChargeItem } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildClaim, buildProvenance, deterministicUrnUuid } from "../../../../src/billing/build/index.ts";
import { CLAIM_GENERATION_SYSTEM, claimFile, planOracleCharges, readBillingState, type BillingState } from "../../../../src/billing/state/index.ts";
import { buildOracleChargeItemCreate, buildOracleChargeItemCredit, buildOracleChargeItemModify } from "../../../../src/billing/write-path/oracle-charge-operations.ts";
import { exportDownload, operationRequest } from "../../../../src/billing/write-path/planned-requests.ts";
import { CONTEXT, readyFixture, storedCharges } from "./store-fixtures.ts";

const codes = { tenant: "t-1" };

function expectedFile(draft: ReturnType<typeof readyFixture>, prior: number) {
  const encounterId = draft.encounterRef.split("/")[1]!;
  const coverageId = draft.coverageRef.split("/")[1]!;
  const value = `${encounterId}:${coverageId}:${prior + 1}`;
  const replaces = prior > 0 ? { replaces: { identifier: { system: CLAIM_GENERATION_SYSTEM, value: `${encounterId}:${coverageId}:${prior}` } } } : {};
  const fullUrl = deterministicUrnUuid(`${CLAIM_GENERATION_SYSTEM}|${value}`);
  return {
    resourceType: "Bundle",
    type: "transaction",
    entry: [
      { fullUrl, resource: buildClaim(draft, CONTEXT, { generation: prior + 1, ...replaces }), request: { method: "POST", url: "Claim", ifNoneExist: `identifier=${encodeURIComponent(`${CLAIM_GENERATION_SYSTEM}|${value}`)}` } },
      { fullUrl: deterministicUrnUuid(`${value}|provenance`), resource: buildProvenance(draft, { targets: [fullUrl], activity: prior > 0 ? "UPDATE" : "CREATE" }, CONTEXT), request: { method: "POST", url: "Provenance" } },
    ],
  };
}

describe("claimFile", () => {
  it("generation 1: an original Claim and a CREATE Provenance, each a conditional or plain POST", () => {
    const draft = readyFixture();
    expect(claimFile(draft, 0, CONTEXT)).toStrictEqual(expectedFile(draft, 0));
  });

  it("after generation 1: the Claim replaces it and the Provenance says UPDATE", () => {
    const draft = readyFixture();
    const file = claimFile(draft, 1, CONTEXT);
    expect(file).toStrictEqual(expectedFile(draft, 1));
    expect(file.entry?.[1]?.resource).toMatchObject({ activity: { coding: [{ code: "UPDATE" }] } });
  });
});

describe("planOracleCharges", () => {
  it("first submission: one $create per line for generation 1, labelled with the code, and the original claim file", () => {
    const draft = readyFixture();
    const requests = draft.lines.map((line) => {
      const op = buildOracleChargeItemCreate(draft, line, codes, 1);
      return operationRequest(`ChargeItem/$create ${line.code}`, op.url, op.body);
    });
    expect(planOracleCharges(draft, readBillingState([], draft.encounterRef), codes, CONTEXT)).toStrictEqual({
      kind: "oracle-operations",
      requests,
      download: exportDownload(draft, expectedFile(draft, 0) as Parameters<typeof exportDownload>[1]),
    });
  });

  it("nothing changed: the plan is oracle-operations with no requests and no file", () => {
    const draft = readyFixture();
    expect(planOracleCharges(draft, readBillingState(storedCharges(draft), draft.encounterRef), codes, CONTEXT)).toStrictEqual({ kind: "oracle-operations", requests: [] });
  });

  it("a changed line is $modify'd and a removed one $credit'ed for generation 2; the file replaces generation 1", () => {
    const draft = readyFixture();
    const [first, ...rest] = draft.lines;
    const changed = { ...draft, lines: [{ ...first!, units: first!.units + 1 }] };
    const charges = storedCharges(draft);
    const modify = buildOracleChargeItemModify(changed, changed.lines[0]!, codes, { id: charges[0]!.id!, versionId: "1" }, 2);
    const credits = rest.map((line, i) => {
      const op = buildOracleChargeItemCredit(changed, { id: charges[i + 1]!.id!, versionId: "1" });
      return operationRequest(`ChargeItem/ci-${line.id}-g1/$credit`, op.url, op.body);
    });
    expect(rest.length).toBeGreaterThan(0);
    expect(planOracleCharges(changed, readBillingState(charges, draft.encounterRef), codes, CONTEXT)).toStrictEqual({
      kind: "oracle-operations",
      requests: [operationRequest(`ChargeItem/$modify ${first!.code}`, modify.url, modify.body), ...credits],
      download: exportDownload(changed, expectedFile(changed, 1) as Parameters<typeof exportDownload>[1]),
    });
  });

  it("a stored charge of another line with the same content is not this line's charge: the new line is $create'd", () => {
    const draft = readyFixture();
    const first = draft.lines[0]!;
    const twin = { ...draft, lines: [first, { ...first, id: "twin-line" }] };
    const charges: ChargeItem[] = storedCharges({ ...draft, lines: [first] });
    const op = buildOracleChargeItemCreate(twin, twin.lines[1]!, codes, 2);
    const plan = planOracleCharges(twin, readBillingState(charges, draft.encounterRef), codes, CONTEXT);
    expect(plan.requests).toStrictEqual([operationRequest(`ChargeItem/$create ${first.code}`, op.url, op.body)]);
  });

  it("a charge reference without an id part is modified and credited with an empty id", () => {
    const draft = readyFixture();
    const [first, second] = draft.lines;
    const base = readBillingState(storedCharges(draft), draft.encounterRef);
    const state: BillingState = { ...base, charges: base.charges.map((c) => ({ ...c, ref: c.ref.split("/")[1]! })) };
    const changed = { ...draft, lines: [{ ...first!, units: first!.units + 1 }] };
    const modify = buildOracleChargeItemModify(changed, changed.lines[0]!, codes, { id: "", versionId: "1" }, 2);
    const credit = buildOracleChargeItemCredit(changed, { id: "", versionId: "1" });
    expect(planOracleCharges(changed, state, codes, CONTEXT).requests.slice(0, 2)).toStrictEqual([
      operationRequest(`ChargeItem/$modify ${first!.code}`, modify.url, modify.body),
      operationRequest(`ci-${second!.id}-g1/$credit`, credit.url, credit.body),
    ]);
  });
});
