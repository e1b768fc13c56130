/**
 * The payer's delay is sandbox time: with a delay longer than any test, the answer stays queued
 * until the test moves the sandbox clock past it, and the clock's answer comes once the decision
 * is written. This is how the browser tests see "Queued" without racing the payer.
 */
import type { Bundle, Claim, ClaimResponse } from "fhir/r4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../smart-launch/server.ts";
import { OFFICE_VISIT_DATE, REFERENCE_DATE } from "../reference-date.ts";
import { advanceSandboxClock } from "./sandbox-time.ts";
import { fhirGet, fhirSend, userTokens } from "./smart-flow.ts";

const HOLD_SECONDS = 600;
let sandbox: RunningSandbox;
let token = "";

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, referenceDate: REFERENCE_DATE, payerDelayMs: HOLD_SECONDS * 1000, clockControl: true });
  token = (await userTokens(sandbox)).access_token;
});
afterAll(() => sandbox?.close());

const claim: Claim = {
  resourceType: "Claim", status: "active", use: "claim", created: REFERENCE_DATE,
  type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
  patient: { reference: "Patient/pat-epic-1" }, provider: { reference: "Organization/org-riverbend" },
  priority: { coding: [{ code: "normal" }] }, billablePeriod: { start: OFFICE_VISIT_DATE },
  insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-epic-1" } }],
  diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10" }] } }],
  item: [{ sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "99213" }] }, servicedDate: OFFICE_VISIT_DATE, diagnosisSequence: [1], quantity: { value: 1 }, unitPrice: { value: 100, currency: "USD" }, net: { value: 100, currency: "USD" } }],
};

const answerTo = async (claimRef: string) => ((await (await fhirGet(sandbox, token, `ClaimResponse?request=${claimRef}`)).json()) as Bundle).entry?.map((e) => e.resource as ClaimResponse) ?? [];

describe("payer delay on the sandbox clock", () => {
  it("holds the queued answer until the clock passes the delay, then decides before the clock answers", async () => {
    const queued = (await (await fhirSend(sandbox, token, "POST", "Claim/$submit", claim)).json()) as ClaimResponse;
    const claimRef = queued.request?.reference ?? "";
    expect(queued.outcome).toBe("queued");
    await advanceSandboxClock(sandbox, HOLD_SECONDS - 60);
    expect((await answerTo(claimRef)).map((r) => r.outcome)).toEqual(["queued"]);
    await advanceSandboxClock(sandbox, 60);
    const decided = await answerTo(claimRef);
    expect(decided.map((r) => r.outcome)).toEqual(["complete"]);
    expect(decided[0]?.id).toBe(queued.id);
    expect(decided[0]?.payment?.amount?.value).toBeGreaterThan(0);
  });
});
