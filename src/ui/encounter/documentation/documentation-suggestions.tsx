import type { DocumentationDiagnosis } from "../../../coding/documentation/documentation-diagnoses.ts";
import { useDocumentationContext } from "./documentation-context.tsx";

export interface DocumentationSuggestionsProps {
  acceptedCodes: Set<string>;
  onAccept(diagnosis: DocumentationDiagnosis): void;
}

const quoted = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

/** "From the documentation": diagnoses read from the notes' assessment and the reason for visit, each with a link to its sentence. */
export function DocumentationSuggestions({ acceptedCodes, onAccept }: DocumentationSuggestionsProps) {
  const documentation = useDocumentationContext();
  if (!documentation) return null;
  const { status, items } = documentation.diagnoses;
  return (
    <>
      <h3>From the documentation</h3>
      {status === "pending" && <p className="muted" aria-busy="true">Reading the notes…</p>}
      {status === "error" && <p role="alert">Suggestions from the notes failed.</p>}
      {status === "success" && items.length === 0 && <p className="muted">The notes' assessment and the reason for visit suggest no diagnosis.</p>}
      <ul className="chart-conditions" aria-label="Diagnoses from the documentation">
        {items.map((d) => {
          const accepted = acceptedCodes.has(d.code);
          return (
            <li key={d.code} className="chart-condition">
              <button type="button" disabled={accepted} onClick={() => onAccept(d)} aria-label={`${accepted ? "Accepted" : "Accept"} ${d.code} ${d.display}`}>
                {accepted ? "Accepted" : "Accept"} {d.code}
              </button>{" "}
              {d.display} {d.uncertain && <span className="badge">uncertain wording</span>}
              <div className="muted small">{d.reason}</div>
              <a href="#documentation-source" className="small" onClick={(event) => { event.preventDefault(); documentation.showSource(d.source); }}>
                Source: {quoted(d.source.text)}
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
