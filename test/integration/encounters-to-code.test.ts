/**
 * "Encounters to code" against the sandbox: pr-rivera's finished encounters without an active
 * claim, in a constant number of requests; an active Claim with the app's identifiers takes an
 * encounter off the list, a draft keeps it marked; hand-off Tasks are searchable by every
 * parameter the worklists use, and they bring a claim into "my work".
 */
import type { Bundle, Claim, Encounter, Resource, Task } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CLAIM_ENCOUNTER_SYSTEM, CLAIM_GENERATION_SYSTEM, claimGenerationValue, READY_FOR_CODING, tokenOf } from "../../src/billing/state/billing-identifiers.ts";
import { claimWorklistQuery } from "../../src/fhir/claim-status/index.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { encountersToCodeQuery, type EncountersToCodeScope } from "../../src/fhir/worklist/index.ts";
import { DEFAULT_SCOPES } from "../../src/smart/smart-config.ts";
import { REFERENCE_DATE } from "../reference-date.ts";
import { fhirGet, launchAndGetTokens, OFFICE_VISIT, userTokens } from "./smart-flow.ts";

const { generic } = inject("sandboxes");
/** A Synthea practitioner no other test touches: its encounters are this test's to bill. */
const SYNTHEA_PRACTITIONER = "Practitioner/0653c047-19b4-466e-a048-0b3917600b43";
let token = "";
const requests: string[] = [];
let gateway: FhirGateway;

beforeAll(async () => {
  token = (await launchAndGetTokens(generic, OFFICE_VISIT, `launch ${DEFAULT_SCOPES}`)).access_token;
  gateway = createFhirGateway({ baseUrl: generic.fhirBase, getAccessToken: async () => token, onRequest: (method, url) => void requests.push(`${method} ${url}`) });
});

const list = (by: EncountersToCodeScope["by"]) => encountersToCodeQuery(gateway, { by, today: REFERENCE_DATE, filingLimits: { default: 365 } }).queryFn();

async function search<T extends Resource>(path: string): Promise<T[]> {
  const bundle = (await (await fhirGet(generic, token, path)).json()) as Bundle<T>;
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

function appClaim(encounter: Encounter, status: Claim["status"]): Claim {
  const patient = encounter.subject?.reference ?? "";
  return {
    resourceType: "Claim", status, use: "claim", created: REFERENCE_DATE,
    identifier: [{ system: CLAIM_ENCOUNTER_SYSTEM, value: `Encounter/${encounter.id ?? ""}` }, { system: CLAIM_GENERATION_SYSTEM, value: claimGenerationValue(`Encounter/${encounter.id ?? ""}`, "Coverage/none", 1) }],
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    patient: { reference: patient }, provider: { reference: "Organization/org-riverbend" }, priority: { coding: [{ code: "normal" }] },
    enterer: { reference: "Practitioner/pr-rivera" },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: "Coverage/cov-epic-1" } }],
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "Z00.00" }] } }],
    item: [{ sequence: 1, productOrService: { coding: [{ system: "http://www.ama-assn.org/go/cpt", code: "99396" }] }, diagnosisSequence: [1], net: { value: 180, currency: "USD" } }],
  };
}

describe("encounters to code on the generic sandbox", () => {
  it("lists pr-rivera's finished encounters that have no active claim, oldest first, in 4 requests", async () => {
    const finished = await search<Encounter>("Encounter?participant=Practitioner/pr-rivera&status=finished&_count=1000");
    const billed = new Set((await search<Claim>(`Claim?status=active&_count=1000`)).flatMap((c) => c.identifier?.filter((i) => i.system === CLAIM_ENCOUNTER_SYSTEM).map((i) => i.value?.split("/")[1]) ?? []));
    await gateway.capabilities();
    requests.length = 0;
    const result = await list({ kind: "practitioner", ref: "Practitioner/pr-rivera" });
    expect(requests).toHaveLength(4);
    expect(result.notices).toEqual([]);
    expect(result.rows.map((r) => r.encounterId).sort()).toEqual(finished.map((e) => e.id ?? "").filter((id) => !billed.has(id)).sort());
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.provider === "Dr. Ana Rivera" && r.payer && r.deadline.kind !== "unknown")).toBe(true);
    const dates = result.rows.map((r) => r.dateOfService ?? "");
    expect(dates).toEqual([...dates].sort());
  });

  it("an active Claim with the app's identifiers removes the encounter; a draft keeps it, marked; a hand-off note shows", async () => {
    const before = await list({ kind: "practitioner", ref: SYNTHEA_PRACTITIONER });
    expect(before.rows.length).toBeGreaterThanOrEqual(3);
    const [billedRow, draftRow, handedRow] = before.rows;
    const encounter = async (id: string) => (await search<Encounter>(`Encounter?_id=${id}`))[0] as Encounter;
    await gateway.create(appClaim(await encounter(billedRow?.encounterId ?? ""), "active"));
    await gateway.create(appClaim(await encounter(draftRow?.encounterId ?? ""), "draft"));
    await gateway.create<Task>({
      resourceType: "Task", status: "requested", intent: "order", code: { coding: [READY_FOR_CODING] }, for: { reference: `Patient/${handedRow?.patientId ?? ""}` },
      encounter: { reference: `Encounter/${handedRow?.encounterId ?? ""}` }, requester: { reference: "Practitioner/pr-rivera" },
      note: [{ text: "Wellness visit, please code", time: `${REFERENCE_DATE}T09:00:00Z`, authorReference: { reference: "Practitioner/pr-rivera" } }],
    });
    const after = await list({ kind: "practitioner", ref: SYNTHEA_PRACTITIONER });
    expect(after.rows.map((r) => r.encounterId)).not.toContain(billedRow?.encounterId);
    expect(after.rows).toHaveLength(before.rows.length - 1);
    expect(after.rows.find((r) => r.encounterId === draftRow?.encounterId)?.draftSaved).toBe(true);
    expect(after.rows.find((r) => r.encounterId === handedRow?.encounterId)?.handoff).toEqual({ text: "Wellness visit, please code", author: "Dr. Ana Rivera", time: `${REFERENCE_DATE}T09:00:00Z` });
  });
});

describe("hand-off Tasks on the generic sandbox", () => {
  it("are found by code, status, encounter, focus, owner, requester and patient, and bring the focus claim into 'my work'", async () => {
    const row = (await list({ kind: "practitioner", ref: SYNTHEA_PRACTITIONER })).rows.at(-1);
    const encounter = (await search<Encounter>(`Encounter?_id=${row?.encounterId ?? ""}`))[0] as Encounter;
    const patient = encounter.subject?.reference ?? "";
    const claim = await gateway.create({ ...appClaim(encounter, "draft"), enterer: { reference: "Practitioner/pr-chen" } });
    const task = await gateway.create<Task>({
      resourceType: "Task", status: "requested", intent: "order", code: { coding: [READY_FOR_CODING] }, focus: { reference: `Claim/${claim.id ?? ""}` },
      for: { reference: patient }, encounter: { reference: `Encounter/${encounter.id ?? ""}` }, requester: { reference: "Practitioner/pr-chen" }, owner: { reference: "Practitioner/pr-rivera" },
    });
    const code = encodeURIComponent(tokenOf(READY_FOR_CODING.system ?? "", READY_FOR_CODING.code ?? ""));
    for (const query of [`code=${code}`, "status=requested", `encounter=Encounter/${encounter.id ?? ""}`, `focus=Claim/${claim.id ?? ""}`, "owner=Practitioner/pr-rivera", "requester=Practitioner/pr-chen", `patient=${patient}`]) {
      const found = await search<Task>(`Task?${query}&_count=1000`);
      expect(found.map((t) => t.id), query).toContain(task.id);
    }
    const mine = await claimWorklistQuery(gateway, { practitionerRef: `${generic.fhirBase}/Practitioner/pr-rivera`, today: REFERENCE_DATE }).queryFn();
    expect(mine.find((r) => r.claimRef === `Claim/${claim.id ?? ""}`)).toMatchObject({ draft: true, patientName: row?.patientName, encounterRef: `Encounter/${encounter.id ?? ""}` });
  });

  it("stay in the launch patient's compartment under patient/ scopes", async () => {
    const patientToken = (await launchAndGetTokens(generic, OFFICE_VISIT, "launch openid fhirUser patient/*.rs")).access_token;
    const bundle = (await (await fhirGet(generic, patientToken, "Task?status=requested&_count=1000")).json()) as Bundle<Task>;
    expect((bundle.entry ?? []).every((e) => e.resource?.for?.reference === "Patient/pat-epic-1")).toBe(true);
    // The same search by a user sees other patients' open Tasks: the compartment is what left them out.
    const userToken = (await userTokens(generic)).access_token;
    const all = (await (await fhirGet(generic, userToken, "Task?status=requested&_count=1000")).json()) as Bundle<Task>;
    expect((all.entry ?? []).filter((e) => e.resource?.for?.reference !== "Patient/pat-epic-1").length).toBeGreaterThan(0);
  });
});
