import type { KeyboardEvent, MouseEvent } from "react";
import type { DraftDiagnosis } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import { focusNeighbour } from "./focus-after.ts";

/** A move button that the move disables (first or last place) hands focus to its diagnosis. */
function keepFocusAfterMove(event: MouseEvent<HTMLButtonElement>) {
  const button = event.currentTarget;
  setTimeout(() => {
    if (button.disabled) button.closest("li")?.focus();
  }, 0);
}

/** The claim's diagnoses in order (primary first); Alt+Arrow moves, Delete removes. */
export function AcceptedDiagnoses({ diagnoses, dispatch }: { diagnoses: DraftDiagnosis[]; dispatch(action: DraftAction): void }) {
  if (diagnoses.length === 0) return <p className="muted">No diagnosis on the claim yet: accept a suggestion or search ( / ).</p>;
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && event.key === "ArrowUp") dispatch({ type: "move-diagnosis", from: index, to: index - 1 });
    else if (event.altKey && event.key === "ArrowDown") dispatch({ type: "move-diagnosis", from: index, to: index + 1 });
    else if (event.key === "Delete" || event.key === "Backspace") {
      focusNeighbour(event.currentTarget, "li");
      dispatch({ type: "remove-diagnosis", index });
    }
    else return;
    event.preventDefault();
  };
  return (
    <ol className="accepted" aria-label="Claim diagnoses">
      {diagnoses.map((d, i) => (
        <li key={d.code} tabIndex={0} onKeyDown={onKeyDown(i)} aria-label={`${i + 1}: ${d.code} ${d.display}${i === 0 ? " (primary)" : ""}`}>
          <span className="pointer">{String.fromCharCode(65 + i)}</span> <span className="code">{d.code}</span> {d.display}
          {i === 0 && <span className="badge">primary</span>}
          <span className="row-actions">
            <button type="button" className="secondary small" disabled={i === 0} onClick={(e) => (keepFocusAfterMove(e), dispatch({ type: "move-diagnosis", from: i, to: i - 1 }))} aria-label={`Move ${d.code} up`}>↑</button>
            <button type="button" className="secondary small" disabled={i === diagnoses.length - 1} onClick={(e) => (keepFocusAfterMove(e), dispatch({ type: "move-diagnosis", from: i, to: i + 1 }))} aria-label={`Move ${d.code} down`}>↓</button>
            <button type="button" className="secondary small" onClick={(e) => (focusNeighbour(e.currentTarget.closest("li"), "button[aria-label^='Remove ']"), dispatch({ type: "remove-diagnosis", index: i }))} aria-label={`Remove ${d.code}`}>Remove</button>
          </span>
        </li>
      ))}
    </ol>
  );
}
