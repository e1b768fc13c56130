/**
 * Oracle-persona corrections: $modify for a kept line, $credit for a removed line's charge. After
 * a lost $modify answer the correction is read back and planned again (planCorrection's retry
 * protocol): exactly one replacement charge, one credit, the old charge entered-in-error.
 */
import type { ChargeItem } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildReplacementClaim, buildSubmission } from "../../src/billing/build/index.ts";
import { planCorrection, type OracleChargeVersion, type WritePath } from "../../src/billing/write-path/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executeCorrection, executePlan } from "../../src/fhir/submit/index.ts";
import { startFaultProxy, type FaultProxy } from "./fault-proxy.ts";
import { EHR_SCOPES, launchAndGetTokens, OFFICE_VISIT } from "./smart-flow.ts";
import { ENCOUNTER, officeVisitDraft, planFor } from "./submission-draft.ts";

const { oracle } = inject("sandboxes");
const CONTEXT = { now: "2026-11-27T09:00:00Z", fhirUserRef: "Practitioner/pr-rivera" };
const ORACLE: WritePath = { kind: "oracle-operations", explanation: "", writes: [], serverName: "sandbox" };
let token = "";
let proxy: FaultProxy;
const direct = (): FhirGateway => createFhirGateway({ baseUrl: oracle.fhirBase, getAccessToken: async () => token });
const viaProxy = (): FhirGateway => createFhirGateway({ baseUrl: proxy.fhirBase, getAccessToken: async () => token, timeoutMs: 1_000 });

beforeAll(async () => {
  token = (await launchAndGetTokens(oracle, OFFICE_VISIT, EHR_SCOPES)).access_token;
  proxy = await startFaultProxy(oracle.url);
});
afterAll(() => proxy.close());

async function currentVersions(gateway: FhirGateway, charges: { lineId: string; ref: string }[]): Promise<(OracleChargeVersion & { lineId: string })[]> {
  return Promise.all(charges.map(async ({ lineId, ref }) => {
    const item = await gateway.read<ChargeItem>("ChargeItem", ref.split("/")[1] ?? "");
    return { lineId, id: item.id ?? "", versionId: item.meta?.versionId ?? "" };
  }));
}

function correction(revision: number, oracleCharges: (OracleChargeVersion & { lineId: string })[]) {
  const first = officeVisitDraft(revision);
  const draft = { ...officeVisitDraft(revision + 1), lines: first.lines.filter((line) => line.id === "visit") };
  const previous = buildSubmission(first, CONTEXT).claim.resource;
  return planCorrection(ORACLE, { draft, replacement: buildReplacementClaim(draft, previous, CONTEXT), previousCharges: [], oracleCharges, oracleBillCodes: { tenant: "sandbox" } });
}

describe("oracle correction", () => {
  it("$modify the kept line, $credit the removed one; after a lost answer, re-read and re-plan: no duplicate", async () => {
    const created = await executePlan(direct(), planFor("oracle-operations", 800));
    const refs = created.kind === "done" ? created.written.map((w) => w.reference ?? "") : [];
    const charges = [{ lineId: "visit", ref: refs[0] ?? "" }, { lineId: "draw", ref: refs[1] ?? "" }];
    proxy.inject({ fault: "lost-after-commit", method: "POST", path: "ChargeItem/$modify" });
    expect((await executeCorrection(viaProxy(), correction(800, await currentVersions(direct(), charges)))).kind).toBe("partial");
    const retry = await executeCorrection(viaProxy(), correction(800, await currentVersions(direct(), charges)));
    expect(retry.kind).toBe("done");
    const all = await direct().searchAll<ChargeItem>("ChargeItem", { context: ENCOUNTER, _count: 1000 });
    const replacing = all.filter((c) => c.extension?.some((e) => e.valueReference?.reference === charges[0]?.ref));
    const credits = all.filter((c) => c.partOf?.some((p) => p.reference === charges[1]?.ref));
    expect(replacing).toHaveLength(1);
    expect(credits).toHaveLength(1);
    expect(credits[0]?.quantity?.value).toBe(-1);
    expect(all.find((c) => `ChargeItem/${c.id ?? ""}` === charges[0]?.ref)?.status).toBe("entered-in-error");
  });

  it("the same correction plan replayed after its $modify committed is refused with 409 (Oracle's item-version check)", async () => {
    const created = await executePlan(direct(), planFor("oracle-operations", 810));
    const refs = created.kind === "done" ? created.written.map((w) => w.reference ?? "") : [];
    const versions = await currentVersions(direct(), [{ lineId: "visit", ref: refs[0] ?? "" }, { lineId: "draw", ref: refs[1] ?? "" }]);
    const plan = correction(810, versions);
    expect((await executeCorrection(direct(), plan)).kind).toBe("done");
    const replay = await executeCorrection(direct(), plan);
    expect(replay.kind === "partial" && replay.failed.error.status).toBe(409);
  });
});
