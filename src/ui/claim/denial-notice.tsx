import type { DraftLine } from "../../billing/claim-draft.ts";
import type { DenialHighlight } from "../../billing/status/denial-highlights.ts";

/** Shown while correcting a denied claim: each reason, where it points, and the fix. */
export function DenialNotice({ highlights, lines, onDismiss }: { highlights: DenialHighlight[]; lines: DraftLine[]; onDismiss(): void }) {
  return (
    <section id="denial-notice" tabIndex={-1} aria-label="Denial to correct" className="notice warning denial">
      <h2>Correcting a denied claim</h2>
      {highlights.length === 0 ? (
        <p>The payer gave no reason that points at the codes; check the claim status below and resubmit when ready.</p>
      ) : (
        <ul>
          {highlights.map((h, i) => {
            const index = lines.findIndex((l) => l.id === h.lineId);
            return (
              <li key={i}>
                <strong>{h.reason.group ? `${h.reason.group}-` : ""}{h.reason.code}</strong>
                {index >= 0 ? ` on line ${index + 1} (${lines[index]?.code})` : ""} — {h.reason.explanation}
                {h.reason.fix && <> <em>Fix:</em> {h.reason.fix}</>} <span className="muted">(look at: {h.field})</span>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="secondary small" onClick={onDismiss}>Hide</button>
    </section>
  );
}
