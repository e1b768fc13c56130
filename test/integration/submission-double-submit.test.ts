/**
 * Double submit against the real sandbox: two submissions of the same plan at once (a double
 * click in one tab, or several tabs with their own gateways) still leave one of each (Oracle:
 * submission-oracle). The control case shows the counting would see a duplicate: the same
 * resources without If-None-Exist.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SubmissionPlan } from "../../src/billing/write-path/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { executePlan } from "../../src/fhir/submit/index.ts";
import { userTokens } from "./smart-flow.ts";
import { countWritten, planFor } from "./submission-draft.ts";

const { generic } = inject("sandboxes");
const TABS = 6;
let genericToken = "";
const tab = (baseUrl: string, token: () => string): FhirGateway => createFhirGateway({ baseUrl, getAccessToken: async () => token() });
const genericTab = () => tab(generic.fhirBase, () => genericToken);

beforeAll(async () => {
  genericToken = (await userTokens(generic)).access_token;
});

describe.each(["transaction", "per-resource"] as const)("double submit on the generic sandbox, %s path", (kind) => {
  it("a double click in one tab: one of each", async () => {
    const revision = kind === "transaction" ? 400 : 410;
    const gateway = genericTab();
    const outcomes = await Promise.all([executePlan(gateway, planFor(kind, revision)), executePlan(gateway, planFor(kind, revision))]);
    expect(outcomes.map((o) => o.kind)).toEqual(["done", "done"]);
    expect(await countWritten(genericTab(), revision)).toEqual({ claims: 1, chargeItems: 2, provenances: 1 });
  });

  it(`${TABS} tabs submitting at once: one of each`, async () => {
    const revision = kind === "transaction" ? 401 : 411;
    const outcomes = await Promise.all(Array.from({ length: TABS }, () => executePlan(genericTab(), planFor(kind, revision))));
    expect(outcomes.map((o) => o.kind)).toEqual(Array.from({ length: TABS }, () => "done"));
    expect(await countWritten(genericTab(), revision)).toEqual({ claims: 1, chargeItems: 2, provenances: 1 });
  });
});

describe("reload mid-submit", () => {
  it("a run abandoned after two requests and a fresh run of the same draft's plan: one of each", async () => {
    const controller = new AbortController();
    const abandoned = await executePlan(genericTab(), planFor("per-resource", 440), { signal: controller.signal, onProgress: (done) => done === 2 && controller.abort() });
    expect(abandoned.kind === "partial" && abandoned.done.length).toBe(2);
    expect(await countWritten(genericTab(), 440)).toEqual({ claims: 0, chargeItems: 2, provenances: 0 });
    expect((await executePlan(genericTab(), planFor("per-resource", 440))).kind).toBe("done");
    expect(await countWritten(genericTab(), 440)).toEqual({ claims: 1, chargeItems: 2, provenances: 1 });
  });
});

describe("control: the counting sees duplicates", () => {
  it("the same per-resource plan without If-None-Exist, run twice, writes everything twice", async () => {
    const plan = planFor("per-resource", 430);
    const unconditional: SubmissionPlan = {
      ...plan,
      requests: plan.requests.map(({ headers: { "If-None-Exist": _condition, ...headers }, ...request }) => ({ ...request, headers })),
    };
    await executePlan(genericTab(), unconditional);
    await executePlan(genericTab(), unconditional);
    expect(await countWritten(genericTab(), 430)).toEqual({ claims: 2, chargeItems: 4, provenances: 2 });
  });
});
