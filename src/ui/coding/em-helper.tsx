import { MDM_LEVELS, type MdmLevel, type PatientStatus } from "../../coding/em/em-levels.ts";
import type { PatientStatusResult } from "../../coding/em/patient-status.ts";
import type { EmBasis, EmInputs, EmLineChoice } from "./em-choice.ts";
import { ParsedField } from "./parsed-field.tsx";

export interface EmHelperProps {
  inputs: EmInputs;
  detected: PatientStatusResult;
  choice: EmLineChoice;
  onChange(inputs: EmInputs): void;
  onAdd(): void;
}

/** Total time on one date: at most a day (a larger number would bill thousands of prolonged-service units). */
const MAX_MINUTES = 24 * 60;
const parseMinutes = (text: string): { value: number | undefined } | { problem: string } => {
  const trimmed = text.trim();
  if (trimmed === "") return { value: undefined };
  return /^\d{1,4}$/.test(trimmed) && Number(trimmed) <= MAX_MINUTES ? { value: Number(trimmed) } : { problem: `Total minutes must be a whole number from 0 to ${MAX_MINUTES.toLocaleString("en-US")} (one day).` };
};
const formatMinutes = (minutes: number | undefined) => (minutes === undefined ? "" : String(minutes));

const mdmLabels: Record<keyof EmInputs["mdm"], string> = { problems: "Problems addressed", data: "Data reviewed", risk: "Risk of management" };

/** E/M level: new or established, by time, by medical decision making, or preventive. */
export function EmHelper({ inputs, detected, choice, onChange, onAdd }: EmHelperProps) {
  const set = (patch: Partial<EmInputs>) => onChange({ ...inputs, ...patch });
  return (
    <fieldset className="em-helper">
      <legend>E/M visit level</legend>
      <div className="em-row">
        <label>
          Patient{" "}
          <select value={inputs.status} onChange={(e) => set({ status: e.target.value as PatientStatus })}>
            <option value="new">New</option>
            <option value="established">Established</option>
          </select>
        </label>
        <span className="muted small">Chart says {detected.status}: {detected.reason}</span>
      </div>
      <div className="em-row" role="radiogroup" aria-label="Level by">
        {(["time", "mdm", "preventive"] as EmBasis[]).map((b) => (
          <label key={b}>
            <input type="radio" name="em-basis" checked={inputs.basis === b} onChange={() => set({ basis: b })} /> {b === "time" ? "Total time" : b === "mdm" ? "Decision making" : "Preventive visit"}
          </label>
        ))}
      </div>
      {inputs.basis === "time" && (
        <label className="em-row">
          Total minutes on the date{" "}
          <ParsedField label="Total minutes on the date" value={inputs.minutes} format={formatMinutes} parse={parseMinutes} onCommit={(minutes) => set({ minutes })} inputMode="numeric" width="5rem" />
        </label>
      )}
      {inputs.basis === "mdm" && (
        <div className="em-row">
          {(Object.keys(mdmLabels) as (keyof EmInputs["mdm"])[]).map((k) => (
            <label key={k}>
              {mdmLabels[k]}{" "}
              <select value={inputs.mdm[k]} onChange={(e) => set({ mdm: { ...inputs.mdm, [k]: e.target.value as MdmLevel } })}>
                {MDM_LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}
      <p className="em-row" aria-live="polite">
        {choice.code ? <><strong>{choice.code}</strong> {choice.label} <span className="muted">({choice.reason})</span></> : <span className="muted">No level: {choice.reason}.</span>}
        {choice.prolonged && <><br /><strong>+ {choice.prolonged.code} × {choice.prolonged.units}</strong> <span className="muted">({choice.prolonged.reason})</span></>}
      </p>
      <button type="button" disabled={!choice.code} onClick={onAdd}>Add E/M line <kbd>Alt+E</kbd></button>
    </fieldset>
  );
}
