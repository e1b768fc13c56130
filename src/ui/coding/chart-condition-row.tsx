import { useQuery } from "@tanstack/react-query";
import type { Coding, Condition } from "fhir/r4";
import { useEffect, useState } from "react";
import { formatConcept } from "../format/format-fhir.ts";
import { markOnce } from "../shell/perf-marks.ts";
import { useCodeService } from "./code-service-context.tsx";

export interface ChartConditionRowProps {
  condition: Condition;
  source: "encounter" | "problem list";
  dateOfService?: string;
  acceptedCodes: Set<string>;
  /** Codes accepted and still being placed in the list: their buttons are disabled meanwhile. */
  placingCodes?: ReadonlySet<string>;
  onAccept(coding: Coding, condition: Condition): void;
}

/** One Condition from the chart with its ICD-10-CM suggestions, best first. */
export function ChartConditionRow({ condition, source, dateOfService, acceptedCodes, placingCodes, onAccept }: ChartConditionRowProps) {
  const service = useCodeService();
  const [showAll, setShowAll] = useState(false);
  const query = useQuery({
    queryKey: ["suggest", condition.id, JSON.stringify(condition.code), dateOfService],
    queryFn: () => service.suggestDiagnoses(condition, dateOfService ? { dateOfService } : {}),
    staleTime: Infinity,
  });
  const suggestions = query.data ?? [];
  useEffect(() => {
    if (query.data?.length) markOnce("coding:first-suggestion");
  }, [query.data]);
  const shown = showAll ? suggestions.slice(0, 5) : suggestions.slice(0, 1);
  const text = formatConcept(condition.code) || "Condition without a name";
  return (
    <li className="chart-condition">
      <div>
        <strong>{text}</strong> <span className="muted">({source})</span>
      </div>
      {query.status === "pending" && <span className="muted">Finding codes…</span>}
      {query.status === "error" && <span role="alert">Suggestions failed: {String(query.error)}</span>}
      {query.status === "success" && suggestions.length === 0 && <span className="muted">No suggestion: search for a code.</span>}
      <ul className="suggestions">
        {shown.map((s) => {
          const accepted = acceptedCodes.has(s.coding.code ?? "");
          const placing = !accepted && (placingCodes?.has(s.coding.code ?? "") ?? false);
          const verb = accepted ? "Accepted" : placing ? "Placing" : "Accept";
          return (
            <li key={s.coding.code}>
              <button type="button" disabled={accepted || placing} onClick={() => onAccept(s.coding, condition)} aria-label={`${verb} ${s.coding.code} ${s.coding.display ?? ""}`}>
                {verb} {s.coding.code}
              </button>{" "}
              {s.coding.display} <span className="muted">: {s.reason}</span>
            </li>
          );
        })}
      </ul>
      {suggestions.length > 1 && (
        <button type="button" className="secondary small" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
          {showAll ? "Fewer" : `${Math.min(suggestions.length, 5) - 1} more`}
        </button>
      )}
    </li>
  );
}
