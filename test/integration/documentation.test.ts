/**
 * The encounter's documentation against the sandbox, with the app's own scopes: written notes for
 * the hand-built encounters (text/plain, one text/html, a report with a presentedForm, a PDF letter), a
 * generated note for every Synthea encounter, read in the chart's round trips on each persona;
 * without the DocumentReference scope the read is refused and named, and the rest of the chart stays.
 */
import type { Bundle, Encounter } from "fhir/r4";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { loadEncounterContext } from "../../src/fhir/context/load-encounter-context.ts";
import { readAttachment, shownAttachment } from "../../src/fhir/documents/attachment-content.ts";
import { encounterDocuments, visitReasons } from "../../src/fhir/documents/encounter-documents.ts";
import { createFhirGateway, type FhirGateway } from "../../src/fhir/fhir-gateway.ts";
import { DEFAULT_SCOPES } from "../../src/smart/smart-config.ts";
import type { SandboxUrls } from "./global-setup.ts";
import { fhirGet, launchAndGetTokens, OFFICE_VISIT } from "./smart-flow.ts";

const { generic, epic, oracle } = inject("sandboxes");
const tokens = new Map<SandboxUrls, string>();
const DOCUMENTATION_PARTS = ["Clinical notes", "Reports", "Reason for visit"];
/** What of the documentation could not be read (other parts of the chart are other tests' concern). */
const documentationMissing = (missing: { what: string; error: { status: number } }[]) => missing.filter((m) => DOCUMENTATION_PARTS.includes(m.what)).map((m) => [m.what, m.error.status]);

beforeAll(async () => {
  for (const sandbox of [generic, epic, oracle]) tokens.set(sandbox, (await launchAndGetTokens(sandbox, OFFICE_VISIT, `launch ${DEFAULT_SCOPES}`)).access_token);
});

function gatewayFor(sandbox: SandboxUrls, requests?: string[]): FhirGateway {
  return createFhirGateway({ baseUrl: sandbox.fhirBase, getAccessToken: async () => tokens.get(sandbox), ...(requests ? { onRequest: (m, url) => void requests.push(`${m} ${url}`) } : {}) });
}

async function documentsOf(gateway: FhirGateway, patientId: string, encounterId: string) {
  const context = await loadEncounterContext(gateway, { patientId, encounterId });
  const encounter = context.encounter;
  if (!encounter) throw new Error(`no encounter ${encounterId}`);
  const documents = encounterDocuments({ ...context, encounter });
  const contents = await Promise.all(documents.map((d) => readAttachment(gateway, shownAttachment(d.attachments) ?? {})));
  return { context, documents, contents };
}

describe("clinical notes from the sandbox", () => {
  it.each([["generic", generic], ["epic", epic], ["oracle", oracle]] as const)("serves the written SOAP note of a hand-built visit with the app's scopes (%s)", async (_name, sandbox) => {
    const requests: string[] = [];
    const { context, documents, contents } = await documentsOf(gatewayFor(sandbox, requests), "pat-epic-1", "enc-office-1");
    expect(documentationMissing(context.missing)).toEqual([]);
    expect(context.documentation.notSearchable).toEqual([]);
    expect(documents.map((d) => d.key)).toEqual(["DocumentReference/note-enc-office-1"]);
    const content = contents[0];
    expect(content?.kind).toBe("text");
    expect(content?.kind === "text" && content.text).toMatch(/Assessment and Plan:\n1\. Type 2 diabetes mellitus with diabetic chronic kidney disease\./);
    // Read with the chart: where the persona offers batch, the notes ride in the same two round trips.
    if (sandbox !== epic) expect(requests.filter((r) => r.startsWith("POST")).length).toBe(2);
  });

  it("serves the text/html note and the report with its presentedForm", async () => {
    const gateway = gatewayFor(generic);
    const html = await documentsOf(gateway, "pat-oracle-1", "enc-office-3");
    expect(html.contents[0]?.kind).toBe("html");
    expect(html.contents[0]?.kind === "html" && html.contents[0].html).toContain("<h3>Assessment and Plan</h3>");
    const visit = await documentsOf(gateway, "pat-epic-1", "enc-visit-05");
    expect(visit.documents.map((d) => [d.kind, d.key])).toEqual([["note", "DocumentReference/note-enc-visit-05"], ["report", "DiagnosticReport/report-enc-visit-05-chest-xray"]]);
    expect(visit.documents[1]?.conclusion).toMatch(/^Cardiomegaly/);
    expect(visit.contents[1]?.kind === "text" && visit.contents[1].text).toMatch(/^XR CHEST 2 VIEWS/);
  });

  it("serves an outside letter as a PDF beside the visit's note", async () => {
    const { documents, contents } = await documentsOf(gatewayFor(generic), "pat-oracle-1", "enc-office-4");
    expect(documents.map((d) => d.key).sort()).toEqual(["DocumentReference/doc-enc-office-4-eye-exam", "DocumentReference/note-enc-office-4"]);
    const pdf = contents[documents.findIndex((d) => d.key.endsWith("eye-exam"))];
    expect(pdf?.kind).toBe("pdf");
    expect(pdf?.kind === "pdf" && new TextDecoder().decode(pdf.bytes.slice(0, 8))).toBe("%PDF-1.4");
  });

  it("serves a generated note for every Synthea encounter of a patient, from the encounter's own resources", async () => {
    const gateway = gatewayFor(generic);
    const bundle = (await (await fhirGet(generic, tokens.get(generic) ?? "", "Encounter?_count=1000")).json()) as Bundle<Encounter>;
    const synthea = (bundle.entry ?? []).map((e) => e.resource).filter((e): e is Encounter => Boolean(e?.id && !e.id.startsWith("enc-")));
    const patientId = synthea[0]?.subject?.reference?.split("/")[1] ?? "";
    const own = synthea.filter((e) => e.subject?.reference === `Patient/${patientId}`);
    expect(own.length).toBeGreaterThan(1);
    for (const encounter of own) {
      const { documents, contents } = await documentsOf(gateway, patientId, encounter.id ?? "");
      expect(documents.length, encounter.id).toBe(1);
      const text = contents[0]?.kind === "text" ? contents[0].text : "";
      expect(text).toMatch(/^VISIT NOTE/);
      expect(text).toContain("Assessment and Plan:");
      const reason = encounter.reasonCode?.[0]?.text ?? encounter.reasonCode?.[0]?.coding?.[0]?.display;
      if (reason) expect(text).toContain(reason.replace(/\s*\([a-z /]+\)$/, ""));
    }
  });

  it("gives every hand-built encounter a reason for visit: SNOMED reasonCode with its words, or a reasonReference read and resolved", async () => {
    const bundle = (await (await fhirGet(generic, tokens.get(generic) ?? "", "Encounter?_count=1000")).json()) as Bundle<Encounter>;
    const handBuilt = (bundle.entry ?? []).map((e) => e.resource).filter((e): e is Encounter => Boolean(e?.id?.startsWith("enc-")));
    expect(handBuilt.length).toBeGreaterThanOrEqual(20);
    for (const encounter of handBuilt) {
      const coded = encounter.reasonCode ?? [];
      expect(coded.length + (encounter.reasonReference ?? []).length, encounter.id).toBeGreaterThan(0);
      for (const reason of coded) {
        expect(reason.text, encounter.id).toMatch(/[A-Za-z]{3}/);
        expect(reason.coding?.find((c) => c.system === "http://snomed.info/sct" && /^\d{6,18}$/.test(c.code ?? ""))?.display, encounter.id).toBeTruthy();
      }
    }
    const reasonsOf = async (sandbox: SandboxUrls, patientId: string, encounterId: string) => {
      const { context } = await documentsOf(gatewayFor(sandbox), patientId, encounterId);
      if (!context.encounter) throw new Error(`no encounter ${encounterId}`);
      return visitReasons({ ...context, encounter: context.encounter });
    };
    expect((await reasonsOf(generic, "pat-epic-1", "enc-office-2")).map((r) => [r.key, r.text])).toEqual([["reasonCode/0", "Cough for 10 days"]]);
    for (const sandbox of [generic, oracle]) {
      const reasons = await reasonsOf(sandbox, "pat-oracle-1", "enc-office-4");
      expect(reasons.map((r) => [r.key, r.text])).toEqual([["Condition/cond-office-4-dm", "Type 2 diabetes mellitus without complications"]]);
      expect(reasons[0]?.code?.coding?.map((c) => c.code)).toEqual(["44054006", "E11.9"]);
    }
  });

  it("names the notes it could not read when the token lacks the DocumentReference scope, and reads the rest", async () => {
    const scope = `launch ${DEFAULT_SCOPES}`.split(" ").filter((s) => s !== "user/DocumentReference.rs").join(" ");
    const token = (await launchAndGetTokens(generic, OFFICE_VISIT, scope)).access_token;
    const gateway = createFhirGateway({ baseUrl: generic.fhirBase, getAccessToken: async () => token });
    const context = await loadEncounterContext(gateway, { patientId: "pat-epic-1", encounterId: "enc-office-1" });
    expect(context.encounter?.id).toBe("enc-office-1");
    expect(context.documentation.notes).toEqual([]);
    expect(documentationMissing(context.missing)).toEqual([["Clinical notes", 403]]);
  });
});
