/**
 * The Oracle Health path on its own oracle-persona sandbox (its ChargeItems would crowd the shared
 * one's encounter): ChargeItem/$create exactly once under every proxy fault and under concurrent
 * tabs, and corrections by $modify/$credit. The sandbox deduplicates $create by transactionId,
 * which the app derives from the encounter, draft revision and line.
 */
import type { ChargeItem } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReplacementClaim, buildSubmission } from "../../src/billing/build/index.ts";
import { planCorrection, type OracleChargeVersion, type WritePath } from "../../src/billing/write-path/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executeCorrection, executePlan } from "../../src/fhir/submit/index.ts";
import { startSandbox, type RunningSandbox } from "../../smart-launch/server.ts";
import { startFaultProxy, type Fault, type FaultProxy } from "./fault-proxy.ts";
import { EHR_SCOPES, launchAndGetTokens, OFFICE_VISIT } from "./smart-flow.ts";
import { countOracleCharges, ENCOUNTER, officeVisitDraft, oracleTransactionIds, planFor, submitUntilDone } from "./submission-draft.ts";

const FAULTS: Fault[] = ["lost-after-commit", "502-after-commit", "500-before-commit", "timeout", "late-commit"];
const CONTEXT = { now: "2026-11-27T09:00:00Z", fhirUserRef: "Practitioner/pr-rivera" };
const ORACLE: WritePath = { kind: "oracle-operations", explanation: "", writes: [], serverName: "sandbox" };
const results: string[] = [];
let oracle: RunningSandbox;
let proxy: FaultProxy;
let token = "";
const direct = (): FhirGateway => createFhirGateway({ baseUrl: oracle.fhirBase, getAccessToken: async () => token });
const viaProxy = (): FhirGateway => createFhirGateway({ baseUrl: proxy.fhirBase, getAccessToken: async () => token, timeoutMs: 1_000 });

beforeAll(async () => {
  oracle = await startSandbox({ port: 0, quiet: true, profile: "oracle" });
  token = (await launchAndGetTokens(oracle, OFFICE_VISIT, EHR_SCOPES)).access_token;
  proxy = await startFaultProxy(oracle.url);
});
afterAll(async () => {
  await proxy.close();
  await oracle.close();
  console.log(`exactly-once, oracle $create:\n${results.join("\n")}`);
});

describe("exactly once on the oracle persona, ChargeItem/$create", () => {
  it.each(FAULTS.map((fault, i) => [fault, i] as const))("%s, then a retry: one ChargeItem per line", async (fault, i) => {
    const plan = planFor("oracle-operations", 300 + i);
    proxy.inject({ fault, method: "POST", path: "ChargeItem/$create" });
    const run = await submitUntilDone(viaProxy(), plan);
    expect(run.attempts).toBe(2);
    await proxy.idle();
    const charges = await countOracleCharges(direct(), oracleTransactionIds(plan));
    expect(charges).toBe(2);
    results.push(`oracle $create ${fault}: attempts ${run.attempts}, first failure HTTP ${run.firstFailed}, chargeItems ${charges}, duplicates 0`);
  });

  it("six tabs calling $create at once: one ChargeItem per line", async () => {
    const plan = planFor("oracle-operations", 420);
    await Promise.all(Array.from({ length: 6 }, () => executePlan(direct(), plan)));
    expect(await countOracleCharges(direct(), oracleTransactionIds(plan))).toBe(2);
  });
});

async function currentVersions(gateway: FhirGateway, charges: { lineId: string; ref: string }[]): Promise<(OracleChargeVersion & { lineId: string })[]> {
  return Promise.all(charges.map(async ({ lineId, ref }) => {
    const item = await gateway.read<ChargeItem>("ChargeItem", ref.split("/")[1] ?? "");
    return { lineId, id: item.id ?? "", versionId: item.meta?.versionId ?? "" };
  }));
}

/** Corrects revision `revision` by dropping the venipuncture line: $modify the visit, $credit the draw. */
function correction(revision: number, oracleCharges: (OracleChargeVersion & { lineId: string })[]) {
  const first = officeVisitDraft(revision);
  const draft = { ...officeVisitDraft(revision + 1), lines: first.lines.filter((line) => line.id === "visit") };
  const previous = buildSubmission(first, CONTEXT).claim.resource;
  return planCorrection(ORACLE, { draft, replacement: buildReplacementClaim(draft, previous, CONTEXT), previousCharges: [], oracleCharges, oracleBillCodes: { tenant: "sandbox" } });
}

async function submitted(revision: number): Promise<{ lineId: string; ref: string }[]> {
  const created = await executePlan(direct(), planFor("oracle-operations", revision));
  const refs = created.kind === "done" ? created.written.map((w) => w.reference ?? "") : [];
  return [{ lineId: "visit", ref: refs[0] ?? "" }, { lineId: "draw", ref: refs[1] ?? "" }];
}

describe("oracle correction", () => {
  it("$modify the kept line, $credit the removed one; after a lost answer, re-read and re-plan: no duplicate", async () => {
    const charges = await submitted(800);
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
    const plan = correction(810, await currentVersions(direct(), await submitted(810)));
    expect((await executeCorrection(direct(), plan)).kind).toBe("done");
    const replay = await executeCorrection(direct(), plan);
    expect(replay.kind === "partial" && replay.failed.error.status).toBe(409);
  });
});
