import { useQueries } from "@tanstack/react-query";
import type { Condition } from "fhir/r4";
import type { DocumentationDiagnosis } from "../../../coding/documentation/index.ts";
import { useCodeService } from "../../coding/code-service-context.tsx";
import { useDocumentationContext } from "./documentation-context.tsx";

export interface DocumentationSuggestionsProps {
  acceptedCodes: Set<string>;
  /** The chart's conditions listed above: a code their rows already offer first is not offered again. */
  chartConditions: Condition[];
  dateOfService?: string;
  onAccept(diagnosis: DocumentationDiagnosis): void;
}

/** The first suggestion of each chart condition row (the same queries as the rows, answered from the cache); undefined until all are in. */
function useChartFirstCodes(conditions: Condition[], dateOfService: string | undefined): Set<string> | undefined {
  const service = useCodeService();
  const results = useQueries({
    queries: conditions.map((condition) => ({
      queryKey: ["suggest", condition.id, JSON.stringify(condition.code), dateOfService],
      queryFn: () => service.suggestDiagnoses(condition, dateOfService ? { dateOfService } : {}),
      staleTime: Infinity,
    })),
  });
  if (results.some((r) => r.status === "pending")) return undefined;
  return new Set(results.flatMap((r) => (r.data?.[0]?.coding.code ? [r.data[0].coding.code] : [])));
}

const quoted = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

/** "From the documentation": diagnoses read from the notes' assessment and the reason for visit, each with a link to its sentence. */
export function DocumentationSuggestions({ acceptedCodes, chartConditions, dateOfService, onAccept }: DocumentationSuggestionsProps) {
  const documentation = useDocumentationContext();
  const chartCodes = useChartFirstCodes(chartConditions, dateOfService);
  if (!documentation) return null;
  const status = chartCodes ? documentation.diagnoses.status : "pending";
  const items = documentation.diagnoses.items.filter((d) => !chartCodes?.has(d.code));
  return (
    <>
      <h3>From the documentation</h3>
      {status === "pending" && <p className="muted" aria-busy="true">Reading the notes…</p>}
      {status === "error" && <p role="alert">Suggestions from the notes failed.</p>}
      {status === "success" && items.length === 0 && <p className="muted">The notes' assessment and the reason for visit suggest no diagnosis beyond the chart's.</p>}
      <ul className="chart-conditions" aria-label="Diagnoses from the documentation">
        {status === "success" && items.map((d) => {
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
