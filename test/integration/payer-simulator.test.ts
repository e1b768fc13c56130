import type { Bundle, Claim, ClaimResponse, ClaimResponseItem, Coverage } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { FEES } from "../../smart-launch/payer/fee-schedule.ts";
import { daysBeforeReference, OFFICE_VISIT_DATE, REFERENCE_DATE } from "../reference-date.ts";
import { eventually } from "./sandbox-time.ts";
import { fhirGet, fhirSend, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
const CPT = "http://www.ama-assn.org/go/cpt";
const ICD = "http://hl7.org/fhir/sid/icd-10-cm";
let token = "";

interface Line { code: string; charge: number; pointers: number[]; modifiers?: string[] }

function claimFor(lines: Line[], diagnoses: string[], coverage = "Coverage/cov-epic-1", serviceDate = OFFICE_VISIT_DATE, patient = "Patient/pat-epic-1"): Claim {
  return {
    resourceType: "Claim", status: "active", use: "claim", created: REFERENCE_DATE,
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    patient: { reference: patient }, provider: { reference: "Organization/org-riverbend" },
    priority: { coding: [{ code: "normal" }] }, billablePeriod: { start: serviceDate },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: coverage } }],
    diagnosis: diagnoses.map((code, i) => ({ sequence: i + 1, diagnosisCodeableConcept: { coding: [{ system: ICD, code }] } })),
    item: lines.map((line, i) => ({
      sequence: i + 1, productOrService: { coding: [{ system: CPT, code: line.code }] }, servicedDate: serviceDate,
      diagnosisSequence: line.pointers, quantity: { value: 1 }, unitPrice: { value: line.charge, currency: "USD" }, net: { value: line.charge, currency: "USD" },
      ...(line.modifiers ? { modifier: line.modifiers.map((code) => ({ coding: [{ code }] })) } : {}),
    })),
  };
}

/** Reads the claim's ClaimResponse again until the payer has decided (never a fixed sleep). */
async function decisionFor(claimRef: string): Promise<ClaimResponse> {
  const answer = async () => ((await (await fhirGet(generic, token, `ClaimResponse?request=${claimRef}`)).json()) as Bundle).entry?.[0]?.resource as ClaimResponse | undefined;
  return (await eventually(answer, (response) => Boolean(response && response.outcome !== "queued"))) as ClaimResponse;
}

const amount = (item: ClaimResponseItem | undefined, category: string): number | undefined => item?.adjudication.find((a) => a.category.coding?.[0]?.code === category)?.amount?.value;
/** Every reason code of a line: the CARC ("CO-16") and the remark code (RARC) after it when sent. */
const reasons = (item: ClaimResponseItem | undefined): string[] => (item?.adjudication ?? []).flatMap((a) => (a.reason?.coding ?? []).flatMap((c) => c.code ?? []));

async function submit(claim: Claim): Promise<ClaimResponse> {
  const response = await fhirSend(generic, token, "POST", "Claim/$submit", claim);
  expect(response.status).toBe(200);
  return (await response.json()) as ClaimResponse;
}

beforeAll(async () => {
  token = (await userTokens(generic)).access_token;
});

describe("payer simulator", () => {
  it("declares Claim/$submit, answers queued, then pays by the fee schedule with the PPO copay", async () => {
    const statement = await (await fetch(`${generic.fhirBase}/metadata`)).json();
    expect(statement.rest[0].resource.find((r: { type: string }) => r.type === "Claim").operation).toEqual([expect.objectContaining({ name: "submit" })]);
    const queued = await submit(claimFor([{ code: "99214", charge: 150, pointers: [1, 2] }, { code: "36415", charge: 10, pointers: [1] }], ["E11.22", "I10"]));
    expect(queued).toMatchObject({ resourceType: "ClaimResponse", outcome: "queued", insurer: { reference: "Organization/payer-sandbox-ppo" } });
    expect(queued.created.slice(0, 10)).toBe(REFERENCE_DATE); // the sandbox clock, not the real one
    const decided = await decisionFor(queued.request?.reference ?? "");
    expect(decided.outcome).toBe("complete");
    const [visit, draw] = decided.item ?? [];
    expect(amount(visit, "eligible")).toBe(Math.min(150, FEES["99214"] ?? 0));
    expect(reasons(visit)).toEqual(["PR-3"]);
    expect(amount(visit, "benefit")).toBe((amount(visit, "eligible") ?? 0) - (amount(visit, "copay") ?? 0));
    expect(decided.payment?.amount?.value).toBe((amount(visit, "benefit") ?? 0) + (amount(draw, "benefit") ?? 0));
  });

  it("denies every line with CO-16 when the claim has no diagnosis", async () => {
    const queued = await submit(claimFor([{ code: "99213", charge: 100, pointers: [] }], []));
    const decided = await decisionFor(queued.request?.reference ?? "");
    expect(reasons(decided.item?.[0])).toEqual(["CO-16"]);
    expect(decided.payment).toBeUndefined();
  });

  it("pays an unspecified diagnosis: it is right when the record has no more detail (guideline I.B.18)", async () => {
    const decided = await decisionFor((await submit(claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["J20.9"]))).request?.reference ?? "");
    expect(decided.outcome).toBe("complete");
    expect(reasons(decided.item?.[0])).toEqual(["PR-3"]);
    expect(decided.payment?.amount?.value).toBeGreaterThan(0);
  });

  it("denies a coverage without a member id, or with one the payer does not issue, with CO-16 and N382", async () => {
    // The Coverages this test needs belong to a patient of its own, and the one without a member id
    // is cancelled once decided, so suites reading the active coverages see only complete ones.
    const patient = (await (await fhirSend(generic, token, "POST", "Patient", { resourceType: "Patient", name: [{ family: "Memberid", given: ["Test"] }], birthDate: "1970-01-01", gender: "female" })).json()) as { id: string };
    const coverage = async (subscriberId?: string): Promise<Coverage> => {
      const body = { resourceType: "Coverage", status: "active", beneficiary: { reference: `Patient/${patient.id}` }, payor: [{ reference: "Organization/payer-sandbox-ppo" }], ...(subscriberId ? { subscriberId, identifier: [{ value: subscriberId }] } : {}) };
      return (await (await fhirSend(generic, token, "POST", "Coverage", body)).json()) as Coverage;
    };
    const claimWith = (of: Coverage) => claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["I10"], `Coverage/${of.id}`, OFFICE_VISIT_DATE, `Patient/${patient.id}`);
    for (const memberId of [undefined, "SBX10020030"]) {
      const used = await coverage(memberId);
      const decided = await decisionFor((await submit(claimWith(used))).request?.reference ?? "");
      expect(decided.item?.[0]?.adjudication.find((a) => a.reason)?.reason?.coding?.map((c) => c.code)).toEqual(["CO-16", "N382"]);
      expect(decided.processNote?.[0]?.text).toMatch(/member id/i);
      if (!memberId) {
        const cancelled = await fhirSend(generic, token, "PUT", `Coverage/${used.id}`, { ...used, status: "cancelled" }, { "if-match": `W/"${used.meta?.versionId ?? ""}"` });
        expect(cancelled.status).toBe(200);
      }
    }
    const valid = await decisionFor((await submit(claimWith(await coverage("SBX100200301")))).request?.reference ?? "");
    expect(valid.payment?.amount?.value).toBeGreaterThan(0);
  });

  it("denies the E/M billed with a same-day minor procedure without modifier 25 (CO-97), and pays it with 25", async () => {
    const lines = (modifiers: string[]): Line[] => [{ code: "99213", charge: 100, pointers: [1], modifiers }, { code: "69210", charge: 60, pointers: [1] }];
    const without = await decisionFor((await submit(claimFor(lines([]), ["H61.21"]))).request?.reference ?? "");
    expect([reasons(without.item?.[0]), reasons(without.item?.[1])]).toEqual([["CO-97", "M15"], []]);
    const with25 = await decisionFor((await submit(claimFor(lines(["25"]), ["H61.21"]))).request?.reference ?? "");
    expect(amount(with25.item?.[0], "benefit")).toBeGreaterThan(0);
  });

  it("denies a test its coverage table does not cover for the diagnoses pointed at (CO-50, N115)", async () => {
    const lines: Line[] = [{ code: "99213", charge: 100, pointers: [1, 2] }, { code: "83036", charge: 25, pointers: [1] }];
    const denied = await decisionFor((await submit(claimFor(lines, ["J20.9", "E11.9"]))).request?.reference ?? "");
    expect(reasons(denied.item?.[1])).toEqual(["CO-50", "N115"]);
    const pointed = await decisionFor((await submit(claimFor([lines[0] as Line, { code: "83036", charge: 25, pointers: [2] }], ["J20.9", "E11.9"]))).request?.reference ?? "");
    expect(amount(pointed.item?.[1], "benefit")).toBeGreaterThan(0);
  });

  it("denies a knee X-ray without RT or LT (CO-4, N822), and pays it with the side", async () => {
    const lines = (modifiers: string[]): Line[] => [{ code: "73560", charge: 62, pointers: [1], modifiers }];
    const without = await decisionFor((await submit(claimFor(lines([]), ["M17.11"]))).request?.reference ?? "");
    expect(reasons(without.item?.[0])).toEqual(["CO-4", "N822"]);
    const right = await decisionFor((await submit(claimFor(lines(["RT"]), ["M17.11"]))).request?.reference ?? "");
    expect(amount(right.item?.[0], "benefit")).toBeGreaterThan(0);
  });

  it("denies a second original claim with the same claim number (CO-18), never its replacement", async () => {
    const identifier = [{ system: "urn:test:claim-number", value: `dup-${Date.now()}` }];
    const claim = { ...claimFor([{ code: "99212", charge: 80, pointers: [1] }], ["I10"]), identifier };
    const first = await decisionFor((await submit(claim)).request?.reference ?? "");
    expect(first.payment?.amount?.value).toBeGreaterThan(0);
    const again = await decisionFor((await submit(claim)).request?.reference ?? "");
    expect(reasons(again.item?.[0])).toEqual(["CO-18"]);
    const replacement = { ...claim, related: [{ claim: { reference: first.request?.reference ?? "" }, relationship: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship", code: "prior" }] } }] };
    expect((await decisionFor((await submit(replacement)).request?.reference ?? "")).payment?.amount?.value).toBeGreaterThan(0);
  });

  it("pays partially when an NCCI pair is billed without a distinct-service modifier, and fully with one", async () => {
    const lines = (modifiers?: string[]): Line[] => [{ code: "93000", charge: 40, pointers: [1] }, { code: "93010", charge: 20, pointers: [1], ...(modifiers ? { modifiers } : {}) }];
    const without = await decisionFor((await submit(claimFor(lines(), ["I10"]))).request?.reference ?? "");
    expect(without.outcome).toBe("complete");
    expect(reasons(without.item?.[1])).toEqual(["CO-236"]);
    const withModifier = await decisionFor((await submit(claimFor(lines(["59"]), ["I10"]))).request?.reference ?? "");
    expect(withModifier.outcome).toBe("complete");
  });

  it("denies every line with CO-29 when received (by the sandbox clock) more than 365 days after the date of service", async () => {
    // Dated on the day of service: what counts is the day the payer receives it.
    const lateClaim = { ...claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["I10"], undefined, daysBeforeReference(366)), created: daysBeforeReference(366) };
    const late = await decisionFor((await submit(lateClaim)).request?.reference ?? "");
    expect(reasons(late.item?.[0])).toEqual(["CO-29"]);
    const inTime = await decisionFor((await submit(claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["I10"], undefined, daysBeforeReference(364)))).request?.reference ?? "");
    expect(inTime.outcome).toBe("complete");
  });

  it("answers error when the coverage cannot be found", async () => {
    const decided = await decisionFor((await submit(claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["J20.9"], "Coverage/nope"))).request?.reference ?? "");
    expect(decided.outcome).toBe("error");
    expect(decided.error?.[0]?.code.coding?.[0]?.code).toBe("a001");
  });

  it("adjudicates a Claim created by plain POST and one created in a transaction", async () => {
    const created = await fhirSend(generic, token, "POST", "Claim", claimFor([{ code: "99213", charge: 100, pointers: [1] }], ["I10"]));
    expect(created.status).toBe(201);
    expect((await decisionFor(`Claim/${((await created.json()) as Claim).id}`)).outcome).toBe("complete");
    const transaction = { resourceType: "Bundle", type: "transaction", entry: [{ resource: claimFor([{ code: "99212", charge: 80, pointers: [1] }], ["I10"]), request: { method: "POST", url: "Claim" } }] };
    const result = (await (await fhirSend(generic, token, "POST", "", transaction)).json()) as Bundle;
    const claimRef = /Claim\/[^/]+/.exec(result.entry?.[0]?.response?.location ?? "")?.[0] ?? "";
    expect((await decisionFor(claimRef)).outcome).toBe("complete");
  });
});
