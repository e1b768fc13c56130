import type { Coding, Condition } from "fhir/r4";
import { useEffect, useState } from "react";
import type { DraftDiagnosis } from "../../billing/claim-draft.ts";
import { MAX_DIAGNOSES, type DraftAction } from "../../billing/draft/draft-actions.ts";
import { AcceptedDiagnoses } from "./accepted-diagnoses.tsx";
import { ChartConditionRow } from "./chart-condition-row.tsx";
import { focusNextAccept } from "./focus-after.ts";
import { DocumentationSuggestions } from "../encounter/documentation/documentation-suggestions.tsx";

export interface DiagnosesPanelProps {
  encounterConditions: Condition[];
  problemList: Condition[];
  diagnoses: DraftDiagnosis[];
  dateOfService?: string;
  dispatch(action: DraftAction): void;
}

/** Region "Diagnoses": the chart's conditions with suggestions, and the claim's ordered list. */
export function DiagnosesPanel({ encounterConditions, problemList, diagnoses, dateOfService, dispatch }: DiagnosesPanelProps) {
  const accepted = new Set(diagnoses.map((d) => d.code));
  // Codes accepted but not yet in the list (their code-first notes are being looked up): their
  // buttons say so and cannot be pressed twice.
  const [placing, setPlacing] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    setPlacing((current) => {
      if (current.size > 0 && diagnoses.length >= MAX_DIAGNOSES) return new Set(); // the list is full: nothing more is placed
      const codes = new Set(diagnoses.map((d) => d.code));
      return [...current].some((code) => codes.has(code)) ? new Set([...current].filter((code) => !codes.has(code))) : current;
    });
  }, [diagnoses]);
  const seen = new Set(encounterConditions.map((c) => c.id));
  const problems = problemList.filter((c) => !seen.has(c.id));
  const accept = (coding: Coding, condition: Condition) => {
    if (!coding.code || placing.has(coding.code)) return;
    const code = coding.code;
    setPlacing((current) => new Set([...current, code]));
    focusNextAccept(document.activeElement, document.querySelector("[aria-label='Diagnoses']") ?? document);
    dispatch({ type: "add-diagnosis", diagnosis: { code: coding.code, display: coding.display ?? coding.code, ...(condition.id ? { conditionRef: `Condition/${condition.id}` } : {}) } });
  };
  return (
    <section aria-label="Diagnoses" className="card">
      <h2>Diagnoses <span className="muted">({diagnoses.length} of {MAX_DIAGNOSES})</span></h2>
      <AcceptedDiagnoses diagnoses={diagnoses} dispatch={dispatch} />
      {diagnoses.length >= MAX_DIAGNOSES && <p role="status" className="notice warning">A claim carries at most {MAX_DIAGNOSES} diagnoses: remove one to add another.</p>}
      <h3>From the chart</h3>
      {encounterConditions.length + problems.length === 0 && <p className="muted">The chart lists no conditions for this encounter.</p>}
      <ul className="chart-conditions" aria-label="Diagnoses from the chart">
        {encounterConditions.map((c) => (
          <ChartConditionRow key={c.id ?? JSON.stringify(c.code)} condition={c} source="encounter" acceptedCodes={accepted} placingCodes={placing} onAccept={accept} {...(dateOfService ? { dateOfService } : {})} />
        ))}
        {problems.map((c) => (
          <ChartConditionRow key={c.id ?? JSON.stringify(c.code)} condition={c} source="problem list" acceptedCodes={accepted} placingCodes={placing} onAccept={accept} {...(dateOfService ? { dateOfService } : {})} />
        ))}
      </ul>
      <DocumentationSuggestions acceptedCodes={accepted} chartConditions={[...encounterConditions, ...problems]} {...(dateOfService ? { dateOfService } : {})} onAccept={(d) => {
        focusNextAccept(document.activeElement, document.querySelector("[aria-label='Diagnoses']") ?? document);
        dispatch({ type: "add-diagnosis", diagnosis: { code: d.code, display: d.display } });
      }} />
    </section>
  );
}
