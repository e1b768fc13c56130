import type { Encounter } from "fhir/r4";
import { formatConcept, formatDateTime } from "../format/format-fhir.ts";

/** With no encounter in the launch context: the patient's recent encounters to pick from. */
export function EncounterPicker({ encounters, onPick }: { encounters: Encounter[]; onPick(id: string): void }) {
  const recent = [...encounters].sort((a, b) => (b.period?.start ?? "").localeCompare(a.period?.start ?? "")).slice(0, 20);
  return (
    <section aria-label="Choose an encounter" className="card">
      <h2>Choose the encounter to code</h2>
      {recent.length === 0 ? (
        <p>This patient has no encounters on file.</p>
      ) : (
        <ul className="encounter-list">
          {recent.map((e) => (
            <li key={e.id}>
              <button type="button" className="secondary" onClick={() => e.id && onPick(e.id)}>
                {formatDateTime(e.period?.start)} · {e.type?.map(formatConcept).filter(Boolean).join(", ") || e.class?.display || e.class?.code} · {e.status}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
