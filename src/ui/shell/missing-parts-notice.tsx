import type { MissingPart } from "../../fhir/context/encounter-context.ts";
import { describeOutcome } from "../../fhir/fhir-error.ts";

/** Says which parts of the chart could not be read; the rest of the screen still works. */
export function MissingPartsNotice({ missing }: { missing: MissingPart[] }) {
  if (missing.length === 0) return null;
  return (
    <div role="status" className="notice warning">
      <p>Some of the chart could not be read; what is shown is still correct but incomplete:</p>
      <ul>
        {missing.map((m, i) => (
          <li key={i}>
            <strong>{m.what}</strong>: {m.error.status === 403 ? "not permitted for this app or user" : describeOutcome(m.error.outcome)}
          </li>
        ))}
      </ul>
    </div>
  );
}
