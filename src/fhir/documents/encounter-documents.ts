import type { Attachment, CodeableConcept, Condition, DiagnosticReport, DocumentReference, Encounter, Observation, Procedure } from "fhir/r4";
import type { EncounterContext } from "../context/encounter-context.ts";

/** A note or report narrative of the encounter, as the Documentation region lists it. */
export interface EncounterDocument {
  /** Stable key: "DocumentReference/id" or "DiagnosticReport/id". */
  key: string;
  kind: "note" | "report";
  title: string;
  date?: string;
  /** "Practitioner/id" of the author, for a name. */
  authorRef?: string;
  /** docStatus other than final ("preliminary", "amended"). */
  status?: string;
  attachments: Attachment[];
  /** DiagnosticReport.conclusion. */
  conclusion?: string;
}

/** A reason for the visit: Encounter.reasonCode, or a reasonReference resolved. */
export interface VisitReason {
  key: string;
  text: string;
  code?: CodeableConcept;
}

const conceptText = (c: CodeableConcept | undefined) => c?.text ?? c?.coding?.find((x) => x.display)?.display ?? c?.coding?.[0]?.code ?? "";

/** A note without an encounter belongs to the visit when its date (or period) is the visit's day. */
function sameDay(note: DocumentReference, encounter: Encounter): boolean {
  const day = encounter.period?.start?.slice(0, 10);
  const when = note.context?.period?.start ?? note.date;
  return Boolean(day && when?.slice(0, 10) === day);
}

function noteTitle(note: DocumentReference): string {
  return note.description ?? note.content[0]?.attachment.title ?? (conceptText(note.type) || "Clinical note");
}

export function encounterDocuments(context: EncounterContext & { encounter: Encounter }): EncounterDocument[] {
  const notes = context.documentation.notes
    .filter((n) => (n.context?.encounter ?? []).length > 0 || sameDay(n, context.encounter))
    .map((n): EncounterDocument => ({
      key: `DocumentReference/${n.id ?? ""}`, kind: "note", title: noteTitle(n),
      ...(n.date ? { date: n.date } : {}),
      ...(n.author?.[0]?.reference ? { authorRef: n.author[0].reference } : {}),
      ...(n.docStatus && n.docStatus !== "final" ? { status: n.docStatus } : {}),
      attachments: n.content.map((c) => c.attachment),
    }));
  const reports = context.documentation.reports.map((r: DiagnosticReport): EncounterDocument => ({
    key: `DiagnosticReport/${r.id ?? ""}`, kind: "report", title: conceptText(r.code) || "Report",
    ...(r.issued ?? r.effectiveDateTime ? { date: r.issued ?? r.effectiveDateTime } : {}),
    ...(r.status !== "final" ? { status: r.status } : {}),
    attachments: r.presentedForm ?? [],
    ...(r.conclusion ? { conclusion: r.conclusion } : {}),
  }));
  return [...notes, ...reports];
}

type Reasoned = Condition | Observation | Procedure;

/** The reasons for the visit: reasonCode texts, then each reasonReference's code (read or already in the context). */
export function visitReasons(context: EncounterContext & { encounter: Encounter }): VisitReason[] {
  const byRef = new Map<string, Reasoned>();
  for (const r of [...context.encounterConditions, ...context.problemList, ...context.procedures, ...context.documentation.reasons]) byRef.set(`${r.resourceType}/${r.id ?? ""}`, r);
  const reasons: VisitReason[] = (context.encounter.reasonCode ?? []).map((code, i) => ({ key: `reasonCode/${i}`, text: conceptText(code), code }));
  for (const ref of context.encounter.reasonReference ?? []) {
    const key = /([A-Za-z]+\/[^/]+)$/.exec(ref.reference ?? "")?.[1] ?? "";
    const code = byRef.get(key)?.code;
    const text = conceptText(code) || ref.display || "";
    if (text && !reasons.some((r) => r.text === text)) reasons.push({ key, text, ...(code ? { code } : {}) });
  }
  return reasons.filter((r) => r.text !== "");
}
