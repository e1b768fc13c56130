import type { Bundle, CapabilityStatement, ChargeItem, Parameters, CapabilityStatementRestResource, OperationOutcome } from "fhir/r4";
import { describe, expect, it } from "vitest";
import type { ReadyDraft } from "../../../../src/billing/build/build-context.ts";
import { chargeValueOf, PERFORMER_FUNCTION } from "../../../../src/billing/build/build-charge-items.ts";
import { CHARGE_SERVICE_SYSTEM, CLAIM_GENERATION_SYSTEM } from "../../../../src/billing/state/billing-identifiers.ts";
import {
  buildOracleChargeItemCreate,
  buildOracleChargeItemCredit,
  buildOracleChargeItemModify,
  chooseWritePath,
  describeSubmissionResult,
  exportDownload,
  hasOracleCreate,
  hasSafeCreate,
  missingWrites,
  modifierCodeExtension,
  operationRequest,
  oracleChargeFromHeaders,
  oracleBillCoding,
  ORACLE_STRUCTURE,
  placeholdersIn,
  priorityExtension,
  procedureBillCodeType,
  readTransactionResponse,
  readWriteCapability,
  referenceFromLocation,
  resolvePlaceholders,
  writePathExplanation,
  type EntryResult,
  type WriteCapability,
} from "../../../../src/billing/write-path/index.ts";
import { HCPCS, HCPCS_OID } from "../../../../src/coding/systems.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";

const SAFE = { create: true, conditionalCreate: true, update: false, operations: [] };
const NONE = { create: false, conditionalCreate: false, update: false, operations: [] };

function resource(type: string, interactions: string[], extra: Partial<CapabilityStatementRestResource> = {}): CapabilityStatementRestResource {
  return { type: type as CapabilityStatementRestResource["type"], interaction: interactions.map((code) => ({ code: code as "create" })), ...extra };
}

function statement(extra: Partial<CapabilityStatement>): CapabilityStatement {
  return { resourceType: "CapabilityStatement", status: "active", date: "2026-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"], ...extra };
}

function facts(extra: Partial<WriteCapability> = {}): WriteCapability {
  return { serverName: "Acme EHR", transaction: true, chargeItem: SAFE, claim: SAFE, provenance: SAFE, ...extra };
}

describe("readWriteCapability", () => {
  it("names the server from software, then publisher, title, name, else 'the EHR'", () => {
    const all = { software: { name: "Soft" }, publisher: "Pub", title: "Title", name: "Name" };
    expect(readWriteCapability(statement(all)).serverName).toBe("Soft");
    expect(readWriteCapability(statement({ ...all, software: undefined })).serverName).toBe("Pub");
    expect(readWriteCapability(statement({ title: "Title", name: "Name" })).serverName).toBe("Title");
    expect(readWriteCapability(statement({ name: "Name" })).serverName).toBe("Name");
    expect(readWriteCapability(statement({})).serverName).toBe("the EHR");
  });

  it("reads the server rest entry, not a client one listed first", () => {
    const capability = statement({
      rest: [
        { mode: "client", interaction: [{ code: "transaction" }], resource: [resource("Claim", ["create"], { conditionalCreate: true })] },
        { mode: "server", interaction: [{ code: "batch" }], resource: [resource("ChargeItem", ["create", "update"], { conditionalCreate: true, operation: [{ name: "$create", definition: "x" }, { name: "credit", definition: "y" }, { name: "a$b", definition: "z" }] })] },
      ],
    });
    const read = readWriteCapability(capability);
    expect(read.transaction).toBe(false);
    expect(read.chargeItem).toEqual({ create: true, conditionalCreate: true, update: true, operations: ["create", "credit", "a$b"] });
    expect(read.claim).toEqual(NONE);
  });

  it("falls back to the first rest entry when none says server, and to nothing without one", () => {
    const only = statement({ rest: [{ mode: "client", interaction: [{ code: "transaction" }], resource: [resource("Provenance", ["update"])] }] });
    const read = readWriteCapability(only);
    expect(read.transaction).toBe(true);
    expect(read.provenance).toEqual({ create: false, conditionalCreate: false, update: true, operations: [] });
    expect(readWriteCapability(statement({}))).toEqual({ serverName: "the EHR", transaction: false, chargeItem: NONE, claim: NONE, provenance: NONE });
  });

  it("counts conditional create only when declared true", () => {
    const capability = statement({ rest: [{ mode: "server", resource: [resource("Claim", ["create"], { conditionalCreate: false })] }] });
    expect(readWriteCapability(capability).claim.conditionalCreate).toBe(false);
  });
});

describe("hasSafeCreate and hasOracleCreate", () => {
  it("needs both create and conditional create for a safe create", () => {
    expect(hasSafeCreate(SAFE)).toBe(true);
    expect(hasSafeCreate({ ...SAFE, conditionalCreate: false })).toBe(false);
    expect(hasSafeCreate({ ...SAFE, create: false })).toBe(false);
  });

  it("sees Oracle's $create only where plain create is missing", () => {
    expect(hasOracleCreate(facts({ chargeItem: { ...NONE, operations: ["create"] } }))).toBe(true);
    expect(hasOracleCreate(facts({ chargeItem: { ...SAFE, operations: ["create"] } }))).toBe(false);
    expect(hasOracleCreate(facts({ chargeItem: { ...NONE, operations: ["credit"] } }))).toBe(false);
  });

  it("chooses per path from the facts: one unsafe resource rules out writing to the EHR", () => {
    const server = (claim: CapabilityStatementRestResource) =>
      statement({ rest: [{ mode: "server", interaction: [{ code: "transaction" }], resource: [resource("ChargeItem", ["create"], { conditionalCreate: true }), claim, resource("Provenance", ["create"], { conditionalCreate: true })] }] });
    expect(chooseWritePath(server(resource("Claim", ["create"], { conditionalCreate: true }))).kind).toBe("transaction");
    expect(chooseWritePath(server(resource("Claim", ["create"]))).kind).toBe("export");
    expect(chooseWritePath(server(resource("Claim", ["create"])), { billingEndpoint: "https://b.example/fhir" })).toMatchObject({ kind: "billing-endpoint", url: "https://b.example/fhir" });
  });
});

describe("writePathExplanation", () => {
  it("explains a transaction", () => {
    expect(writePathExplanation("transaction", facts())).toEqual({
      explanation: "Acme EHR accepts transactions and conditional creates of ChargeItem, Claim and Provenance, so the submission is written in one all-or-nothing request that is safe to retry.",
      writes: ["The ChargeItems (one per service line), the Claim and a Provenance go to Acme EHR in one transaction."],
    });
  });

  it("explains per-resource writes", () => {
    expect(writePathExplanation("per-resource", facts({ transaction: false }))).toEqual({
      explanation: "Acme EHR accepts conditional creates of ChargeItem, Claim and Provenance but no transaction, so they are written one at a time; if one fails, a retry skips what was already written.",
      writes: ["The ChargeItems, then the Claim, then a Provenance go to Acme EHR, one request each."],
    });
  });

  it("explains a billing endpoint, naming what the EHR lacks and the endpoint", () => {
    const lacking = facts({ claim: NONE, transaction: false });
    expect(writePathExplanation("billing-endpoint", lacking, "https://b.example/fhir")).toEqual({
      explanation: "Acme EHR does not accept the claim (no Claim create; no transaction), and a billing FHIR server is configured, so the whole submission goes there.",
      writes: [
        "The ChargeItems, the Claim and a Provenance go to the billing server at https://b.example/fhir.",
        "Nothing is written to Acme EHR, so its own billing cannot bill this visit a second time.",
      ],
    });
    expect(writePathExplanation("billing-endpoint", lacking).writes[0]).toBe("The ChargeItems, the Claim and a Provenance go to the billing server at (not configured).");
  });

  it("explains Oracle operations and export, with the download sentence", () => {
    const download = "a FHIR R4 Bundle file to download: hand it to your billing system or clearinghouse (a FHIR server accepts it as is, and sending it twice creates nothing twice)";
    expect(writePathExplanation("oracle-operations", facts())).toEqual({
      explanation: "Acme EHR offers no plain ChargeItem create but offers the ChargeItem $create operation, and it accepts no Claim.",
      writes: [
        "The charges go to Acme EHR through ChargeItem/$create, one per service line, each with a fixed transactionId so a retry is not billed twice.",
        `The Claim and its Provenance become ${download}.`,
      ],
    });
    const none = facts({ chargeItem: NONE, claim: { ...SAFE, conditionalCreate: false }, provenance: NONE, transaction: false });
    expect(writePathExplanation("export", none)).toEqual({
      explanation: "Acme EHR accepts none of the writes a claim needs (no ChargeItem create; Claim create without conditional create; no Provenance create; no transaction), so nothing is written to it.",
      writes: [`The ChargeItems, the Claim and a Provenance become ${download}.`],
    });
  });

  it("lists nothing missing for a server that accepts everything", () => {
    expect(missingWrites(facts())).toBe("");
  });
});

describe("placeholders", () => {
  const provenance = {
    resourceType: "Provenance",
    target: [{ reference: "urn:uuid:a" }, { reference: "urn:uuid:b" }, { reference: "urn:uuid:a" }, { reference: "Claim/1" }],
    agent: [{ who: { reference: "Practitioner/p", display: "urn:uuid:a" } }],
  };

  it("lists each urn:uuid reference once, and only references", () => {
    expect(placeholdersIn(provenance)).toEqual(["urn:uuid:a", "urn:uuid:b"]);
    expect(placeholdersIn({ reference: 12, note: "urn:uuid:c" })).toEqual([]);
  });

  it("replaces resolved references only, leaving other values and the input untouched", () => {
    const resolved = resolvePlaceholders(provenance, { "urn:uuid:a": "ChargeItem/9" });
    expect(resolved.target.map((t) => t.reference)).toEqual(["ChargeItem/9", "urn:uuid:b", "ChargeItem/9", "Claim/1"]);
    expect(resolved.agent[0]?.who.display).toBe("urn:uuid:a");
    expect(provenance.target[0]?.reference).toBe("urn:uuid:a");
  });

  it.each([
    ["https://ehr.example/fhir/Claim/12/_history/1", "Claim/12"],
    ["Claim/12/_history/3", "Claim/12"],
    ["Claim/12/_history/10", "Claim/12"],
    ["ChargeItem/a.b-C", "ChargeItem/a.b-C"],
    ["https://ehr.example/fhir/Provenance/7/", "Provenance/7"],
    [`Claim/${"x".repeat(64)}`, `Claim/${"x".repeat(64)}`],
  ])("reads the reference in Location %s", (location, reference) => {
    expect(referenceFromLocation(location)).toBe(reference);
  });

  it.each([`Claim/${"x".repeat(65)}`, "claim/12", "https://ehr.example/fhir", "Claim/12/_history", "Claim/1 2", "xClaim/12"])("reads no reference from %s", (location) => {
    expect(referenceFromLocation(location)).toBeUndefined();
  });
});

describe("readTransactionResponse labels and statuses", () => {
  const request: Bundle = {
    resourceType: "Bundle",
    type: "transaction",
    entry: [
      { resource: { resourceType: "ChargeItem", status: "billable", code: {}, subject: { reference: "Patient/p" } } as never, request: { method: "POST", url: "ChargeItem", ifNoneExist: "identifier=x" } },
      { resource: { resourceType: "Claim" } as never, request: { method: "PUT", url: "Claim/12" } },
      { request: { method: "POST", url: "Task" } },
      {},
      { resource: { resourceType: "Provenance" } as never, request: { method: "POST", url: "Provenance" } },
    ],
  };
  const answer = (statuses: (string | undefined)[], extra: Partial<NonNullable<Bundle["entry"]>[number]["response"]> = {}): Bundle => ({
    resourceType: "Bundle",
    type: "transaction-response",
    entry: statuses.map((status) => ({ response: { status: status as string, ...extra } })),
  });

  it("labels a PUT by its URL, an uncoded ChargeItem, a bare request and an empty entry", () => {
    expect(readTransactionResponse(request, answer(["201", "200", "201", "201", "201"])).map((r) => r.label)).toEqual(["ChargeItem", "PUT Claim/12", "Task", "entry", "Provenance"]);
  });

  it("counts only 2xx as written and reads existence only for a conditional POST answered 200", () => {
    const results = readTransactionResponse(request, answer(["200 OK", "200", "199", "300", "200"]));
    expect(results.map((r) => [r.ok, r.status, r.existed])).toEqual([
      [true, 200, true],
      [true, 200, undefined],
      [false, 199, undefined],
      [false, 300, undefined],
      [true, 200, undefined],
    ]);
    expect(readTransactionResponse(request, answer(["201", "299", "201", "201", "201"]))[1]?.ok).toBe(true);
  });

  it("keeps no status when the server's status is not a number, and ignores an outcome that is not an OperationOutcome", () => {
    const [first] = readTransactionResponse(request, answer(["Created", undefined, "201", "201", "201"], { outcome: { resourceType: "Basic" } as never, location: "nowhere" }));
    expect(first).toStrictEqual({ label: "ChargeItem", ok: false });
  });

  it("labels a ChargeItem without a code or with an empty coding list by its type alone", () => {
    const bare: Bundle = {
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        { resource: { resourceType: "ChargeItem" } as never, request: { method: "POST", url: "ChargeItem" } },
        { resource: { resourceType: "ChargeItem", code: { coding: [] } } as never, request: { method: "POST", url: "ChargeItem" } },
      ],
    };
    expect(readTransactionResponse(bare, answer(["201", "201"])).map((r) => r.label)).toEqual(["ChargeItem", "ChargeItem"]);
  });

  it("reads entries only from a Bundle, not from another resource that has entries", () => {
    const notBundle = { resourceType: "OperationOutcome", entry: [{ response: { status: "201" } }] };
    expect(readTransactionResponse(request, notBundle).some((r) => r.ok)).toBe(false);
  });

  it("fails entries the response does not answer", () => {
    const short: Bundle = { resourceType: "Bundle", type: "transaction-response", entry: [{ response: { status: "201" } }, {}] };
    expect(readTransactionResponse(request, short).map((r) => r.ok)).toEqual([true, false, false, false, false]);
    expect(readTransactionResponse({ resourceType: "Bundle", type: "transaction" }, short)).toEqual([]);
    expect(readTransactionResponse(request, { resourceType: "Bundle", type: "transaction-response" }).every((r) => !r.ok)).toBe(true);
  });
});

describe("describeSubmissionResult messages", () => {
  const outcome = (issue: OperationOutcome["issue"]): OperationOutcome => ({ resourceType: "OperationOutcome", issue });
  const written: EntryResult = { label: "Claim", ok: true, status: 201 };

  it("says all are written, and how many were already there", () => {
    expect(describeSubmissionResult([written, { ...written, label: "Provenance" }])).toEqual({ state: "complete", message: "All 2 resources are written." });
    expect(describeSubmissionResult([written, { ...written, existed: true }, { ...written, existed: true }]).message).toBe(
      "All 3 resources are written. 2 of them were already there from an earlier attempt, so nothing was written twice.",
    );
  });

  it("says nothing was written for no results at all", () => {
    const none = describeSubmissionResult([]);
    expect(none.state).toBe("failed");
    expect(none.message).toMatch(/^Nothing was written\.\s+The draft is kept: fix the problem and submit again\.$/);
  });

  it("quotes the server's details text or diagnostics and the HTTP status of each failure", () => {
    const failed: EntryResult = {
      label: "Claim",
      ok: false,
      status: 422,
      outcome: outcome([
        { severity: "error", code: "invalid", details: { text: "Claim.insurance is required" }, diagnostics: "ignored" },
        { severity: "error", code: "invalid", diagnostics: "Claim.provider unknown" },
        { severity: "warning", code: "informational" },
      ]),
    };
    expect(describeSubmissionResult([failed, { label: "Provenance", ok: false }])).toEqual({
      state: "failed",
      message: "Nothing was written. Claim failed (HTTP 422): Claim.insurance is required; Claim.provider unknown. Provenance failed (no answer). The draft is kept: fix the problem and submit again.",
    });
  });

  it("names what was written when only part was", () => {
    const charge: EntryResult = { label: "ChargeItem 99213", ok: true, status: 201 };
    const failed: EntryResult = { label: "Claim", ok: false, status: 500, outcome: outcome([]) };
    expect(describeSubmissionResult([charge, { ...charge, label: "ChargeItem 96127" }, failed])).toEqual({
      state: "partial",
      message: "2 of 3 written (ChargeItem 99213, ChargeItem 96127). Claim failed (HTTP 500). The draft is kept; submitting again is safe: what is already written is found, not written twice.",
    });
  });
});

describe("Oracle bill codes", () => {
  it("codes a charge in the tenant's bill-code system, with the schedule when one is known", () => {
    expect(oracleBillCoding({ tenant: "t1" }, "CPT", "99213")).toEqual({ system: "https://fhir.cerner.com/t1/CodeSystem/BillCodes-CPT", code: "99213" });
    expect(oracleBillCoding({ tenant: "t1", schedules: { ICD: "3693" } }, "CPT", "99213").extension).toBeUndefined();
    expect(oracleBillCoding({ tenant: "t1", schedules: { HCPCS: "55" } }, "HCPCS", "G2211")).toEqual({
      system: "https://fhir.cerner.com/t1/CodeSystem/BillCodes-HCPCS",
      code: "G2211",
      extension: [{ url: `${ORACLE_STRUCTURE}/bill-code-schedule`, valueCoding: { system: "https://fhir.cerner.com/t1/codeSet/14002", code: "55" } }],
    });
  });

  it("types HCPCS lines by either HCPCS system and everything else as CPT", () => {
    expect(procedureBillCodeType(HCPCS)).toBe("HCPCS");
    expect(procedureBillCodeType(HCPCS_OID)).toBe("HCPCS");
    expect(procedureBillCodeType("http://www.ama-assn.org/go/cpt")).toBe("CPT");
  });

  it("writes a modifier as a MODIFIER bill code with its priority", () => {
    expect(priorityExtension(2)).toEqual({ url: `${ORACLE_STRUCTURE}/priority`, valueUnsignedInt: 2 });
    expect(modifierCodeExtension({ tenant: "t1" }, "25", 1)).toEqual({
      url: `${ORACLE_STRUCTURE}/modifier-code`,
      extension: [
        { url: "code", valueCodeableConcept: { coding: [{ system: "https://fhir.cerner.com/t1/CodeSystem/BillCodes-MODIFIER", code: "25" }] } },
        { url: `${ORACLE_STRUCTURE}/priority`, valueUnsignedInt: 1 },
      ],
    });
  });
});

describe("planned requests", () => {
  it("posts an operation as FHIR JSON with a header object of its own", () => {
    const body = { resourceType: "Parameters" as const };
    const a = operationRequest("ChargeItem 99213", "ChargeItem/$create", body);
    expect(a).toEqual({ label: "ChargeItem 99213", method: "POST", url: "ChargeItem/$create", headers: { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" }, body, needs: [] });
    a.headers.Authorization = "Bearer x";
    expect(operationRequest("x", "y", body).headers).not.toHaveProperty("Authorization");
  });

  it("names the export file after the encounter and the claim generation", () => {
    const draft = { encounterRef: "Encounter/enc-7" } as ReadyDraft;
    const claim = (value?: string): Bundle => ({
      resourceType: "Bundle",
      type: "transaction",
      entry: [
        { resource: { resourceType: "Provenance" } as never },
        { resource: { resourceType: "Claim", identifier: [{ system: "urn:other", value: "a:b:9" }, ...(value ? [{ system: CLAIM_GENERATION_SYSTEM, value }] : [])] } as never },
      ],
    });
    const download = exportDownload(draft, claim("enc-7:cov-1:3"));
    expect(download.fileName).toBe("claim-enc-7-g3.fhir.json");
    expect(download.instructions).toMatch(/^Send this file to your billing system or clearinghouse\. It is a FHIR R4 transaction Bundle/);
    expect(exportDownload(draft, claim()).fileName).toBe("claim-enc-7-g1.fhir.json");
    expect(exportDownload(draft, { resourceType: "Bundle", type: "transaction" }).fileName).toBe("claim-enc-7-g1.fhir.json");
    const noIdentifier: Bundle = { resourceType: "Bundle", type: "transaction", entry: [{ resource: { resourceType: "Claim" } as never }] };
    expect(exportDownload(draft, noIdentifier).fileName).toBe("claim-enc-7-g1.fhir.json");
    const noValue: Bundle = { resourceType: "Bundle", type: "transaction", entry: [{ resource: { resourceType: "Claim", identifier: [{ system: CLAIM_GENERATION_SYSTEM }] } as never }] };
    expect(exportDownload(draft, noValue).fileName).toBe("claim-enc-7-g1.fhir.json");
  });
});

describe("Oracle ChargeItem operations, element by element", () => {
  const codes = { tenant: "t1" };
  const draft = fixtureDraft("urgent-care-laceration.fhir.json", 2);
  const line = draft.lines[0]!;
  const itemOf = (body: Parameters) => body.parameter?.find((p) => p.name === "chargeItem")?.resource as ChargeItem;
  const txOf = (body: Parameters) => body.parameter?.find((p) => p.name === "transactionId")?.valueUuid;

  it("bills the line to the patient and encounter, with its service identity, units and pointed diagnoses", () => {
    const item = itemOf(buildOracleChargeItemCreate(draft, line, codes).body);
    expect(item.identifier).toEqual([{ system: CHARGE_SERVICE_SYSTEM, value: chargeValueOf(draft, line, 1) }]);
    expect(item.subject).toEqual({ reference: draft.patientRef });
    expect(item.context).toEqual({ reference: draft.encounterRef });
    expect(item.quantity).toEqual({ value: line.units });
    expect(item.code.coding).toEqual([{ system: "https://fhir.cerner.com/t1/CodeSystem/BillCodes-CPT", code: line.code }]);
    expect(item.reason).toEqual(line.diagnosisPointers.map((pointer, i) => ({
      extension: [{ url: `${ORACLE_STRUCTURE}/priority`, valueUnsignedInt: i + 1 }],
      coding: [{ system: "https://fhir.cerner.com/t1/CodeSystem/BillCodes-ICD", code: draft.diagnoses[pointer - 1]!.code }],
    })));
  });

  it("names the performer and the location only when the draft has them, and writes no empty extension list", () => {
    const full = { ...draft, renderingProviderRef: "Practitioner/r1", locationRef: "Location/l1" };
    const item = itemOf(buildOracleChargeItemCreate(full, { ...line, modifiers: ["25", "59"] }, codes).body);
    expect(item.performer).toEqual([{ function: PERFORMER_FUNCTION, actor: { reference: "Practitioner/r1" } }]);
    expect(item.extension?.map((e) => e.url.split("/").pop())).toEqual(["performing-location", "modifier-code", "modifier-code"]);
    expect(item.extension?.[0]).toEqual({ url: `${ORACLE_STRUCTURE}/performing-location`, valueReference: { reference: "Location/l1" } });
    expect(item.extension?.[2]?.extension?.[1]).toEqual({ url: `${ORACLE_STRUCTURE}/priority`, valueUnsignedInt: 2 });
    const bare = itemOf(buildOracleChargeItemCreate({ ...draft, renderingProviderRef: undefined, locationRef: undefined }, { ...line, modifiers: [] }, codes).body);
    expect(bare).not.toHaveProperty("performer");
    expect(bare).not.toHaveProperty("extension");
    const modify = itemOf(buildOracleChargeItemModify({ ...draft, locationRef: undefined }, { ...line, modifiers: [] }, codes, { id: "5", versionId: "1" }).body);
    expect(modify.extension?.map((e) => e.url.split("/").pop())).toEqual(["replacing"]);
  });

  it("dates the charge at the encounter start on the service date, else on the service date alone", () => {
    const on = { ...draft, periodStart: `${line.serviceDate}T09:15:00-05:00` };
    expect(itemOf(buildOracleChargeItemCreate(on, line, codes).body).occurrenceDateTime).toBe(on.periodStart);
    const before = { ...draft, periodStart: "1999-01-01T09:15:00-05:00" };
    expect(itemOf(buildOracleChargeItemCreate(before, line, codes).body).occurrenceDateTime).toBe(line.serviceDate);
    const dateOnly = { ...draft, periodStart: line.serviceDate };
    expect(itemOf(buildOracleChargeItemCreate(dateOnly, line, codes).body).occurrenceDateTime).toBe(line.serviceDate);
    expect(itemOf(buildOracleChargeItemCreate({ ...draft, periodStart: undefined }, line, codes).body).occurrenceDateTime).toBe(line.serviceDate);
  });

  it("gives $modify and $credit transaction ids of their own, per replaced charge and version", () => {
    const create = txOf(buildOracleChargeItemCreate(draft, line, codes).body);
    const modify = (id: string) => txOf(buildOracleChargeItemModify(draft, line, codes, { id, versionId: "1" }).body);
    expect(modify("5")).toBe(modify("5"));
    expect(new Set([create, modify("5"), modify("6")]).size).toBe(3);
    const credit = (id: string, versionId: string) => txOf(buildOracleChargeItemCredit(draft, { id, versionId }).body);
    expect(credit("5", "1")).toBe(credit("5", "1"));
    expect(new Set([credit("5", "1"), credit("5", "2"), credit("6", "1"), modify("5")]).size).toBe(4);
  });

  it.each([
    ["https://ehr.example/r4/t1/ChargeItem/123", 'W/"0"', { id: "123", versionId: "0" }],
    ["https://ehr.example/r4/t1/ChargeItem/123/_history/7", '  "7"  ', { id: "123", versionId: "7" }],
    ["https://ehr.example/r4/t1/ChargeItem/123/_history/12", 'W/"12"', { id: "123", versionId: "12" }],
    ["/ChargeItem/a.b-1/", "12", { id: "a.b-1", versionId: "12" }],
    ["https://ehr.example/r4/t1/ChargeItem/123/_history/", 'W/"0"', undefined],
    ["https://ehr.example/r4/t1/ChargeItem/123/extra", 'W/"0"', undefined],
    ["https://ehr.example/r4/t1/Claim/123", 'W/"0"', undefined],
    ["https://ehr.example/r4/t1/ChargeItem/123", 'W/""', undefined],
    ["https://ehr.example/r4/t1/ChargeItem/123", 'x"1"', undefined],
    ["https://ehr.example/r4/t1/ChargeItem/123", '"1"x', undefined],
  ])("reads the charge from Location %s and ETag %s", (location, etag, expected) => {
    expect(oracleChargeFromHeaders(location, etag)).toEqual(expected);
  });
});
