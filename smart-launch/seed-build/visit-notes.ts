/**
 * Clinical notes for the sandbox's encounters, as US Core clinical notes: a DocumentReference
 * (category clinical-note, LOINC 11506-3 progress note) per encounter, its text in the
 * attachment's data. The hand-built encounters get the notes written for them in notes/
 * (<encounter id>.txt as text/plain, .html as text/html) and one DiagnosticReport with a
 * presentedForm (report-<encounter id>-<name>.txt) and one outside letter as a PDF
 * (pdf-<encounter id>-<name>.txt, its lines made into a PDF); every other encounter gets a short note
 * generated from its own resources (reason, conditions, procedures, immunizations, medications).
 * Note texts carry no calendar dates: the sandbox moves every date at start, and a date inside
 * a note's text would not move with it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Attachment, CodeableConcept, DiagnosticReport, DocumentReference, Encounter, FhirResource, Reference } from "fhir/r4";
import { textPdf } from "./text-pdf.ts";

const NOTES_DIR = resolve(import.meta.dirname, "notes");
const LOINC = "http://loinc.org";
const PROGRESS_NOTE = { system: LOINC, code: "11506-3", display: "Progress note" };
const CLINICAL_NOTE = { system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", code: "clinical-note", display: "Clinical Note" };
const RADIOLOGY = { system: LOINC, code: "LP29684-5", display: "Radiology" };
const CHEST_XRAY = { system: LOINC, code: "36643-5", display: "XR Chest 2 Views" };

function attachment(text: string, contentType: string, title: string): Attachment {
  return { contentType, data: Buffer.from(text, "utf8").toString("base64"), title };
}

const authorOf = (encounter: Encounter): Reference[] =>
  (encounter.participant ?? []).flatMap((p) => (p.individual?.reference?.startsWith("Practitioner/") ? [{ reference: p.individual.reference }] : []));

function noteFor(encounter: Encounter, text: string, contentType: string, title: string): DocumentReference {
  return documentFor(encounter, `note-${encounter.id ?? ""}`, attachment(text, contentType, title), title);
}

function documentFor(encounter: Encounter, id: string, content: Attachment, title: string, type = PROGRESS_NOTE, author = authorOf(encounter)): DocumentReference {
  const when = encounter.period?.end ?? encounter.period?.start;
  return {
    resourceType: "DocumentReference", id, status: "current", docStatus: "final",
    type: { coding: [type], text: type.display }, category: [{ coding: [CLINICAL_NOTE] }],
    subject: encounter.subject ?? {}, ...(when ? { date: when } : {}), ...(author.length ? { author } : {}),
    description: title,
    content: [{ attachment: content }],
    context: { encounter: [{ reference: `Encounter/${encounter.id ?? ""}` }], ...(encounter.period ? { period: encounter.period } : {}) },
  };
}

/** SNOMED's semantic tag dropped: "Acute bronchitis (disorder)" reads "Acute bronchitis". */
function words(concept: CodeableConcept | undefined): string {
  const text = concept?.text ?? concept?.coding?.find((c) => c.display)?.display ?? "";
  return text.replace(/\s*\((disorder|finding|procedure|situation|regime\/therapy|observable entity|morphologic abnormality|event|person)\)\s*$/i, "").trim();
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const unique = (items: string[]) => [...new Set(items.filter((i) => i !== ""))];

interface Pointing { resourceType: string; encounter?: Reference; context?: Reference; code?: CodeableConcept; vaccineCode?: CodeableConcept; medicationCodeableConcept?: CodeableConcept }

/** A short note from the encounter's own resources: what was recorded, in the note's usual sections. */
export function generatedNoteText(encounter: Encounter, resources: readonly FhirResource[]): string {
  const ref = `Encounter/${encounter.id ?? ""}`;
  const mine = (resources as readonly Pointing[]).filter((r) => (r.encounter ?? r.context)?.reference === ref);
  const of = (type: string, concept: (r: Pointing) => CodeableConcept | undefined) => unique(mine.filter((r) => r.resourceType === type).map((r) => words(concept(r))));
  const conditions = of("Condition", (r) => r.code);
  const reasons = unique((encounter.reasonCode ?? []).map(words));
  const lines = ["VISIT NOTE (summary generated from the visit's chart entries)", "", `Visit: ${sentence(words(encounter.type?.[0]) || "Encounter")}`];
  if (reasons.length) lines.push(`Reason for visit: ${sentence(reasons.join("; "))}`);
  lines.push("", "Assessment and Plan:");
  if (conditions.length) conditions.forEach((c, i) => lines.push(`${i + 1}. ${sentence(c)}`));
  else if (reasons.length) lines.push(`Seen for ${sentence(reasons.join("; "))}`);
  else lines.push("No new diagnosis was recorded at this visit.");
  const sections: [string, string[]][] = [
    ["Procedures", of("Procedure", (r) => r.code)],
    ["Immunizations", of("Immunization", (r) => r.vaccineCode)],
    ["Medications", of("MedicationRequest", (r) => r.medicationCodeableConcept).map((m) => `${m} (prescribed)`)],
  ];
  for (const [heading, items] of sections) if (items.length) lines.push("", `${heading}:`, ...items.map((item) => `- ${sentence(item)}`));
  return `${lines.join("\n")}\n`;
}

/** Generated notes for the encounters given (resources: the patient's, to find what points at each). */
export function generatedNotes(encounters: readonly Encounter[], resources: readonly FhirResource[]): DocumentReference[] {
  return encounters.map((e) => noteFor(e, generatedNoteText(e, resources), "text/plain", "Visit note (generated)"));
}

const WRITTEN = /^(enc-[a-z0-9-]+)\.(txt|html)$/;
const PDF_LETTER = /^pdf-(enc-[a-z0-9]+-[0-9]+)-([a-z0-9-]+)\.txt$/;
const CONSULT_NOTE = { system: LOINC, code: "11488-4", display: "Consult note" };

/** An outside letter filed with the visit as a PDF (its first line is its title; no author of this practice). */
function pdfLetter(encounter: Encounter, name: string, text: string): DocumentReference {
  const lines = text.trimEnd().split("\n");
  const title = lines[0] ?? "Outside letter";
  const pdf: Attachment = { contentType: "application/pdf", data: textPdf(lines).toString("base64"), title };
  return documentFor(encounter, `doc-${encounter.id ?? ""}-${name}`, pdf, title, CONSULT_NOTE, []);
}
const REPORT = /^report-(enc-[a-z0-9]+-[0-9]+)-([a-z0-9-]+)\.txt$/;

function chestXrayReport(encounter: Encounter, name: string, text: string): DiagnosticReport {
  const impression = text.split(/\nImpression:\s*\n/)[1]?.trim().split("\n").map((l) => l.replace(/^\d+\.\s*/, "")).join(" ");
  const when = encounter.period?.end ?? encounter.period?.start;
  return {
    resourceType: "DiagnosticReport", id: `report-${encounter.id ?? ""}-${name}`, status: "final",
    category: [{ coding: [RADIOLOGY] }], code: { coding: [CHEST_XRAY], text: "Chest X-ray, two views" },
    subject: encounter.subject ?? {}, encounter: { reference: `Encounter/${encounter.id ?? ""}` },
    ...(when ? { effectiveDateTime: when, issued: when } : {}),
    ...(impression ? { conclusion: impression } : {}),
    presentedForm: [attachment(text, "text/plain", "Chest X-ray report")],
  };
}

/**
 * The hand-built encounters' notes: the written note where notes/ has one, a generated note
 * otherwise, and the written reports. `resources` are the hand-built resources.
 */
export function handBuiltNotes(resources: readonly FhirResource[]): FhirResource[] {
  const encounters = new Map(resources.filter((r): r is Encounter => r.resourceType === "Encounter").map((e) => [e.id ?? "", e]));
  const written = new Set<string>();
  const notes: FhirResource[] = [];
  for (const file of readdirSync(NOTES_DIR).sort()) {
    const text = readFileSync(resolve(NOTES_DIR, file), "utf8");
    const note = WRITTEN.exec(file);
    const report = REPORT.exec(file);
    const letter = PDF_LETTER.exec(file);
    const encounter = encounters.get(note?.[1] ?? report?.[1] ?? letter?.[1] ?? "");
    if (!encounter) continue;
    if (letter?.[2]) notes.push(pdfLetter(encounter, letter[2], text));
    else if (note) {
      written.add(encounter.id ?? "");
      notes.push(noteFor(encounter, text, note[2] === "html" ? "text/html" : "text/plain", "Progress note"));
    } else if (report?.[2]) notes.push(chestXrayReport(encounter, report[2], text));
  }
  const rest = [...encounters.values()].filter((e) => !written.has(e.id ?? ""));
  return [...notes, ...generatedNotes(rest, resources)];
}
