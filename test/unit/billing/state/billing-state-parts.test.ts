// Pins readBillingState piece by piece on hand-built store answers, comparing the whole state:
// which resources count as the app's Claims, charges, hand-off, answers and actions; how copies of
// one resource are deduplicated; how generations are read from charges; who did the last thing;
// and payerClaimNumberOf (the newest answer to that one Claim).
import type { ChargeItem, Claim, ClaimResponse, FhirResource, Provenance, ProvenanceAgent, Task } from "fhir/r4";
import { describe, expect, it } from "vitest";
import {
  BILLING_ACTION_SYSTEM,
  CHARGE_SERVICE_SYSTEM,
  CLAIM_ENCOUNTER_SYSTEM,
  CLAIM_GENERATION_SYSTEM,
  HANDOFF_SYSTEM,
  payerClaimNumberOf,
  readBillingState,
  type BillingState,
} from "../../../../src/billing/state/index.ts";

const ENC = "Encounter/e1";
const OTHER = "https://example.org/other";

function claim(id: string | undefined, status: Claim["status"], generation: number, meta?: Claim["meta"]): Claim {
  return {
    resourceType: "Claim", ...(id ? { id } : {}), ...(meta ? { meta } : {}), status,
    identifier: [{ system: CLAIM_ENCOUNTER_SYSTEM, value: ENC }, { system: CLAIM_GENERATION_SYSTEM, value: `e1:cov1:${generation}` }],
  } as Claim;
}

function charge(id: string | undefined, value: string, extra: Partial<ChargeItem> = {}): ChargeItem {
  return { resourceType: "ChargeItem", ...(id ? { id } : {}), meta: { versionId: "1" }, status: "billable", code: {}, subject: { reference: "Patient/p1" }, identifier: [{ system: CHARGE_SERVICE_SYSTEM, value }], ...extra };
}

function provenance(id: string, recorded: string, code: string, agent: ProvenanceAgent[] = [{ who: { reference: "Practitioner/pr1" } }]): Provenance {
  return { resourceType: "Provenance", id, recorded, target: [{ reference: "Claim/c1" }], agent, meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code }] } };
}

function response(id: string, claimRef: string | undefined, created: string, number?: string): ClaimResponse {
  return {
    resourceType: "ClaimResponse", id, status: "active", type: {}, use: "claim", patient: { reference: "Patient/p1" }, created, insurer: {}, outcome: "complete",
    ...(claimRef ? { request: { reference: claimRef } } : {}), ...(number ? { identifier: [{ value: number }] } : {}),
  } as ClaimResponse;
}

const entry = (resource: Claim, generation: number) => ({ resource, ref: `Claim/${resource.id ?? ""}`, versionId: resource.meta?.versionId ?? "", generation });
const empty = (): BillingState => ({ encounterRef: ENC, claims: [], charges: [], generation: 0, responses: [], provenances: [] });

describe("readBillingState: what counts", () => {
  it("an empty store answer is an empty state without submitted, draft, hand-off or last change", () => {
    expect(readBillingState([], "Encounter/e1")).toStrictEqual(empty());
  });

  it("a Claim without id or meta is listed with an empty id and version; two id-less Claims both stay", () => {
    const a = claim(undefined, "cancelled", 1);
    const b = claim(undefined, "cancelled", 2, { versionId: "5" });
    expect(readBillingState([a, b], ENC)).toStrictEqual({ ...empty(), claims: [entry(a, 1), entry(b, 2)], generation: 2 });
  });

  it("only Claims carry the encounter identifier, and only under its own system", () => {
    const mine = claim("c1", "active", 1, { versionId: "1" });
    const wrongSystem = { ...claim("c2", "active", 2, { versionId: "1" }), identifier: [{ system: OTHER, value: ENC }] };
    const notClaim = { resourceType: "Communication", id: "m1", status: "completed", identifier: [{ system: CLAIM_ENCOUNTER_SYSTEM, value: ENC }] } as FhirResource;
    expect(readBillingState([mine, wrongSystem, notClaim], ENC)).toStrictEqual({
      ...empty(), claims: [entry(mine, 1)], submitted: entry(mine, 1), generation: 1, lastChange: { action: "submitted" },
    });
  });

  it("a newer generation that is cancelled, or a draft of the submitted generation, is not a draft", () => {
    const active = claim("c1", "active", 1, { versionId: "1" });
    const cancelled = claim("c2", "cancelled", 2, { versionId: "1" });
    const sameGeneration = claim("c3", "draft", 1, { versionId: "1" });
    expect(readBillingState([active, cancelled, sameGeneration], ENC)).toStrictEqual({
      ...empty(), claims: [entry(active, 1), entry(sameGeneration, 1), entry(cancelled, 2)], submitted: entry(active, 1), generation: 2, lastChange: { action: "submitted" },
    });
  });

  it("the hand-off is the app's Task only: not another Task, not another resource with the hand-off identifier", () => {
    const someonesTask: Task = { resourceType: "Task", id: "t0", status: "requested", intent: "order", identifier: [{ system: OTHER, value: "e1" }] };
    const notTask = { resourceType: "Communication", id: "m1", status: "completed", identifier: [{ system: HANDOFF_SYSTEM, value: "e1" }] } as FhirResource;
    const bare: Task = { resourceType: "Task", id: "t2", status: "requested", intent: "order" };
    expect(readBillingState([someonesTask, notTask, bare], ENC)).toStrictEqual(empty());
    const appsTask: Task = { resourceType: "Task", id: "t1", meta: { versionId: "3" }, status: "requested", intent: "order", identifier: [{ system: HANDOFF_SYSTEM, value: "e1" }, { system: OTHER, value: "x" }] };
    expect(readBillingState([someonesTask, appsTask], ENC)).toStrictEqual({ ...empty(), handoff: { resource: appsTask, ref: "Task/t1", versionId: "3" } });
  });

  it("answers are the ClaimResponses to the encounter's Claims only", () => {
    const c1 = claim("c1", "active", 1, { versionId: "1" });
    const mine = response("r1", "Claim/c1", "2026-01-02");
    const otherClaim = response("r2", "Claim/elsewhere", "2026-01-02");
    const noRequest = response("r3", undefined, "2026-01-02");
    const notResponse = { resourceType: "CoverageEligibilityResponse", id: "x1", request: { reference: "Claim/c1" } } as FhirResource;
    expect(readBillingState([c1, mine, otherClaim, noRequest, notResponse], ENC)).toStrictEqual({
      ...empty(), claims: [entry(c1, 1)], submitted: entry(c1, 1), generation: 1, responses: [mine], lastChange: { action: "submitted" },
    });
  });

  it("actions are Provenances tagged with a billing action (among other tags), oldest first", () => {
    const late = provenance("p2", "2026-01-03T00:00:00Z", "e1:cov1:1:submit:h");
    const early: Provenance = { ...provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:save:h"), meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code: "e1:cov1:1:save:h" }, { system: OTHER, code: "x" }] } };
    const untagged: Provenance = { ...provenance("p3", "2026-01-04T00:00:00Z", "x"), meta: { tag: [{ system: OTHER, code: "e1:cov1:1:correct:h" }] } };
    const noMeta: Provenance = { resourceType: "Provenance", id: "p4", recorded: "2026-01-05T00:00:00Z", target: [], agent: [] };
    const notProvenance = { resourceType: "Communication", id: "m1", status: "completed", meta: { tag: [{ system: BILLING_ACTION_SYSTEM, code: "e1:cov1:1:correct:h" }] } } as FhirResource;
    expect(readBillingState([late, untagged, early, noMeta, notProvenance], ENC)).toStrictEqual({
      ...empty(), provenances: [early, late], lastChange: { action: "submitted", who: "Practitioner/pr1", when: "2026-01-03T00:00:00Z" },
    });
  });
});

describe("readBillingState: copies of one resource", () => {
  it("keeps the higher version whichever comes first, and the later copy of an equal version", () => {
    const v1 = claim("c1", "draft", 1, { versionId: "1" });
    const v2 = claim("c1", "active", 1, { versionId: "2" });
    expect(readBillingState([v1, v2], ENC).claims).toStrictEqual([entry(v2, 1)]);
    const first = claim("c1", "draft", 1, { versionId: "2" });
    const second = claim("c1", "active", 1, { versionId: "2" });
    expect(readBillingState([first, second], ENC).claims).toStrictEqual([entry(second, 1)]);
  });

  it("a copy without meta counts as version 0, first or second", () => {
    const bare = claim("c1", "draft", 1);
    const v1 = claim("c1", "active", 1, { versionId: "1" });
    expect(readBillingState([bare, v1], ENC).claims).toStrictEqual([entry(v1, 1)]);
    expect(readBillingState([v1, bare], ENC).claims).toStrictEqual([entry(v1, 1)]);
  });
});

describe("readBillingState: charges", () => {
  const live = (item: ChargeItem, lineId: string, hash: string, generation: number) => ({ resource: item, ref: `ChargeItem/${item.id ?? ""}`, versionId: "1", lineId, hash, generation });

  it("reads a generation of several digits from the charge-service identifier, not from other systems", () => {
    const item: ChargeItem = { ...charge("ch1", "e1:l1:g12:h1"), identifier: [{ system: OTHER, value: "x:g7:y" }, { system: CHARGE_SERVICE_SYSTEM, value: "e1:l1:g12:h1" }] };
    expect(readBillingState([item], ENC)).toStrictEqual({ ...empty(), charges: [live(item, "l1", "h1", 12)], generation: 12 });
  });

  it("a charge-service value without a g<n> part is generation 0", () => {
    const item = charge("ch1", "e1:l1:gx:h1");
    expect(readBillingState([item], ENC)).toStrictEqual({ ...empty(), charges: [live(item, "l1", "h1", 0)] });
  });

  it("a charge of another encounter is not live; one naming this encounter by full URL, or naming none, is", () => {
    const other = charge("ch1", "e1:l1:g1:h1", { context: { reference: "Encounter/e2" } });
    const byUrl = charge("ch2", "e1:l2:g1:h2", { context: { reference: "https://ehr.example/fhir/Encounter/e1" } });
    const noContext = charge("ch3", "e1:l3:g1:h3");
    expect(readBillingState([other, byUrl, noContext], ENC)).toStrictEqual({ ...empty(), charges: [live(byUrl, "l2", "h2", 1), live(noContext, "l3", "h3", 1)], generation: 1 });
  });

  it("a credit naming the id-less charge retires it", () => {
    const idless = charge(undefined, "e1:l1:g1:h1");
    const credit = charge("cr1", "e1:l1:g2:h9", { partOf: [{ reference: "ChargeItem/" }] });
    expect(readBillingState([idless, credit], ENC)).toStrictEqual(empty());
  });

  it("only ChargeItems are charges", () => {
    const lookalike = { resourceType: "Basic", id: "b1", status: "billable", code: {}, identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: "e1:l1:g1:h1" }] } as unknown as FhirResource;
    expect(readBillingState([lookalike], ENC)).toStrictEqual(empty());
  });
});

describe("readBillingState: last change", () => {
  it.each([
    ["e1:cov1:2:correct:h", "corrected"],
    ["e1:handoff:h", "handed to coding"],
    ["e1:cov1:1:save:h", "saved"],
    ["e1:cov1:1:submit:h", "submitted"],
  ] as const)("a Provenance tagged %s says %s", (code, action) => {
    const p = provenance("p1", "2026-01-02T00:00:00Z", code);
    expect(readBillingState([p], ENC).lastChange).toStrictEqual({ action, who: "Practitioner/pr1", when: "2026-01-02T00:00:00Z" });
  });

  it("reads the action from the billing-action tag, not an earlier tag of another system", () => {
    const p: Provenance = { ...provenance("p1", "2026-01-02T00:00:00Z", "x"), meta: { tag: [{ system: OTHER, code: "e1:cov1:1:save:h" }, { system: BILLING_ACTION_SYSTEM, code: "e1:cov1:1:submit:h" }] } };
    expect(readBillingState([p], ENC).lastChange).toStrictEqual({ action: "submitted", who: "Practitioner/pr1", when: "2026-01-02T00:00:00Z" });
  });

  it("names the agent by display first; no agent, or an agent without who, names nobody", () => {
    const named = provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:submit:h", [{ who: { reference: "Practitioner/pr1", display: "Dr Chen" } }]);
    expect(readBillingState([named], ENC).lastChange).toStrictEqual({ action: "submitted", who: "Dr Chen", when: "2026-01-02T00:00:00Z" });
    const nobody = provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:submit:h", []);
    expect(readBillingState([nobody], ENC).lastChange).toStrictEqual({ action: "submitted", when: "2026-01-02T00:00:00Z" });
    const wholess = provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:submit:h", [{} as ProvenanceAgent]);
    expect(readBillingState([wholess], ENC).lastChange).toStrictEqual({ action: "submitted", when: "2026-01-02T00:00:00Z" });
  });

  it("a submitted Claim updated after the last action does not replace it", () => {
    const active = claim("c1", "active", 1, { versionId: "2", lastUpdated: "2026-01-05T00:00:00Z" });
    const p = provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:save:h");
    expect(readBillingState([active, p], ENC).lastChange).toStrictEqual({ action: "saved", who: "Practitioner/pr1", when: "2026-01-02T00:00:00Z" });
  });

  it("a draft saved before or at the time of the last action does not replace it", () => {
    const p = provenance("p1", "2026-01-02T00:00:00Z", "e1:cov1:1:submit:h");
    for (const lastUpdated of ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"]) {
      const draft = { ...claim("c2", "draft", 2, { versionId: "1", lastUpdated }), enterer: { reference: "Practitioner/pr2" } };
      expect(readBillingState([draft, p], ENC).lastChange).toStrictEqual({ action: "submitted", who: "Practitioner/pr1", when: "2026-01-02T00:00:00Z" });
    }
  });

  it("without actions, a Claim speaks for itself: submitted when active, saved when a draft, enterer by display first", () => {
    const active = { ...claim("c1", "active", 1, { versionId: "1", lastUpdated: "2026-01-03T00:00:00Z" }), enterer: { reference: "Practitioner/pr2", display: "Dr Rivera" } };
    expect(readBillingState([active], ENC).lastChange).toStrictEqual({ action: "submitted", who: "Dr Rivera", when: "2026-01-03T00:00:00Z" });
    const bare = claim("c2", "draft", 1);
    expect(readBillingState([bare], ENC).lastChange).toStrictEqual({ action: "saved" });
  });
});

describe("payerClaimNumberOf", () => {
  it("takes the newest answer to that Claim that carries a number", () => {
    const state: BillingState = {
      ...empty(),
      responses: [
        response("r1", "Claim/c1", "2026-01-02", "PCN-OLD"),
        response("r2", undefined, "2026-01-09", "PCN-LOOSE"),
        response("r3", "Claim/c1", "2026-01-05", "PCN-NEW"),
        response("r4", "Claim/c1", "2026-01-07"),
        response("r5", "Claim/c2", "2026-01-08", "PCN-OTHER"),
      ],
    };
    expect(payerClaimNumberOf(state, "Claim/c1")).toBe("PCN-NEW");
    expect(payerClaimNumberOf(state, "Claim/c3")).toBeUndefined();
  });
});
