/**
 * A transaction whose entry fails after others were written is rolled back whole: the engine runs
 * the entries in order (creates before reads), and the repository's journal undoes what they wrote.
 */
import type { Bundle, ChargeItem, OperationOutcome } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, fhirSend, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

const charge = (tag: string): ChargeItem => ({
  resourceType: "ChargeItem", status: "billable", code: { text: "office visit" }, subject: { reference: "Patient/pat-epic-1" },
  identifier: [{ system: "urn:test:rollback", value: tag }],
});

describe("a transaction that fails part-way", () => {
  it("writes nothing when an entry after its creates fails, and names that entry", async () => {
    const tag = `rollback-${Date.now()}`;
    const bundle: Bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { resource: charge(tag), request: { method: "POST", url: "ChargeItem" } },
        { request: { method: "GET", url: "ChargeItem/no-such-charge" } },
        { resource: charge(tag), request: { method: "POST", url: "ChargeItem" } },
      ],
    };
    const response = await fhirSend(generic, token, "POST", "", bundle);
    expect(response.status).toBe(404);
    const outcome = (await response.json()) as OperationOutcome;
    expect(outcome.issue[0]?.details?.text).toMatch(/^Transaction failed, nothing written: entry 2/);
    const found = (await (await fhirGet(generic, token, `ChargeItem?identifier=urn:test:rollback|${tag}`)).json()) as Bundle;
    expect(found.entry ?? []).toHaveLength(0);
  });

  it("keeps every write of a transaction whose entries all succeed", async () => {
    const tag = `kept-${Date.now()}`;
    const bundle: Bundle = { resourceType: "Bundle", type: "transaction", entry: [0, 1].map(() => ({ resource: charge(tag), request: { method: "POST" as const, url: "ChargeItem" } })) };
    expect((await fhirSend(generic, token, "POST", "", bundle)).status).toBe(200);
    const found = (await (await fhirGet(generic, token, `ChargeItem?identifier=urn:test:rollback|${tag}`)).json()) as Bundle;
    expect(found.entry ?? []).toHaveLength(2);
  });
});
