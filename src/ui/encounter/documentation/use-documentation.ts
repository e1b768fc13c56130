import { useQueries, useQuery } from "@tanstack/react-query";
import type { Condition } from "fhir/r4";
import { useMemo } from "react";
import { documentationDiagnoses, isDiagnosisSentence, type DocumentationDiagnosis, type SourceSentence } from "../../../coding/documentation/index.ts";
import { assessmentSentences } from "../../../coding/documentation/index.ts";
import { readAttachment, shownAttachment, type AttachmentContent } from "../../../fhir/documents/attachment-content.ts";
import { encounterDocuments, visitReasons, type EncounterDocument, type VisitReason } from "../../../fhir/documents/encounter-documents.ts";
import type { ContextWithEncounter } from "../../coding/coding-workspace.tsx";
import { useCodeService } from "../../coding/code-service-context.tsx";
import { useSession } from "../../shell/session-context.tsx";
import { sanitizeHtml, type SafeNode } from "./sanitize-html.ts";
import { noteText, plainNodes, type NoteText } from "./note-text.ts";

/** A document with its shown attachment read: text as safe nodes, a PDF's bytes, or why it is not shown. */
export interface LoadedDocument extends EncounterDocument {
  content: { status: "pending" } | { status: "error"; error: unknown } | { status: "ready"; value: AttachmentContent } | { status: "none" };
  /** Text documents: the nodes shown and their plain text (offsets for highlights). */
  nodes?: SafeNode[];
  layout?: NoteText;
}

export interface Documentation {
  documents: LoadedDocument[];
  reasons: VisitReason[];
  diagnoses: { status: "pending" | "error" | "success"; items: DocumentationDiagnosis[] };
}

function withText(doc: EncounterDocument, content: LoadedDocument["content"]): LoadedDocument {
  if (content.status !== "ready") return { ...doc, content };
  const value = content.value;
  const nodes = value.kind === "text" ? plainNodes(value.text) : value.kind === "html" ? sanitizeHtml(value.html) : undefined;
  return { ...doc, content, ...(nodes ? { nodes, layout: noteText(nodes) } : {}) };
}

/** The sentences read for diagnoses: each note's assessment, then each reason for the visit. */
function sourceSentences(documents: LoadedDocument[], reasons: VisitReason[]): SourceSentence[] {
  const fromNotes = documents
    .filter((d) => d.kind === "note" && d.layout)
    .flatMap((d) => assessmentSentences(d.layout?.text ?? "").filter((s) => isDiagnosisSentence(s.text)).map((s) => ({ sourceKey: d.key, ...s })));
  const fromReasons = reasons.map((r): SourceSentence => ({ sourceKey: r.key, text: r.text, start: 0, end: r.text.length, ...(r.code ? { code: r.code } : {}) }));
  return [...fromNotes, ...fromReasons];
}

/** The sentence as the text (and, for a coded reason, the codes) of a condition for the suggestions. */
function asCondition(sentence: SourceSentence): Condition {
  return { resourceType: "Condition", subject: {}, code: { ...(sentence.code ?? {}), text: sentence.text } };
}

/** The encounter's notes, reports and reasons for the visit, and the diagnoses they suggest. */
export function useDocumentation(context: ContextWithEncounter, dateOfService: string): Documentation {
  const { gateway } = useSession();
  const service = useCodeService();
  const listed = useMemo(() => encounterDocuments(context), [context]);
  const reasons = useMemo(() => visitReasons(context), [context]);
  const contents = useQueries({
    queries: listed.map((doc) => ({
      queryKey: ["attachment", gateway.baseUrl, doc.key],
      queryFn: async () => {
        const attachment = shownAttachment(doc.attachments);
        return attachment ? readAttachment(gateway, attachment) : null;
      },
      staleTime: Infinity,
    })),
  });
  const states = contents.map((q) => (q.status === "success" ? (q.data ? `ready` : "none") : q.status)).join();
  const documents = useMemo(
    () => listed.map((doc, i) => {
      const q = contents[i];
      if (!q || q.status === "pending") return withText(doc, { status: "pending" });
      if (q.status === "error") return withText(doc, { status: "error", error: q.error });
      return withText(doc, q.data ? { status: "ready", value: q.data } : { status: "none" });
    }),
    // The query results change identity on every render; their states and data decide.
    [listed, states],
  );
  const sentences = useMemo(() => sourceSentences(documents, reasons), [documents, reasons]);
  const suggestions = useQuery({
    queryKey: ["documentation-suggestions", sentences.map((s) => `${s.sourceKey}:${s.start}:${s.text}:${JSON.stringify(s.code ?? null)}`), dateOfService],
    queryFn: () => documentationDiagnoses(sentences, (s) => service.suggestDiagnoses(asCondition(s), { dateOfService })),
    staleTime: Infinity,
    enabled: !documents.some((d) => d.content.status === "pending"),
  });
  return {
    documents,
    reasons,
    diagnoses: { status: suggestions.status, items: suggestions.data ?? [] },
  };
}
