import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DocumentReference, FhirResource } from "fhir/r4";
import { http, HttpResponse } from "msw";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/ui/shell/app-shell.tsx";
import { FAKE_BASE, fakeFhirServer, loadFixtureResources } from "../../msw/fake-fhir-server.ts";
import { server } from "../../msw/server.ts";
import { realCodeService, renderWithProviders } from "./render-with-providers.tsx";

const chart = loadFixtureResources("context/office-visit.fhir.json");
/** The chart with a reason for the visit on the encounter. */
const withReason = (text: string) => chart.map((r) => (r.resourceType === "Encounter" && r.id === "e1" ? { ...r, reasonCode: [{ text }] } : r));
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

const PLAIN = "PROGRESS NOTE\n\nSubjective:\nCough for a week.\n\nAssessment and Plan:\n1. Chronic kidney disease stage 3a. Increase lisinopril.\n2. Essential hypertension.\n3. Sore throat and fever, likely strep pharyngitis.\n";
const HTML = `<h3>Assessment</h3><p>Acute gout flare of the right great toe.</p><script>window.__injected = true</script>
<p onclick="window.__clicked = true">Clickable <a href="javascript:window.__js = true">link text</a><img src="x" onerror="window.__img = true"></p><iframe src="https://evil.example"></iframe>`;

function note(id: string, attachment: DocumentReference["content"][number]["attachment"], title: string): DocumentReference {
  return {
    resourceType: "DocumentReference", id, status: "current", description: title, subject: { reference: "Patient/p1" },
    content: [{ attachment }], context: { encounter: [{ reference: "Encounter/e1" }] },
  };
}

const NOTES = [
  note("n-plain", { contentType: "text/plain", data: base64(PLAIN) }, "Progress note"),
  note("n-html", { contentType: "text/html; charset=utf-8", data: base64(HTML) }, "Podiatry note"),
  note("n-pdf", { contentType: "application/pdf", url: "Binary/b-pdf" }, "Outside records"),
];

const searchset = (resources: FhirResource[]) => ({ resourceType: "Bundle", type: "searchset", entry: resources.map((resource) => ({ resource, search: { mode: "match" } })) });

/** The fake chart, with a server that also searches DocumentReference and DiagnosticReport by encounter and serves a Binary. */
function serveChart(notes: DocumentReference[] | undefined, resources = chart) {
  server.use(...fakeFhirServer({ resources, batch: false }));
  if (!notes) return;
  server.use(
    http.get(`${FAKE_BASE}/metadata`, () => {
      const types = ["Patient", "Encounter", "Condition", "Procedure", "Coverage", "Practitioner", "Organization", "Location", "DocumentReference", "DiagnosticReport", "Binary"];
      return HttpResponse.json({
        resourceType: "CapabilityStatement", status: "active", date: "2026-01-01", kind: "instance", fhirVersion: "4.0.1", format: ["json"],
        rest: [{ mode: "server", resource: types.map((type) => ({ type, interaction: [{ code: "read" }, { code: "search-type" }], searchParam: [{ name: "patient", type: "reference" }, { name: "encounter", type: "reference" }] })) }],
      });
    }),
    http.get(`${FAKE_BASE}/DocumentReference`, ({ request }) => HttpResponse.json(new URL(request.url).searchParams.get("encounter") === "Encounter/e1" ? searchset(notes) : searchset([]))),
    http.get(`${FAKE_BASE}/DiagnosticReport`, () => HttpResponse.json(searchset([]))),
    http.get(`${FAKE_BASE}/Binary/b-pdf`, () => HttpResponse.json({ resourceType: "Binary", contentType: "application/pdf", data: base64("%PDF-1.4\n%test\n") })),
  );
}

describe("Documentation region", () => {
  // The code sets load and the suggestion tables build once per file, before the tests.
  beforeAll(async () => {
    await realCodeService().suggestDiagnoses({ resourceType: "Condition", subject: {}, code: { text: "acute bronchitis" } });
  }, 60_000);

  beforeEach(() => {
    window.localStorage.clear();
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:https://app.example/pdf-1"), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the plain-text note, the HTML note sanitized and the PDF in a frame", async () => {
    serveChart(NOTES, withReason("Cough and chest tightness"));
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
    const region = await screen.findByRole("region", { name: "Documentation" });
    expect(within(region).getByRole("heading", { name: "Reason for visit" }).nextElementSibling?.textContent).toBe("Cough and chest tightness");
    const plain = await within(region).findByRole("article", { name: "Progress note" });
    expect(plain.textContent).toContain("1. Chronic kidney disease stage 3a. Increase lisinopril.");
    const html = await within(region).findByRole("article", { name: "Podiatry note" });
    expect(within(html).getByRole("heading", { name: "Assessment" })).toBeTruthy();
    expect(html.textContent).toContain("Acute gout flare of the right great toe.");
    expect(html.textContent).toContain("Clickable link text");
    expect(html.querySelector("script, iframe, img, a, [onclick], [onerror], [href]")).toBeNull();
    expect(html.textContent).not.toContain("__injected");
    const frame = await within(region).findByTitle("Outside records (PDF)");
    expect(frame.tagName).toBe("IFRAME");
    expect(frame.getAttribute("src")).toBe("blob:https://app.example/pdf-1");
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.objectContaining({ type: "application/pdf" }));
  });

  it("suggests diagnoses from the assessment, not the chart's own again; a suggestion's source link highlights its sentence and moves focus there", async () => {
    // A short assessment: the suggestions run on the real code sets (uncertain wording is covered by the domain tests and the e2e).
    serveChart([note("n-short", { contentType: "text/plain", data: base64("Assessment and Plan:\n1. Chronic kidney disease stage 3a. Increase lisinopril.\n2. Essential hypertension.\n") }, "Progress note")]);
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
    const diagnoses = await screen.findByRole("region", { name: "Diagnoses" });
    const fromNotes = await within(diagnoses).findByRole("list", { name: "Diagnoses from the documentation" });
    await within(fromNotes).findByRole("button", { name: /^Accept N18\.31 / }, { timeout: 20_000 });
    // I10 is the chart's own problem-list code, offered above: not offered again.
    expect(within(fromNotes).queryByRole("button", { name: /^Accept I10 / })).toBeNull();
    await userEvent.click(within(fromNotes).getByRole("link", { name: "Source: “Chronic kidney disease stage 3a.”" }));
    const region = screen.getByRole("region", { name: "Documentation" });
    const mark = await waitFor(() => {
      const found = region.querySelector("mark");
      if (!found) throw new Error("no highlight yet");
      return found;
    });
    expect(mark.textContent).toBe("Chronic kidney disease stage 3a.");
    expect(mark.closest("article")?.getAttribute("aria-label")).toBe("Progress note");
    expect(document.activeElement).toBe(mark);
    await userEvent.click(within(fromNotes).getByRole("button", { name: /^Accept N18\.31 / }));
    expect(within(diagnoses).getByRole("list", { name: "Claim diagnoses" }).textContent).toContain("N18.31");
  });

  it("says so when the EHR does not offer its notes to apps, and the coding still works", async () => {
    serveChart(undefined);
    renderWithProviders(<AppShell today="2026-03-04" now={() => "2026-03-04T15:00:00Z"} />);
    const region = await screen.findByRole("region", { name: "Documentation" });
    expect(within(region).getByText(/does not offer its clinical notes \(DocumentReference search\)/)).toBeTruthy();
    expect(await within(screen.getByRole("region", { name: "Diagnoses" })).findByRole("button", { name: /^Accept J20\.9/ }, { timeout: 20_000 })).toBeTruthy();
  });
});
