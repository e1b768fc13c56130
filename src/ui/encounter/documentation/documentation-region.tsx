import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { Practitioner } from "fhir/r4";
import type { MissingPart } from "../../../fhir/context/encounter-context.ts";
import type { DocumentationType } from "../../../fhir/context/documentation-reads.ts";
import { formatDateTime, formatHumanName } from "../../format/format-fhir.ts";
import { useDocumentationContext } from "./documentation-context.tsx";
import { NoteBody } from "./note-body.tsx";
import { PdfFrame } from "./pdf-frame.tsx";
import type { LoadedDocument } from "./use-documentation.ts";

export interface DocumentationRegionProps {
  practitioners: Practitioner[];
  notSearchable: DocumentationType[];
  missing: MissingPart[];
}

const UNSEARCHABLE: Record<DocumentationType, string> = {
  DocumentReference: "This EHR does not offer its clinical notes (DocumentReference search) to apps: read the note in the EHR.",
  DiagnosticReport: "This EHR does not offer its reports (DiagnosticReport search) to apps.",
};

/** Region "Documentation": the reason for the visit, the clinical notes and report narratives, a source sentence highlighted. */
export function DocumentationRegion({ practitioners, notSearchable, missing }: DocumentationRegionProps) {
  const documentation = useDocumentationContext();
  const markRef = useRef<HTMLElement>(null);
  const highlight = documentation?.highlight;
  useEffect(() => {
    if (!highlight) return;
    markRef.current?.focus();
    markRef.current?.scrollIntoView?.({ block: "center" });
  }, [highlight, documentation?.highlightAt]);
  const names = useMemo(() => new Map(practitioners.map((p) => [`Practitioner/${p.id ?? ""}`, formatHumanName(p.name)])), [practitioners]);
  if (!documentation) return null;
  const unread = missing.filter((m) => m.what === "Clinical notes" || m.what === "Reports" || m.what === "Reason for visit");
  const rangeIn = (key: string) => (highlight?.sourceKey === key ? { start: highlight.start, end: highlight.end } : undefined);
  return (
    <section aria-label="Documentation" className="card documentation" tabIndex={0}>
      <h2>Documentation</h2>
      <h3>Reason for visit</h3>
      {documentation.reasons.length === 0 ? <p className="muted">The encounter names no reason for the visit.</p> : (
        <ul className="visit-reasons">
          {documentation.reasons.map((r) => (
            <li key={r.key}><NoteBody nodes={[{ text: r.text }]} layout={{ text: r.text, starts: new Map() }} {...withRange(rangeIn(r.key))} markRef={markRef} /></li>
          ))}
        </ul>
      )}
      {notSearchable.map((type) => <p key={type} role="status" className="notice info">{UNSEARCHABLE[type]}</p>)}
      {unread.map((m) => <p key={m.what} role="alert" className="notice warning">{m.what} could not be read: {m.error.message}</p>)}
      {documentation.documents.length === 0 && !notSearchable.includes("DocumentReference") && <p className="muted">No clinical note is filed for this encounter yet.</p>}
      {documentation.documents.map((doc) => (
        <DocumentView key={doc.key} doc={doc} author={doc.authorRef ? names.get(doc.authorRef) : undefined} range={rangeIn(doc.key)} markRef={markRef} />
      ))}
    </section>
  );
}

const withRange = (range: { start: number; end: number } | undefined) => (range ? { highlight: range } : {});

function DocumentView({ doc, author, range, markRef }: { doc: LoadedDocument; author: string | undefined; range: { start: number; end: number } | undefined; markRef: RefObject<HTMLElement | null> }) {
  const content = doc.content;
  return (
    <article className="note" aria-label={doc.title}>
      <h3>{doc.title} {doc.status && <span className="badge">{doc.status}</span>}</h3>
      <p className="muted small">{[doc.kind === "report" ? "Report" : "Clinical note", doc.date ? formatDateTime(doc.date) : "", author ?? ""].filter(Boolean).join(" · ")}</p>
      {content.status === "pending" && <p className="muted" aria-busy="true">Reading the note…</p>}
      {content.status === "error" && <p role="alert" className="notice warning">The note could not be read: {String((content.error as Error)?.message ?? content.error)}</p>}
      {content.status === "none" && !doc.conclusion && <p className="muted">No text is attached.</p>}
      {doc.nodes && doc.layout && (
        <div className={content.status === "ready" && content.value.kind === "text" ? "note-text plain" : "note-text"}>
          <NoteBody nodes={doc.nodes} layout={doc.layout} {...withRange(range)} markRef={markRef} />
        </div>
      )}
      {content.status === "ready" && content.value.kind === "pdf" && <PdfFrame bytes={content.value.bytes} title={doc.title} />}
      {content.status === "ready" && content.value.kind === "other" && <p className="muted">Attached as {content.value.contentType || "an unknown type"}: open it in the EHR.</p>}
      {doc.conclusion && <p><strong>Conclusion:</strong> {doc.conclusion}</p>}
    </article>
  );
}
