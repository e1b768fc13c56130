import type { OperationOutcomeIssue } from "fhir/r4";
import type { ReactNode } from "react";
import type { DraftLine } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import { formatCharge } from "./line-field-parsers.ts";
import { ServiceLineRow } from "./service-line-row.tsx";

const COMMON_POS: [string, string][] = [["11", "Office"], ["02", "Telehealth, not in home"], ["10", "Telehealth in home"], ["12", "Home"], ["19", "Off-campus outpatient hospital"], ["21", "Inpatient hospital"], ["22", "On-campus outpatient hospital"], ["23", "Emergency room"], ["24", "Ambulatory surgical center"], ["31", "Skilled nursing facility"], ["32", "Nursing facility"], ["81", "Independent laboratory"]];

export interface ServiceLinesPanelProps {
  lines: DraftLine[];
  diagnosisCount: number;
  dispatch(action: DraftAction): void;
  /** Problems of the draft; each line shows those at its fields. */
  issues?: OperationOutcomeIssue[];
  /** Why a code has no price (a $0 line says it). */
  priceWhy?(code: string, modifiers: string[], placeOfService?: string): string | undefined;
  /** The E/M helper, shown above the lines. */
  children?: ReactNode;
}

/** Region "Service lines": CPT/HCPCS lines with modifiers, units, pointers, place of service and charge. */
export function ServiceLinesPanel({ lines, diagnosisCount, dispatch, issues, priceWhy, children }: ServiceLinesPanelProps) {
  const total = lines.reduce((sum, l) => sum + l.unitCharge * l.units, 0);
  return (
    <section aria-label="Service lines" className="card">
      <h2>Service lines</h2>
      {children}
      <datalist id="pos-codes">
        {COMMON_POS.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
      </datalist>
      {lines.length === 0 ? (
        <p className="muted">No service line yet: add the E/M visit above, or search a CPT/HCPCS code ( / ).</p>
      ) : (
        <table className="service-lines">
          <thead>
            <tr><th>#</th><th>Code</th><th>Modifiers</th><th>Units</th><th>Pointers</th><th>POS</th><th>Charge/unit</th><th>Line total</th><th><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {lines.map((line, i) => <ServiceLineRow key={line.id} line={line} index={i} diagnosisCount={diagnosisCount} dispatch={dispatch} issues={issues} {...(priceWhy && line.unitCharge === 0 ? { noPrice: priceWhy(line.code, line.modifiers, line.placeOfService) } : {})} />)}
          </tbody>
          <tfoot>
            <tr><td colSpan={7}>Total charges</td><td className="num">{formatCharge(total)}</td><td /></tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
