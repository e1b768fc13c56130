import type { EncounterContext } from "../../fhir/context/encounter-context.ts";
import { formatConcept, formatDateTime, formatHumanName, minutesBetween, referenceId } from "../format/format-fhir.ts";

/** The encounter in context: what, when, who, where, status. */
export function EncounterSummary({ context, onRefresh, refreshing }: { context: EncounterContext; onRefresh?: () => void; refreshing?: boolean }) {
  const encounter = context.encounter;
  if (!encounter) {
    return (
      <section aria-label="Encounter" className="card">
        <h2>Encounter</h2>
        <p>No encounter is in context for this launch.</p>
      </section>
    );
  }
  const practitioners = (encounter.participant ?? [])
    .map((p) => context.practitioners.find((pr) => pr.id === referenceId(p.individual)) ?? p.individual)
    .map((p) => (p && "resourceType" in p ? formatHumanName(p.name) : (p?.display ?? "")))
    .filter(Boolean);
  const locationRef = encounter.location?.[0]?.location;
  const location = context.locations.find((l) => l.id === referenceId(locationRef))?.name ?? locationRef?.display;
  const minutes = encounter.length?.value ?? minutesBetween(encounter.period);
  return (
    <section aria-label="Encounter" className="card" data-encounter-id={encounter.id}>
      <div className="card-head">
        <h2>Encounter</h2>
        {onRefresh && <button type="button" className="secondary small" onClick={onRefresh} disabled={refreshing}>{refreshing ? "Refreshing…" : "Refresh chart"}</button>}
      </div>
      <dl className="facts">
        <div><dt>Type</dt><dd>{encounter.type?.map(formatConcept).filter(Boolean).join(", ") || encounter.class?.display || encounter.class?.code}</dd></div>
        <div><dt>Date</dt><dd>{formatDateTime(encounter.period?.start)}</dd></div>
        <div><dt>Practitioner</dt><dd>{practitioners.join(", ") || "not recorded"}</dd></div>
        <div><dt>Location</dt><dd>{location ?? "not recorded"}</dd></div>
        <div><dt>Status</dt><dd>{encounter.status}</dd></div>
        {minutes !== undefined && <div><dt>Visit time</dt><dd>{minutes} min</dd></div>}
      </dl>
    </section>
  );
}
