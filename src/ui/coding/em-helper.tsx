import { MDM_LEVELS, type MdmLevel, type PatientStatus } from "../../coding/em/index.ts";
import type { StayDay } from "../../coding/em/index.ts";
import type { PatientStatusResult } from "../../coding/em/index.ts";
import { SETTING_WORDS } from "../../coding/em/index.ts";
import { basesFor, type EmBasis, type EmInputs, type EmLineChoice } from "./em-choice.ts";
import { ParsedField } from "./parsed-field.tsx";
import type { EmState } from "./use-em-inputs.ts";

export interface EmHelperProps {
  inputs: EmInputs;
  detected: PatientStatusResult;
  choice: EmLineChoice;
  onChange(inputs: EmInputs): void;
  onAdd(): void;
  /** The visit's setting, a routine prenatal visit and the provider's own level (office when absent). */
  setting?: EmState["setting"];
  prenatal?: EmState["prenatal"];
  provider?: EmState["provider"];
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
const basisLabels: Record<EmBasis, string> = { time: "Total time", mdm: "Decision making", preventive: "Preventive visit" };
const DAYS: [StayDay, string][] = [["initial", "Initial (admission) day"], ["subsequent", "Subsequent day"], ["discharge", "Discharge day"]];

/** The provider's E/M beside the helper's: the same, or the difference in words and the coder's choice. */
function ProviderLevelRow({ provider, inputs, helperCode, set }: { provider: NonNullable<EmState["provider"]>; inputs: EmInputs; helperCode: string | undefined; set(patch: Partial<EmInputs>): void }) {
  const from = inputs.levelFrom ?? "helper";
  return (
    <div className="em-row" aria-label="Provider's level of service" role="group">
      <span>Provider's level: <strong>{provider.code}</strong> <span className="muted small">({provider.source})</span></span>
      {provider.comparison.kind === "same" ? (
        <span className="muted small"> matches the helper's level.</span>
      ) : (
        <>
          <p role="note" className="warning">Differs: {provider.comparison.reason}</p>
          <span role="radiogroup" aria-label="Level billed">
            <label><input type="radio" name="em-level-from" checked={from === "helper"} disabled={!helperCode} onChange={() => set({ levelFrom: "helper" })} /> Bill the helper's {helperCode ?? "level"}</label>{" "}
            <label><input type="radio" name="em-level-from" checked={from === "provider"} onChange={() => set({ levelFrom: "provider" })} /> Bill the provider's {provider.code}</label>
          </span>
        </>
      )}
    </div>
  );
}

/** E/M level for the visit's setting: new or established, by time, by medical decision making, or preventive. */
export function EmHelper({ inputs, detected, choice, onChange, onAdd, setting, prenatal, provider }: EmHelperProps) {
  const set = (patch: Partial<EmInputs>) => onChange({ ...inputs, ...patch });
  const where = setting?.setting ?? "office";
  const facility = where === "hospital-inpatient" || where === "hospital-observation" || where === "nursing-facility";
  const bases = basesFor(where, inputs.day);
  const billed = inputs.levelFrom === "provider" && provider ? provider.code : choice.code;
  return (
    <fieldset className="em-helper">
      <legend>E/M visit level</legend>
      <p className="em-row">Setting: <strong>{prenatal ? "Prenatal visit (global obstetric package)" : SETTING_WORDS[where]}</strong> <span className="muted small">({setting?.reason ?? "office visit"})</span></p>
      {prenatal ? (
        <>
          <p className="em-row" role="note">No separate E/M: {prenatal.rule}</p>
          <p className="em-row"><strong>{prenatal.trackingCode}</strong> {prenatal.label} <span className="muted">({prenatal.reason})</span></p>
          <button type="button" onClick={onAdd}>Add {prenatal.trackingCode} tracking code</button>
        </>
      ) : (
        <>
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
          {facility && (
            <label className="em-row">
              Day of the stay{" "}
              <select value={inputs.day ?? "initial"} onChange={(e) => set({ day: e.target.value as StayDay })}>
                {DAYS.map(([d, words]) => <option key={d} value={d}>{words}</option>)}
              </select>
            </label>
          )}
          <div className="em-row" role="radiogroup" aria-label="Level by">
            {bases.map((b) => (
              <label key={b}>
                <input type="radio" name="em-basis" checked={inputs.basis === b} onChange={() => set({ basis: b })} /> {basisLabels[b]}
              </label>
            ))}
            {where === "emergency" && <span className="muted small"> Emergency department visits: by decision making only (no time-based levels, no prolonged service).</span>}
          </div>
          {inputs.basis === "time" && bases.includes("time") && (
            <label className="em-row">
              Total minutes on the date{" "}
              <ParsedField label="Total minutes on the date" value={inputs.minutes} format={formatMinutes} parse={parseMinutes} onCommit={(minutes) => set(minutes === undefined ? { minutes: undefined } : { minutes })} inputMode="numeric" width="5rem" />
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
          {provider && <ProviderLevelRow provider={provider} inputs={inputs} helperCode={choice.code} set={set} />}
          <button type="button" disabled={!billed} onClick={onAdd}>Add E/M line <kbd>Alt+E</kbd></button>
        </>
      )}
    </fieldset>
  );
}
