import type { ChargeItem, Parameters, ParametersParameter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import {
  buildOracleChargeItemCreate,
  buildOracleChargeItemCredit,
  buildOracleChargeItemModify,
  oracleChargeFromHeaders,
  oracleTenantFromBase,
  type OracleBillCodes,
} from "../../../../src/billing/write-path/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";
import { r4Errors } from "../build/r4-validation.ts";
import { readVendorJson } from "./vendor-capabilities.ts";

const EXAMPLES = "oracle-health/examples";
const codes: OracleBillCodes = {
  tenant: "ec2458f2-1e24-41c8-b71b-0e701af7583d",
  schedules: { CPT: "615214", ICD: "3693", MODIFIER: "3692" },
};
const draft = fixtureDraft("urgent-care-laceration.fhir.json", 2);
const line = draft.lines[0]!;

/** Parameter names with the value[x]/resource key each uses, sorted: the shape Oracle checks. */
function shape(body: Parameters): string[] {
  return (body.parameter ?? [])
    .map((p: ParametersParameter) => `${p.name}:${Object.keys(p).filter((k) => k !== "name").sort().join(",")}`)
    .sort();
}

function chargeItemOf(body: Parameters): ChargeItem {
  return body.parameter?.find((p) => p.name === "chargeItem")?.resource as ChargeItem;
}

function fieldNames(file: string, required: boolean): string[] {
  const table = readVendorJson<{ fields: { name: string; required: string }[] }>(`${EXAMPLES}/${file}`);
  return table.fields.filter((f) => !required || f.required === "Yes").map((f) => f.name);
}

describe("ChargeItem/$create for Oracle Health", () => {
  const example = readVendorJson<Parameters>(`${EXAMPLES}/chargeitem-create-request.json`);
  const request = buildOracleChargeItemCreate(draft, line, codes);
  const item = chargeItemOf(request.body);

  it("has the parameters of the documented example, with the same value types", () => {
    expect(request.url).toBe("ChargeItem/$create");
    expect(shape(request.body)).toEqual(shape(example));
  });

  it("fills every required field of the field table, with status unknown", () => {
    const elements = fieldNames("chargeitem-create-body-fields.json", true)
      .filter((name) => !["resourceType", "parameter", "transactionId", "chargeItem"].includes(name));
    for (const name of elements) expect(item).toHaveProperty(name);
    expect(item.status).toBe("unknown");
    expect(item.context?.reference).toMatch(/^Encounter\//);
  });

  it("uses only elements and extensions the example or the field table knows, plus the service identifier", () => {
    // Not in Oracle's field table: the app's service identity, so the next person can tell which line a charge bills.
    const known = new Set([...Object.keys(chargeItemOf(example)), ...fieldNames("chargeitem-create-body-fields.json", false), "identifier"]);
    for (const key of Object.keys(item)) expect(known).toContain(key);
    for (const ext of item.extension ?? []) expect(known).toContain(ext.url.split("/").pop());
  });

  it("codes the charge, the diagnoses and the modifiers in the tenant's bill-code systems", () => {
    const base = `https://fhir.cerner.com/${codes.tenant}/CodeSystem/BillCodes-`;
    expect(item.code.coding).toEqual([expect.objectContaining({ system: `${base}CPT`, code: line.code })]);
    expect(item.code.coding?.[0]?.extension?.[0]?.valueCoding?.code).toBe("615214");
    expect(item.reason?.map((r) => r.coding?.[0]?.system)).toEqual(line.diagnosisPointers.map(() => `${base}ICD`));
    expect(item.reason?.map((r) => r.extension?.[0]?.valueUnsignedInt)).toEqual(line.diagnosisPointers.map((_, i) => i + 1));
    const modifier = item.extension?.find((e) => e.url.endsWith("/modifier-code"));
    expect(modifier?.extension?.[0]?.valueCodeableConcept?.coding?.[0]).toMatchObject({ system: `${base}MODIFIER`, code: "25" });
  });

  it("keeps the same transactionId on a retry, a new one per line, generation and content, and the same one whatever the local revision", () => {
    const id = (body: Parameters) => body.parameter?.find((p) => p.name === "transactionId")?.valueUuid;
    expect(id(buildOracleChargeItemCreate(draft, line, codes).body)).toBe(id(request.body));
    expect(id(buildOracleChargeItemCreate(draft, draft.lines[1]!, codes).body)).not.toBe(id(request.body));
    expect(id(buildOracleChargeItemCreate({ ...draft, revision: 3 }, line, codes).body)).toBe(id(request.body));
    expect(id(buildOracleChargeItemCreate(draft, line, codes, 2).body)).not.toBe(id(request.body));
    expect(id(buildOracleChargeItemCreate(draft, { ...line, units: line.units + 1 }, codes).body)).not.toBe(id(request.body));
    expect(id(request.body)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it("is a valid R4 Parameters resource", () => {
    expect(r4Errors(request.body)).toEqual([]);
  });
});

describe("ChargeItem/$credit and $modify for Oracle Health", () => {
  const charge = { id: "292427912", versionId: "2" };

  it("$credit has exactly the example's parameters", () => {
    const example = readVendorJson<Parameters>(`${EXAMPLES}/chargeitem-credit-request.json`);
    const request = buildOracleChargeItemCredit(draft, charge);
    expect(request.url).toBe("ChargeItem/292427912/$credit");
    expect(shape(request.body)).toEqual(shape(example));
    expect(r4Errors(request.body)).toEqual([]);
  });

  it("$modify has the example's parameters and the replacing extension with the item version", () => {
    const example = readVendorJson<Parameters>(`${EXAMPLES}/chargeitem-modify-request.json`);
    const request = buildOracleChargeItemModify(draft, line, codes, charge);
    expect(request.url).toBe("ChargeItem/$modify");
    expect(shape(request.body)).toEqual(shape(example));
    const replacing = chargeItemOf(request.body).extension?.find((e) => e.url.endsWith("/replacing"));
    expect(replacing?.valueReference?.reference).toBe("ChargeItem/292427912");
    expect(replacing?.extension).toEqual([{ url: "item-version", valueId: "2" }]);
    // Oracle's documented `replacing` extension has both a value and sub-extensions, which breaks
    // R4's ext-1: we follow the vendor, and that is the only deviation, the same as its example.
    const ext1 = (errors: string[]) => errors.filter((e) => !e.includes("ext-1"));
    expect(ext1(r4Errors(request.body))).toEqual([]);
    expect(r4Errors(request.body)).toHaveLength(1);
    expect(r4Errors(example).some((e) => e.includes("ext-1"))).toBe(true);
  });
});

describe("oracleTenantFromBase", () => {
  it.each([
    ["https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d", "ec2458f2-1e24-41c8-b71b-0e701af7583d"],
    ["https://fhir-ehr.cerner.com/r4/abc/", "abc"],
    ["https://fhir.example", undefined],
  ])("%s -> %s", (url, tenant) => {
    expect(oracleTenantFromBase(url)).toBe(tenant);
  });
});

describe("oracleChargeFromHeaders", () => {
  it("reads the documented $credit answer's Location and ETag", () => {
    const http = readVendorJson<{ operations: { response: { headers: Record<string, string> } }[] }>(`${EXAMPLES}/chargeitem-operations-http.json`);
    const headers = http.operations[0]?.response.headers ?? {};
    expect(oracleChargeFromHeaders(headers.Location, headers.Etag)).toEqual({ id: "2180632343", versionId: "0" });
  });

  it("gives nothing when a header is missing", () => {
    expect(oracleChargeFromHeaders(undefined, 'W/"1"')).toBeUndefined();
    expect(oracleChargeFromHeaders("https://x/ChargeItem/5", null)).toBeUndefined();
  });
});
