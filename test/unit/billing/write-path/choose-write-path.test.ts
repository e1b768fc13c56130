import { describe, expect, it } from "vitest";
import { chooseWritePath, type WritePathKind } from "../../../../src/billing/write-path/index.ts";
import { genericCapability, readVendorCapability, vendorCapabilityFiles } from "./vendor-capabilities.ts";

/** What each real vendor statement allows, checked by hand against the statements. */
const EXPECTED: Record<string, WritePathKind> = {
  "athenahealth/capability-statement-r4.json": "export",
  "eclinicalworks/capability-statement-r4-healow.json": "export",
  "eclinicalworks/capability-statement-r4.json": "export",
  "epic/capability-statement-r4.json": "export",
  "hapi/capability-statement-r4-smilecdr-r4.smarthealthit.org.json": "transaction",
  "meditech/capability-statement-r4.json": "export",
  "nextgen/capability-statement-r4-enterprise.json": "export",
  "nextgen/capability-statement-r4-office.json": "export",
  "oracle-health/capability-statement-r4-open.json": "export",
  "oracle-health/capability-statement-r4-secure.json": "oracle-operations",
  "veradigm/capability-statement-r4.json": "export",
};

describe("chooseWritePath on the real vendor CapabilityStatements", () => {
  it("has an expectation for every vendor statement in the fixtures", () => {
    expect(vendorCapabilityFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s -> %s", (file, kind) => {
    const path = chooseWritePath(readVendorCapability(file));
    expect(path.kind).toBe(kind);
    expect(path.explanation.length).toBeGreaterThan(40);
    expect(path.writes.length).toBeGreaterThan(0);
  });

  it("names the server and what it lacks when exporting (Epic)", () => {
    const path = chooseWritePath(readVendorCapability("epic/capability-statement-r4.json"));
    expect(path.explanation).toContain("Epic");
    expect(path.explanation).toContain("no ChargeItem create");
    expect(path.explanation).toContain("no Claim create");
    expect(path.writes.join(" ")).toMatch(/download/);
  });

  it("on Oracle Health secure, writes charges by $create and exports the Claim", () => {
    const path = chooseWritePath(readVendorCapability("oracle-health/capability-statement-r4-secure.json"));
    expect(path.writes[0]).toContain("ChargeItem/$create");
    expect(path.writes[1]).toMatch(/Claim.*download/);
  });

  it("uses a configured billing endpoint when the EHR accepts no claim", () => {
    const path = chooseWritePath(readVendorCapability("epic/capability-statement-r4.json"), { billingEndpoint: "https://billing.example/fhir" });
    expect(path).toMatchObject({ kind: "billing-endpoint", url: "https://billing.example/fhir" });
    expect(path.writes.join(" ")).toContain("https://billing.example/fhir");
    const oracle = chooseWritePath(readVendorCapability("oracle-health/capability-statement-r4-secure.json"), { billingEndpoint: "https://b.example" });
    expect(oracle.kind).toBe("billing-endpoint");
  });

  it("prefers the EHR itself when it accepts the claim, even with a billing endpoint configured", () => {
    const file = "hapi/capability-statement-r4-smilecdr-r4.smarthealthit.org.json";
    expect(chooseWritePath(readVendorCapability(file), { billingEndpoint: "https://b.example" }).kind).toBe("transaction");
  });
});

describe("chooseWritePath on generic servers", () => {
  it("uses a transaction when declared", () => {
    const path = chooseWritePath(genericCapability({ transaction: true }));
    expect(path.kind).toBe("transaction");
    expect(path.explanation).toContain("Sandbox EHR");
  });

  it("falls back to per-resource conditional creates without a transaction", () => {
    expect(chooseWritePath(genericCapability({ transaction: false })).kind).toBe("per-resource");
  });

  it("refuses creates a retry could duplicate (no conditional create)", () => {
    const path = chooseWritePath(genericCapability({ transaction: true, conditionalCreate: false }));
    expect(path.kind).toBe("export");
    expect(path.explanation).toContain("Claim create without conditional create");
  });

  it("exports from an empty statement instead of failing", () => {
    const path = chooseWritePath({ resourceType: "CapabilityStatement", status: "active", date: "2026", kind: "instance", fhirVersion: "4.0.1", format: ["json"] });
    expect(path.kind).toBe("export");
    expect(path.serverName).toBe("the EHR");
  });
});
