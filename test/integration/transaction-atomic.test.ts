import type { Bundle, ChargeItem } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, fhirSend, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

const charge = (tag: string): ChargeItem => ({
  resourceType: "ChargeItem", status: "billable", code: { text: "office visit" }, subject: { reference: "Patient/pat-epic-1" },
  identifier: [{ system: "urn:test:atomic", value: tag }],
});

async function countByTag(tag: string): Promise<number> {
  const bundle = (await (await fhirGet(generic, token, `ChargeItem?identifier=urn:test:atomic|${tag}`)).json()) as Bundle;
  return bundle.entry?.length ?? 0;
}

describe("transaction: all or nothing", () => {
  it("refuses the whole transaction on a stale If-Match, writing none of its creates", async () => {
    const created = (await (await fhirSend(generic, token, "POST", "ChargeItem", charge("existing"))).json()) as ChargeItem;
    const stale = { ...created, status: "billed" as const };
    const bundle: Bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:6f1c2a7e-0000-4000-8000-000000000001", resource: charge("atomic-new"), request: { method: "POST", url: "ChargeItem" } },
        { resource: stale, request: { method: "PUT", url: `ChargeItem/${created.id}`, ifMatch: 'W/"999"' } },
      ],
    };
    const response = await fhirSend(generic, token, "POST", "", bundle);
    expect(response.status).toBe(412);
    expect(JSON.stringify(await response.json())).toMatch(/nothing written.*entry 2/);
    expect(await countByTag("atomic-new")).toBe(0);
  });

  it("refuses the whole transaction on an invalid resource", async () => {
    const bundle: Bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { resource: charge("atomic-valid"), request: { method: "POST", url: "ChargeItem" } },
        { resource: { resourceType: "ChargeItem", status: "not-a-status" } as unknown as ChargeItem, request: { method: "POST", url: "ChargeItem" } },
      ],
    };
    const response = await fhirSend(generic, token, "POST", "", bundle);
    expect(response.status).toBe(400);
    expect(await countByTag("atomic-valid")).toBe(0);
  });

  it("still writes a valid transaction", async () => {
    const bundle: Bundle = { resourceType: "Bundle", type: "transaction", entry: [{ resource: charge("atomic-ok"), request: { method: "POST", url: "ChargeItem" } }] };
    const response = await fhirSend(generic, token, "POST", "", bundle);
    expect(response.status).toBe(200);
    expect(await countByTag("atomic-ok")).toBe(1);
  });
});
