import type { CapabilityStatement, FhirResource } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { emptyContext } from "../../../src/fhir/context/encounter-context.ts";
import { serviceReads } from "../../../src/fhir/context/service-reads.ts";

function capability(types: Record<string, string[]>): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement", status: "active", date: "2026-11-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
    rest: [{ mode: "server", resource: Object.entries(types).map(([type, params]) => ({ type: type as "Immunization", interaction: [{ code: "read" }, { code: "search-type" }], searchParam: params.map((name) => ({ name, type: "reference" as const })) })) }],
  };
}

describe("serviceReads: immunizations and drugs given, read with the chart", () => {
  it("by encounter where the type declares it (context / encounter), by patient otherwise; Immunization by patient", () => {
    const cs = capability({ Immunization: ["patient"], MedicationAdministration: ["context", "patient"], MedicationRequest: ["patient"], MedicationStatement: ["context"] });
    expect(serviceReads(cs, "p1", "e1").map((r) => r.url)).toEqual([
      "Immunization?patient=Patient/p1&_count=100",
      "MedicationAdministration?context=Encounter/e1&_count=100",
      "MedicationRequest?patient=Patient/p1&_count=100",
      "MedicationStatement?context=Encounter/e1&_count=100",
    ]);
  });

  it("asks nothing of a type the server does not let the app search", () => {
    expect(serviceReads(capability({ Immunization: ["patient"] }), "p1", "e1").map((r) => r.what)).toEqual(["Immunizations"]);
  });

  it("stores each type in the context, without entered-in-error ones", () => {
    const [read] = serviceReads(capability({ Immunization: ["patient"] }), "p1", "e1");
    const context = emptyContext();
    const found: FhirResource[] = [
      { resourceType: "Immunization", id: "a", status: "completed", vaccineCode: { text: "DTaP" }, patient: { reference: "Patient/p1" }, occurrenceDateTime: "2026-11-18" },
      { resourceType: "Immunization", id: "b", status: "entered-in-error", vaccineCode: { text: "DTaP" }, patient: { reference: "Patient/p1" }, occurrenceDateTime: "2026-11-18" },
    ];
    read?.store(context, found);
    expect(context.services.immunizations.map((i) => i.id)).toEqual(["a"]);
  });
});
