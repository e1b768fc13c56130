/**
 * Oracle Health persona: charges only, through $create/$modify/$credit, read back from the EHR.
 * The provider's submission, a coder's correction from another "browser", a third user who
 * changes nothing and two corrections at once leave one billable charge per service.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { ReadyDraft } from "../../src/billing/build/index.ts";
import { loadBillingState, runOracleCharges } from "../../src/fhir/billing-store/index.ts";
import { countStore, gatewayOf, visitDraft } from "./billing-scenario.ts";
import { userTokens } from "./smart-flow.ts";

const { oracle } = inject("sandboxes");
let token = "";
const browser = () => gatewayOf(oracle.fhirBase, () => token);
const codes = { tenant: "sandbox" };
const context = (who: string) => ({ now: "2026-11-21T10:00:00Z", fhirUserRef: who });
const draftFor = (encounterId: string): ReadyDraft => visitDraft(encounterId, "pat-oracle-1", "cov-oracle-1");

beforeAll(async () => {
  token = (await userTokens(oracle, "openid fhirUser user/ChargeItem.crus user/Encounter.rs user/Patient.rs")).access_token;
});

describe("oracle persona: one billable charge per service", () => {
  it("provider submits, coder corrects (a changed line is modified, a removed one credited), a third user writes nothing", async () => {
    const e = "enc-visit-08";
    const first = await runOracleCharges(browser(), draftFor(e), codes, context("Practitioner/pr-rivera"));
    expect(first.outcome.kind).toBe("done");
    expect(first.plan.requests.map((r) => r.url)).toEqual(["ChargeItem/$create", "ChargeItem/$create"]);
    expect((await countStore(browser(), e)).billableByLine).toEqual({ visit: 1, draw: 1 });

    const base = draftFor(e);
    const corrected = { ...base, lines: [{ ...base.lines[0]!, units: 2 }] };
    const second = await runOracleCharges(browser(), corrected, codes, context("Practitioner/pr-chen"));
    expect(second.plan.requests.map((r) => r.url.replace(/ChargeItem\/[^/]+\/\$credit/, "ChargeItem/{id}/$credit"))).toEqual(["ChargeItem/$modify", "ChargeItem/{id}/$credit"]);
    expect(second.plan.download?.fileName).toMatch(/-g2\.fhir\.json$/);
    expect((await countStore(browser(), e)).billableByLine).toEqual({ visit: 1 });

    const third = await runOracleCharges(browser(), corrected, codes, context("Practitioner/pr-rivera"));
    expect(third.plan.requests).toEqual([]);
    expect((await loadBillingState(browser(), `Encounter/${e}`)).charges.map((c) => c.ref)).toEqual(second.state.charges.map((c) => c.ref));
  });

  it("two corrections from what both people saw: one is applied, the other is a conflict (nothing sent, or 409 on the charge's version), nothing billed twice", async () => {
    const e = "enc-visit-09";
    await runOracleCharges(browser(), draftFor(e), codes, context("Practitioner/pr-rivera"));
    const seen = await loadBillingState(browser(), `Encounter/${e}`);
    const base = draftFor(e);
    const runs = await Promise.all([
      runOracleCharges(browser(), { ...base, lines: [{ ...base.lines[0]!, units: 2 }, base.lines[1]!] }, codes, context("Practitioner/pr-rivera"), {}, seen),
      runOracleCharges(browser(), { ...base, lines: [{ ...base.lines[0]!, units: 3 }, base.lines[1]!] }, codes, context("Practitioner/pr-chen"), {}, seen),
    ]);
    const kinds = runs.map((r) => (r.conflict ? "conflict" : r.outcome.kind === "partial" ? `HTTP ${r.outcome.failed.error.status}` : r.outcome.kind)).sort();
    expect(kinds[1]).toBe("done");
    expect(["conflict", "HTTP 409"]).toContain(kinds[0]);
    expect((await countStore(browser(), e)).billableByLine).toEqual({ visit: 1, draw: 1 });
  });
});
