import type { Bundle, Provenance } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { buildSubmission, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import {
  chooseWritePath,
  placeholdersIn,
  planSubmission,
  referenceFromLocation,
  resolvePlaceholders,
} from "../../../../src/billing/write-path/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";
import { genericCapability, readVendorCapability } from "./vendor-capabilities.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };
const check = checkReadyDraft(fixtureDraft("office-visit-diabetes.fhir.json", 5));
const draft = check.ok ? check.draft : ({} as ReadyDraft);
const submission = buildSubmission(draft, context);
const input = { draft, submission };

describe("planSubmission", () => {
  it("transaction: one POST of the transaction Bundle to the base", () => {
    const plan = planSubmission(chooseWritePath(genericCapability({ transaction: true })), input);
    expect(plan.requests).toHaveLength(1);
    const [request] = plan.requests;
    expect(request).toMatchObject({ method: "POST", url: "" });
    expect((request?.body as Bundle).type).toBe("transaction");
    expect(plan.download).toBeUndefined();
  });

  it("per-resource: conditional POSTs in dependency order, the Provenance last and waiting on the others", () => {
    const plan = planSubmission(chooseWritePath(genericCapability({ transaction: false })), input);
    expect(plan.requests.map((r) => r.url)).toEqual([...draft.lines.map(() => "ChargeItem"), "Claim", "Provenance"]);
    for (const request of plan.requests) {
      expect(request.headers["If-None-Exist"]).toBeTruthy();
      expect(request.creates).toMatch(/^urn:uuid:/);
    }
    const created = plan.requests.slice(0, -1).map((r) => r.creates);
    expect(plan.requests.slice(0, -1).every((r) => r.needs.length === 0)).toBe(true);
    expect([...(plan.requests.at(-1)?.needs ?? [])].sort()).toEqual([...created].sort());
  });

  it("per-resource: the Provenance gets real references once the others exist", () => {
    const plan = planSubmission(chooseWritePath(genericCapability({ transaction: false })), input);
    const resolved = Object.fromEntries(plan.requests.slice(0, -1).map((r, i) => [r.creates ?? "", `X/${i}`]));
    const provenance = resolvePlaceholders(plan.requests.at(-1)?.body as Provenance, resolved);
    expect(placeholdersIn(provenance)).toEqual([]);
    expect(provenance.target.map((t) => t.reference)).toContain(resolved[submission.claim.fullUrl]);
    expect(placeholdersIn(submission.provenance.resource)).not.toEqual([]);
  });

  it("oracle-operations: one $create per line, and the Claim to download", () => {
    const path = chooseWritePath(readVendorCapability("oracle-health/capability-statement-r4-secure.json"));
    const plan = planSubmission(path, { ...input, oracleBillCodes: { tenant: "t-1" } });
    expect(plan.requests.map((r) => r.url)).toEqual(draft.lines.map(() => "ChargeItem/$create"));
    const types = plan.download?.bundle.entry?.map((e) => e.resource?.resourceType);
    expect(types).toEqual(["Claim", "Provenance"]);
    const provenance = plan.download?.bundle.entry?.[1]?.resource as Provenance;
    expect(provenance.target).toEqual([{ reference: submission.claim.fullUrl }]);
  });

  it("oracle-operations without the tenant's bill codes: exports everything rather than guess", () => {
    const path = chooseWritePath(readVendorCapability("oracle-health/capability-statement-r4-secure.json"));
    const plan = planSubmission(path, input);
    expect(plan.kind).toBe("export");
    expect(plan.requests).toEqual([]);
  });

  it("export: no requests, the whole transaction Bundle to download with instructions", () => {
    const plan = planSubmission(chooseWritePath(readVendorCapability("epic/capability-statement-r4.json")), input);
    expect(plan.requests).toEqual([]);
    expect(plan.download?.bundle.entry).toHaveLength(draft.lines.length + 2);
    expect(plan.download?.fileName).toBe("claim-dm-enc-r5.fhir.json");
    expect(plan.download?.instructions).toMatch(/billing system/);
  });

  it("billing-endpoint: the transaction goes to the configured URL", () => {
    const path = chooseWritePath(readVendorCapability("epic/capability-statement-r4.json"), { billingEndpoint: "https://billing.example/fhir" });
    const plan = planSubmission(path, input);
    expect(plan.requests.map((r) => r.url)).toEqual(["https://billing.example/fhir"]);
  });
});

describe("referenceFromLocation", () => {
  it.each([
    ["https://ehr.example/fhir/Claim/123/_history/1", "Claim/123"],
    ["ChargeItem/abc-1", "ChargeItem/abc-1"],
    ["https://ehr.example/fhir/Provenance/9/", "Provenance/9"],
    ["not a location", undefined],
  ])("%s -> %s", (location, reference) => {
    expect(referenceFromLocation(location)).toBe(reference);
  });
});
