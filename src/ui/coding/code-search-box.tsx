import { forwardRef, memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { CodeHit } from "../../coding/code-index.ts";
import { CPT, HCPCS, ICD10CM } from "../../coding/systems.ts";
import { mark, markOnce } from "../shell/perf-marks.ts";
import { useCodeSearch } from "./use-code-search.ts";
import { systemLabel } from "./system-label.ts";
import { unknownCptNote } from "./unknown-cpt-note.ts";
import { useEmptySearchReason } from "./use-empty-search-reason.ts";

const SCOPES = { all: [ICD10CM, CPT, HCPCS], diagnoses: [ICD10CM], services: [CPT, HCPCS] } as const;
type Scope = keyof typeof SCOPES;

export interface CodeSearchBoxProps {
  dateOfService?: string;
  /** A billable code was chosen (Enter or click). Headers open their children instead. */
  onPick(hit: CodeHit): void;
}

/** The one search box: ICD-10-CM, CPT and HCPCS, answered locally as the user types. */
export const CodeSearchBox = forwardRef<HTMLInputElement, CodeSearchBoxProps>(function CodeSearchBox({ dateOfService, onPick }, ref) {
  const listId = useId();
  const [text, setText] = useState("");
  const [scope, setScope] = useState<Scope>("all");
  const { hits, problem, remoteNote, answered } = useCodeSearch(text, SCOPES[scope], dateOfService);
  // The answer to what was typed is on screen (User Timing marks for the browser benchmark).
  useEffect(() => {
    if (answered === undefined || !answered.trim()) return;
    markOnce("coding:first-search-results", answered);
    mark("coding:search-results", answered);
  }, [hits, answered]);
  const [chosen, setActive] = useState(0);
  useEffect(() => setActive(0), [text, scope]);
  const active = Math.max(0, Math.min(chosen, hits.length - 1));
  const unknownCpt = unknownCptNote(text, SCOPES[scope], hits);
  // Asked only once this text's own answer is empty: while an answer is on its way the list is the
  // earlier text's, and asking then would queue two more searches in the worker on every keystroke.
  const emptyWhy = useEmptySearchReason(text, SCOPES[scope], dateOfService, !problem && !unknownCpt && answered === text && hits.length === 0);

  const pick = (hit: CodeHit | undefined) => {
    if (!hit) return;
    if (!hit.billable && hit.system === ICD10CM) return setText(hit.code);
    onPick(hit);
    setText("");
  };
  // The list keeps one click handler for its life: a keystroke alone does not render its rows again.
  const latestPick = useRef(pick);
  latestPick.current = pick;
  const pickFromList = useCallback((hit: CodeHit) => latestPick.current(hit), []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Step from the option shown as active: `chosen` may lie past the end of a list that got shorter.
    if (event.key === "ArrowDown") setActive(Math.min(active + 1, hits.length - 1));
    else if (event.key === "ArrowUp") setActive(Math.max(active - 1, 0));
    else if (event.key === "Enter") pick(hits[active]);
    else if (event.key === "Escape") setText("");
    else return;
    event.preventDefault();
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="code-search">
      <div className="code-search-row">
        <input
          ref={ref}
          type="search"
          role="combobox"
          aria-label="Search codes"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(active) : undefined}
          placeholder="Search codes: type a code, words or an abbreviation ( / )"
          value={text}
          onChange={(e) => {
            mark("coding:search-input", e.target.value, e.nativeEvent.timeStamp);
            setText(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <label>
          <span className="visually-hidden">Code set</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as Scope)} aria-label="Code set">
            <option value="all">All code sets</option>
            <option value="diagnoses">Diagnoses (ICD-10-CM)</option>
            <option value="services">Services (CPT, HCPCS)</option>
          </select>
        </label>
      </div>
      {problem && <p role="alert" className="alert">{problem}</p>}
      {remoteNote && <p className="muted small" aria-live="polite">{remoteNote}</p>}
      {unknownCpt && <p className="notice warning" aria-live="polite">{unknownCpt}</p>}
      {emptyWhy && <p className="muted small" role="status">{emptyWhy}</p>}
      <SearchHits listId={listId} hits={hits} active={active} onPick={pickFromList} />
    </div>
  );
});

interface SearchHitsProps {
  listId: string;
  hits: CodeHit[];
  active: number;
  onPick(hit: CodeHit): void;
}

/**
 * The matching codes (at most the search's limit, 12). Rendered again only when the answer or the
 * active option changes, not on the keystroke that asks for the next answer.
 */
const SearchHits = memo(function SearchHits({ listId, hits, active, onPick }: SearchHitsProps) {
  return (
    <ul id={listId} role="listbox" aria-label="Matching codes" className="code-hits">
      {hits.map((hit, i) => (
        <li key={`${hit.system}|${hit.code}`} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "active" : undefined} onMouseDown={(e) => (e.preventDefault(), onPick(hit))}>
          <span className="code">{hit.code}</span> <span className="display">{hit.display}</span>{" "}
          <span className="badge">{systemLabel(hit.system)}</span>
          {!hit.billable && <span className="badge header-badge">header: Enter shows billable codes</span>}
        </li>
      ))}
    </ul>
  );
});
