import type { Parameters } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { planOracleCharges, readBillingState } from "../../../../src/billing/state/index.ts";
import { CONTEXT, readyFixture, storedCharges } from "./store-fixtures.ts";

const draft = readyFixture();
const codes = { tenant: "t-1" };
const urls = (draft0: typeof draft, charges = storedCharges(draft)) => planOracleCharges(draft0, readBillingState(charges, draft.encounterRef), codes, CONTEXT).requests.map((r) => r.url);

describe("planOracleCharges", () => {
  it("first submission: one $create per line and a claim file of generation 1 (an original)", () => {
    const plan = planOracleCharges(draft, readBillingState([], draft.encounterRef), codes, CONTEXT);
    expect(plan.requests.map((r) => r.url)).toEqual(draft.lines.map(() => "ChargeItem/$create"));
    expect(plan.download?.fileName).toMatch(/-g1\.fhir\.json$/);
    expect(plan.download?.bundle.entry?.[0]?.resource).not.toHaveProperty("related");
  });

  it("nothing changed: nothing is sent and no file", () => {
    const plan = planOracleCharges(draft, readBillingState(storedCharges(draft), draft.encounterRef), codes, CONTEXT);
    expect(plan.requests).toEqual([]);
    expect(plan.download).toBeUndefined();
  });

  it("a changed line is $modify'd with the version read, a removed one $credit'ed, a new one $create'd; the file replaces generation 1", () => {
    const [first, second] = draft.lines;
    const added = { ...first!, id: "new-line", code: "36415" };
    const changed = { ...draft, lines: [{ ...first!, units: first!.units + 1 }, added] };
    const plan = planOracleCharges(changed, readBillingState(storedCharges(draft), draft.encounterRef), codes, CONTEXT);
    expect(plan.requests.map((r) => r.url)).toEqual(["ChargeItem/$modify", "ChargeItem/$create", ...(second ? draft.lines.slice(1).map((l) => `ChargeItem/ci-${l.id}-g1/$credit`) : [])]);
    const modify = plan.requests[0]!.body as Parameters;
    const replacing = modify.parameter?.[0]?.resource?.resourceType === "ChargeItem" ? (modify.parameter[0].resource as { extension?: { valueReference?: { reference?: string }; extension?: { valueId?: string }[] }[] }).extension?.[0] : undefined;
    expect(replacing?.valueReference?.reference).toBe(`ChargeItem/ci-${first!.id}-g1`);
    expect(replacing?.extension?.[0]?.valueId).toBe("1");
    expect(plan.download?.fileName).toMatch(/-g2\.fhir\.json$/);
    expect(plan.download?.bundle.entry?.[0]?.resource).toMatchObject({ related: [{ claim: { identifier: { value: expect.stringMatching(/:1$/) } } }] });
  });

  it("transactionIds do not depend on the browser's revision counter", () => {
    const a = planOracleCharges({ ...draft, revision: 1 }, readBillingState([], draft.encounterRef), codes, CONTEXT).requests.map((r) => JSON.stringify(r.body));
    const b = planOracleCharges({ ...draft, revision: 99 }, readBillingState([], draft.encounterRef), codes, CONTEXT).requests.map((r) => JSON.stringify(r.body));
    expect(a).toEqual(b);
    expect(urls(draft)).toEqual([]);
  });
});
