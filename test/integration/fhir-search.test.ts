import type { Bundle, Encounter } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fhirGet, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
let token = "";

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

async function search(path: string): Promise<Bundle> {
  const response = await fhirGet(generic, token, path);
  expect(response.status).toBe(200);
  return (await response.json()) as Bundle;
}

const ids = (bundle: Bundle, type?: string): string[] =>
  (bundle.entry ?? []).filter((e) => !type || e.resource?.resourceType === type).map((e) => `${e.resource?.resourceType}/${e.resource?.id}`);

describe("paging", () => {
  it("returns total, self and next links when _count cuts the results, and next pages on", async () => {
    const first = await search("Encounter?_count=50");
    expect(first.total).toBeGreaterThan(50);
    expect(first.entry).toHaveLength(50);
    expect(first.link?.find((l) => l.relation === "self")?.url).toContain(`${generic.fhirBase}/Encounter?`);
    const next = first.link?.find((l) => l.relation === "next")?.url ?? "";
    const second = await search(next.slice(generic.fhirBase.length + 1));
    expect(second.entry).toHaveLength(Math.min(50, (first.total ?? 0) - 50));
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  });

  it("walks every page exactly once", async () => {
    let path: string | undefined = "Condition?_count=30";
    const seen: string[] = [];
    let total = 0;
    while (path) {
      const page = await search(path);
      total = page.total ?? 0;
      seen.push(...ids(page));
      const next = page.link?.find((l) => l.relation === "next")?.url;
      path = next?.slice(generic.fhirBase.length + 1);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe("search parameters", () => {
  it("refuses an unknown search parameter with 400 and an OperationOutcome", async () => {
    const response = await fhirGet(generic, token, "Condition?banana=1");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome" });
  });

  it("finds by a bare id in a reference parameter, as by Type/id", async () => {
    const bare = ids(await search("Condition?encounter=enc-office-1"));
    expect(bare.sort()).toEqual(["Condition/cond-office-1-ckd", "Condition/cond-office-1-dm", "Condition/cond-office-1-htn"]);
    expect(ids(await search("Condition?encounter=Encounter/enc-office-1")).sort()).toEqual(bare.sort());
  });

  it.each([
    ["Procedure?encounter=enc-office-1", 2],
    ["Procedure?patient=pat-epic-1", 11],
    ["Condition?patient=Patient/pat-oracle-1", 10],
    ["Coverage?patient=pat-epic-1", 1],
    ["Coverage?beneficiary=Patient/pat-oracle-1", 1],
  ])("%s finds the hand-built resources", async (path, count) => {
    expect((await search(path)).entry).toHaveLength(count);
  });

  it("resolves _include of the encounter's participant and location", async () => {
    const bundle = await search("Encounter?_id=enc-office-1&_include=Encounter:participant&_include=Encounter:location");
    expect(ids(bundle)).toEqual(expect.arrayContaining(["Encounter/enc-office-1", "Practitioner/pr-rivera", "Location/loc-riverbend"]));
    expect(bundle.entry?.find((e) => e.resource?.resourceType === "Practitioner")?.search?.mode).toBe("include");
  });

  it("resolves _revinclude of Conditions pointing at an encounter", async () => {
    const bundle = await search("Encounter?_id=enc-office-2&_revinclude=Condition:encounter");
    expect(ids(bundle, "Condition")).toEqual(["Condition/cond-office-2-bronchitis"]);
  });

  it("returns encounters of a patient, each with fullUrl", async () => {
    const bundle = await search("Encounter?patient=pat-epic-1");
    const encounters = (bundle.entry ?? []).map((e) => e.resource as Encounter);
    expect(encounters.map((e) => e.id).sort()).toEqual(["enc-ed-1", "enc-injection-1", "enc-office-1", "enc-office-2", "enc-office-5", "enc-visit-01", "enc-visit-02", "enc-visit-03", "enc-visit-04", "enc-visit-05", "enc-visit-06"]);
    expect(bundle.entry?.[0]?.fullUrl).toMatch(new RegExp(`^${generic.fhirBase}/Encounter/`));
  });
});

describe("claim status in a constant number of requests", () => {
  it("finds the ClaimResponses of several claims at once, and by _revinclude", async () => {
    const claims = ids(await search("Claim?_count=2")).map((ref) => ref);
    for (const claim of claims) {
      const response = { resourceType: "ClaimResponse", status: "active", type: { text: "professional" }, use: "claim", patient: { reference: "Patient/pat-epic-1" }, created: "2026-11-21", insurer: { reference: "Organization/payer-medicare" }, outcome: "queued", request: { reference: claim } };
      const created = await fetch(`${generic.fhirBase}/ClaimResponse`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/fhir+json" }, body: JSON.stringify(response) });
      expect(created.status).toBe(201);
    }
    const byRequest = await search(`ClaimResponse?request=${claims.join(",")}`);
    expect((byRequest.entry ?? []).map((e) => (e.resource as { request?: { reference?: string } }).request?.reference).sort()).toEqual([...claims].sort());
    const bareIds = claims.map((c) => c.split("/")[1]).join(",");
    const withRevinclude = await search(`Claim?_id=${bareIds}&_revinclude=ClaimResponse:request`);
    expect(ids(withRevinclude, "ClaimResponse")).toHaveLength(2);
    expect(ids(withRevinclude, "Claim").sort()).toEqual([...claims].sort());
  });
});

describe("searches with many OR values", () => {
  it("finds exactly the listed ids and pages through them", async () => {
    const wanted = ids(await search("Encounter?_count=15")).map((ref) => ref.split("/")[1]);
    const first = await search(`Encounter?_id=${wanted.join(",")}&_count=10`);
    expect(first.total).toBe(15);
    const next = first.link?.find((l) => l.relation === "next")?.url ?? "";
    const second = await search(next.slice(generic.fhirBase.length + 1));
    expect([...ids(first), ...ids(second)].map((ref) => ref.split("/")[1]).sort()).toEqual([...wanted].sort());
  });

  it("finds Conditions of many encounters by reference, bare ids included", async () => {
    const encounters = ids(await search("Encounter?_count=40")).map((ref) => ref.split("/")[1] ?? "");
    const many = await search(`Condition?encounter=${encounters.join(",")}&_count=500`);
    const one = await Promise.all(encounters.map(async (id) => (await search(`Condition?encounter=${id}`)).total ?? 0));
    expect(many.total).toBe(one.reduce((a, b) => a + b, 0));
  });
});
