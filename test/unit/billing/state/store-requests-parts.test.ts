/**
 * Pins the requests the store writes become: the transaction Bundle (its label, method, headers,
 * every entry's method, URL, If-None-Exist and If-Match) and the one-request-each order (gated
 * Claim update first, then creates, then other updates, Provenance last), compared whole.
 */
import type { ChargeItem, Claim, Provenance, Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { storeRequestsInOrder, storeTransaction, type StoreWrite } from "../../../../src/billing/state/index.ts";

const JSON_HEADERS = { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" };

describe("storeTransaction", () => {
  it("one POST of a transaction Bundle: creates conditional, updates versioned, the label names every write", () => {
    const claim = { resourceType: "Claim", id: "c1", status: "active" } as Claim & { id: string };
    const charge = { resourceType: "ChargeItem", status: "billable" } as ChargeItem;
    const writes: StoreWrite[] = [
      { kind: "update", label: "Submit Claim", resource: claim, ifMatch: "5", gate: true },
      { kind: "create", label: "ChargeItem 99213", fullUrl: "urn:uuid:aaaa", resource: charge, ifNoneExist: "identifier=x%7C1" },
    ];
    expect(storeTransaction(writes)).toStrictEqual({
      label: "Transaction: Submit Claim, ChargeItem 99213",
      method: "POST",
      url: "",
      headers: JSON_HEADERS,
      body: {
        resourceType: "Bundle",
        type: "transaction",
        entry: [
          { fullUrl: "Claim/c1", resource: claim, request: { method: "PUT", url: "Claim/c1", ifMatch: 'W/"5"' } },
          { fullUrl: "urn:uuid:aaaa", resource: charge, request: { method: "POST", url: "ChargeItem", ifNoneExist: "identifier=x%7C1" } },
        ],
      },
      needs: [],
    });
    expect(storeTransaction([], "https://store.example/fhir").url).toBe("https://store.example/fhir");
  });
});

describe("storeRequestsInOrder", () => {
  it("gated Claim update first, then creates, then other updates, Provenance last; each request whole", () => {
    const provenance = { resourceType: "Provenance", recorded: "2026-11-26T18:00:00Z", target: [{ reference: "urn:uuid:cccc" }, { reference: "Claim/c1" }] } as Provenance;
    const task = { resourceType: "Task", id: "task-1", status: "completed", intent: "order" } as Task & { id: string };
    const charge = { resourceType: "ChargeItem", status: "billable" } as ChargeItem;
    const claim = { resourceType: "Claim", id: "c1", status: "active" } as Claim & { id: string };
    const writes: StoreWrite[] = [
      { kind: "create", label: "Provenance", fullUrl: "urn:uuid:pppp", resource: provenance, ifNoneExist: "_tag=p" },
      { kind: "update", label: "Complete the hand-off", resource: task, ifMatch: "4" },
      { kind: "create", label: "ChargeItem 99213", fullUrl: "urn:uuid:cccc", resource: charge, ifNoneExist: "identifier=c" },
      { kind: "update", label: "Submit Claim", resource: claim, ifMatch: "5", gate: true },
    ];
    expect(storeRequestsInOrder(writes)).toStrictEqual([
      { label: "Submit Claim", method: "PUT", url: "Claim/c1", headers: { ...JSON_HEADERS, "If-Match": 'W/"5"' }, body: claim, needs: [] },
      { label: "ChargeItem 99213", method: "POST", url: "ChargeItem", headers: { ...JSON_HEADERS, "If-None-Exist": "identifier=c" }, body: charge, creates: "urn:uuid:cccc", needs: [] },
      { label: "Complete the hand-off", method: "PUT", url: "Task/task-1", headers: { ...JSON_HEADERS, "If-Match": 'W/"4"' }, body: task, needs: [] },
      { label: "Provenance", method: "POST", url: "Provenance", headers: { ...JSON_HEADERS, "If-None-Exist": "_tag=p" }, body: provenance, creates: "urn:uuid:pppp", needs: ["urn:uuid:cccc"] },
    ]);
  });

  it("an update that is not the gate waits behind a create that comes later in the list", () => {
    const task = { resourceType: "Task", id: "t", status: "completed", intent: "order" } as Task & { id: string };
    const charge = { resourceType: "ChargeItem", status: "billable" } as ChargeItem;
    const order = storeRequestsInOrder([
      { kind: "update", label: "Retire ChargeItem/x", resource: task, ifMatch: "1" },
      { kind: "create", label: "ChargeItem 36415", fullUrl: "urn:uuid:dddd", resource: charge, ifNoneExist: "identifier=d" },
    ]).map((r) => r.label);
    expect(order).toStrictEqual(["ChargeItem 36415", "Retire ChargeItem/x"]);
  });
});
