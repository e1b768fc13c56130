import { useState } from "react";
import type { DraftLine } from "../../billing/claim-draft.ts";
import type { ProcedureToCode, ServiceSuggestion } from "../../coding/visit-services/index.ts";

export interface VisitServicesPanelProps {
  suggestions: ServiceSuggestion[];
  procedures: ProcedureToCode[];
  lines: DraftLine[];
  onAccept(suggestion: ServiceSuggestion): void;
  onCodeProcedure(procedure: ProcedureToCode, cpt: string): void;
}

const CPT_NUMBER = /^(\d{4}[0-9FTU]|[A-Z]\d{4})$/;

/** A suggestion is taken once a line with its code comes from the same chart resources. */
const isTaken = (s: ServiceSuggestion, lines: DraftLine[]) => lines.some((l) => l.code === s.code);

function ProcedureRow({ procedure, onCode }: { procedure: ProcedureToCode; onCode(cpt: string): void }) {
  const [cpt, setCpt] = useState("");
  const [problem, setProblem] = useState<string>();
  const label = `CPT for ${procedure.display}`;
  const submit = () => {
    const code = cpt.trim().toUpperCase();
    if (!CPT_NUMBER.test(code)) return setProblem("Enter a five-character CPT or HCPCS number (e.g. 69210).");
    setProblem(undefined);
    onCode(code);
    setCpt("");
  };
  return (
    <li>
      {procedure.display} <span className="muted small">({procedure.snomed ? `SNOMED ${procedure.snomed}` : "no code"}, {procedure.ref})</span>{" "}
      <input aria-label={label} value={cpt} onChange={(e) => setCpt(e.target.value)} onKeyDown={(e) => { if (e.key === "Enter") submit(); }} size={7} {...(problem ? { "aria-invalid": true } : {})} />{" "}
      <button type="button" onClick={submit}>Add CPT for this procedure</button>
      {problem && <span role="alert" className="error small"> {problem}</span>}
    </li>
  );
}

/** Region "Services from the chart": vaccines, drugs given and their administration, each a line the coder adds with one press; procedures the chart codes in SNOMED only, to give a CPT number. */
export function VisitServicesPanel({ suggestions, procedures, lines, onAccept, onCodeProcedure }: VisitServicesPanelProps) {
  if (!suggestions.length && !procedures.length) return null;
  return (
    <section aria-label="Services from the chart" className="card">
      <h2>Services from the chart</h2>
      {suggestions.length > 0 && (
        <ul className="plain">
          {suggestions.map((s) => (
            <li key={s.key}>
              <button type="button" disabled={isTaken(s, lines)} onClick={() => onAccept(s)}>
                Add {s.code} {s.label}{s.units > 1 ? ` × ${s.units}` : ""}
              </button>{" "}
              <span className="muted small">{s.reason}{s.diagnosis ? ` · points at ${s.diagnosis.code}` : ""}</span>
              {s.warning && <span role="note" className="warning small"> Check: {s.warning}</span>}
            </li>
          ))}
        </ul>
      )}
      {procedures.length > 0 && (
        <>
          <h3>Procedures coded in SNOMED CT only</h3>
          <ul className="plain">{procedures.map((p) => <ProcedureRow key={p.ref} procedure={p} onCode={(cpt) => onCodeProcedure(p, cpt)} />)}</ul>
        </>
      )}
    </section>
  );
}
