import type { OperationOutcomeIssue } from "fhir/r4";
import type { DraftLine } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import { formatCharge, formatPointers, parseCharge, parseModifiers, parsePointers, parseUnits } from "./line-field-parsers.ts";
import { focusNeighbour } from "./focus-after.ts";
import { ParsedField } from "./parsed-field.tsx";
import { systemLabel } from "./system-label.ts";

const parsePos = (text: string) => (/^\d{2}$/.test(text.trim()) ? { value: text.trim() } : { problem: "Place of service is a 2-digit CMS code (11 office, 02/10 telehealth)." });

export interface ServiceLineRowProps {
  line: DraftLine;
  index: number;
  diagnosisCount: number;
  dispatch(action: DraftAction): void;
  /** Problems of the draft (e.g. read back from storage); those at `ClaimDraft.lines[index].<field>` show at that field. */
  issues?: OperationOutcomeIssue[];
  /** Why the line has no price, when it has none. */
  noPrice?: string | undefined;
}

export function ServiceLineRow({ line, index, diagnosisCount, dispatch, issues = [], noPrice }: ServiceLineRowProps) {
  const update = (patch: Partial<Omit<DraftLine, "id">>) => dispatch({ type: "update-line", id: line.id, patch });
  const name = `line ${index + 1} (${line.code})`;
  const issue = (field: keyof DraftLine) => issues.find((i) => i.expression?.includes(`ClaimDraft.lines[${index}].${field}`))?.diagnostics;
  return (
    <tr data-line-id={line.id}>
      <td>{index + 1}</td>
      <td>
        <span className="badge">{systemLabel(line.system)}</span> <span className="code">{line.code}</span>
        <div className="muted small line-description" {...(line.display ? { title: line.display } : {})}>{line.display ?? ""}</div>
      </td>
      <td><ParsedField label={`Modifiers, ${name}`} value={line.modifiers} format={(m) => m.join(" ")} parse={parseModifiers} onCommit={(modifiers) => update({ modifiers })} issue={issue("modifiers")} width="7rem" /></td>
      <td><ParsedField label={`Units, ${name}`} value={line.units} format={String} parse={parseUnits} onCommit={(units) => update({ units })} issue={issue("units")} inputMode="numeric" width="3.8rem" /></td>
      <td><ParsedField label={`Diagnosis pointers, ${name}`} value={line.diagnosisPointers} format={formatPointers} parse={parsePointers(diagnosisCount)} onCommit={(diagnosisPointers) => update({ diagnosisPointers })} issue={issue("diagnosisPointers")} width="6rem" /></td>
      <td><ParsedField label={`Place of service, ${name}`} value={line.placeOfService} format={String} parse={parsePos} onCommit={(placeOfService) => update({ placeOfService })} issue={issue("placeOfService")} inputMode="numeric" width="3.8rem" list="pos-codes" /></td>
      <td><ParsedField label={`Charge per unit, ${name}`} value={line.unitCharge} format={formatCharge} parse={parseCharge} onCommit={(unitCharge) => update({ unitCharge })} issue={issue("unitCharge")} inputMode="decimal" width="5.5rem" />
        {noPrice && <div className="muted small" role="note">{noPrice}</div>}</td>
      <td className="num">{formatCharge(line.unitCharge * line.units)}</td>
      <td><button type="button" className="secondary small" onClick={(e) => (focusNeighbour(e.currentTarget.closest("tr"), "button[aria-label^='Remove ']"), dispatch({ type: "remove-line", id: line.id }))} aria-label={`Remove ${name}`}>Remove</button></td>
    </tr>
  );
}
