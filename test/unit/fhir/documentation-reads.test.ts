import type { CapabilityStatement, Condition, DocumentReference, Encounter, Observation } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { documentationReads, noteDocumentationSupport, reasonReads } from "../../../src/fhir/context/documentation-reads.ts";
import { emptyContext } from "../../../src/fhir/context/encounter-context.ts";
import { decodeBase64, shownAttachment } from "../../../src/fhir/documents/attachment-content.ts";
import { encounterDocuments, visitReasons } from "../../../src/fhir/documents/encounter-documents.ts";

function statement(types: Record<string, string[]>): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement", status: "active", date: "2026-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
    rest: [{ mode: "server", resource: Object.entries(types).map(([type, params]) => ({ type: type as "Patient", interaction: [{ code: "search-type" as const }], searchParam: params.map((name) => ({ name, type: "reference" as const })) })) }],
  };
}

const encounter: Encounter = {
  resourceType: "Encounter", id: "e1", status: "finished", class: { code: "AMB" }, period: { start: "2026-03-04T09:00:00-05:00" },
  reasonCode: [{ coding: [{ system: "http://snomed.info/sct", code: "10509002", display: "Acute bronchitis (disorder)" }] }],
  reasonReference: [{ reference: "Condition/c1" }, { reference: "Observation/o1" }, { reference: "Condition/c-other" }],
};
const note = (id: string, extra: Partial<DocumentReference>): DocumentReference => ({ resourceType: "DocumentReference", id, status: "current", content: [{ attachment: { contentType: "text/plain", data: "" } }], ...extra });

describe("documentation reads", () => {
  it("searches notes and reports by encounter where the server declares it, by patient otherwise, and names what it cannot search", () => {
    const byEncounter = documentationReads(statement({ DocumentReference: ["encounter", "patient"], DiagnosticReport: ["patient"] }), "p1", "e1");
    expect(byEncounter.map((r) => r.url)).toEqual(["DocumentReference?encounter=Encounter/e1&_count=100", "DiagnosticReport?patient=Patient/p1&_count=100"]);
    const context = emptyContext();
    noteDocumentationSupport(context, statement({ DiagnosticReport: ["encounter"] }));
    expect(context.documentation.notSearchable).toEqual(["DocumentReference"]);
    expect(documentationReads(statement({}), "p1", "e1")).toEqual([]);
  });

  it("keeps the encounter's notes (and undated-encounter ones for the screen to place), drops another visit's and withdrawn ones", () => {
    const [read] = documentationReads(statement({ DocumentReference: ["patient"] }), "p1", "e1");
    const context = emptyContext();
    read?.store(context, [
      note("mine", { context: { encounter: [{ reference: "Encounter/e1" }] } }),
      note("other-visit", { context: { encounter: [{ reference: "Encounter/e9" }] } }),
      note("same-day", { date: "2026-03-04T16:00:00-05:00" }),
      note("other-day", { date: "2026-02-01T10:00:00-05:00" }),
      note("withdrawn", { status: "entered-in-error", context: { encounter: [{ reference: "Encounter/e1" }] } }),
    ]);
    expect(context.documentation.notes.map((n) => n.id)).toEqual(["mine", "same-day", "other-day"]);
    expect(encounterDocuments({ ...context, encounter }).map((d) => d.key)).toEqual(["DocumentReference/mine", "DocumentReference/same-day"]);
  });

  it("reads in round 2 only the reasons round 1 did not bring, and lists every reason in words", () => {
    const context = { ...emptyContext(), encounter };
    const known: Condition = { resourceType: "Condition", id: "c1", subject: {}, code: { text: "Sore throat" } };
    context.encounterConditions.push(known);
    const reads = reasonReads(context);
    expect(reads.map((r) => r.url)).toEqual(["Observation/o1", "Condition/c-other"]);
    const observation: Observation = { resourceType: "Observation", id: "o1", status: "final", code: { coding: [{ display: "Fever" }] } };
    reads[0]?.store(context, [observation]);
    expect(visitReasons(context).map((r) => [r.key, r.text])).toEqual([
      ["reasonCode/0", "Acute bronchitis (disorder)"], ["Condition/c1", "Sore throat"], ["Observation/o1", "Fever"],
    ]);
  });

  it("shows HTML before plain text before PDF, and decodes base64 data", () => {
    const chosen = shownAttachment([{ contentType: "application/pdf", data: "" }, { contentType: "text/plain; charset=utf-8", data: "" }, { contentType: "text/html", url: "Binary/1" }]);
    expect(chosen?.contentType).toBe("text/html");
    expect(new TextDecoder().decode(decodeBase64(Buffer.from("Assessment: café", "utf8").toString("base64")))).toBe("Assessment: café");
  });
});
