import type { ClaimDraft, DraftDiagnosis, DraftLine } from "../claim-draft.ts";
import { isEmCode } from "../../coding/em/index.ts";
import type { DraftEm } from "./draft-em.ts";
import { linksNewDiagnosis } from "../../coding/suggest/index.ts";

/** E/M visit codes, their prolonged-service add-ons and the prenatal tracking codes: the lines the E/M helper owns. */
export const isEmLineCode = (code: string): boolean => isEmCode(code) || ["99417", "G2212", "0500F", "0502F"].includes(code);

/** Claim-form limits (CMS-1500 / 837P). */
export const MAX_DIAGNOSES = 12;
export const MAX_POINTERS = 4;
export const MAX_MODIFIERS = 4;

export type DraftAction =
  /** `before`: the listed code it must precede (code-first conventions); absent: last. */
  | { type: "add-diagnosis"; diagnosis: DraftDiagnosis; before?: string }
  | { type: "remove-diagnosis"; index: number }
  | { type: "move-diagnosis"; from: number; to: number }
  | { type: "add-line"; line: DraftLine }
  | { type: "update-line"; id: string; patch: Partial<Omit<DraftLine, "id">> }
  | { type: "remove-line"; id: string }
  | { type: "move-line"; from: number; to: number }
  /** The coder's E/M choices changed (saved with the draft). */
  | { type: "set-em"; em: DraftEm }
  /** The E/M line(s) (visit, prolonged-service add-on or prenatal tracking code) replace those on the draft and go first. */
  | { type: "set-em-lines"; lines: DraftLine[] }
  /** The whole draft replaced: the server's version taken ("Take theirs"). */
  | { type: "replace"; draft: ClaimDraft }
  /** The server version the draft now rests on (after a save, or "Keep mine"): content unchanged. */
  | { type: "based-on"; basedOn: NonNullable<ClaimDraft["basedOn"]> };

/** Maps old 1-based pointers to new ones; pointers to removed diagnoses disappear. */
function remapPointers(lines: DraftLine[], map: (pointer: number) => number | undefined): DraftLine[] {
  return lines.map((line) => ({
    ...line,
    diagnosisPointers: line.diagnosisPointers.map(map).filter((p): p is number => p !== undefined),
  }));
}

function move<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

function addDiagnosis(draft: ClaimDraft, diagnosis: DraftDiagnosis): ClaimDraft {
  if (draft.diagnoses.some((d) => d.code === diagnosis.code) || draft.diagnoses.length >= MAX_DIAGNOSES) return draft;
  const diagnoses = [...draft.diagnoses, diagnosis];
  const pointer = diagnoses.length;
  // A line with room for another pointer is linked to the new diagnosis automatically (editable),
  // when the diagnosis fits it by medical necessity: Z23 goes to the vaccine lines, not the visit.
  const fits = (line: DraftLine) => linksNewDiagnosis(line.code, line.diagnosisPointers.map((p) => draft.diagnoses[p - 1]?.code ?? ""), diagnosis.code);
  const lines = draft.lines.map((line) =>
    line.diagnosisPointers.length < MAX_POINTERS && fits(line) ? { ...line, diagnosisPointers: [...line.diagnosisPointers, pointer] } : line,
  );
  return { ...draft, diagnoses, lines };
}

/** Adds the diagnosis, then moves it before the listed code `before` (pointers follow their diagnoses). */
function addDiagnosisBefore(draft: ClaimDraft, diagnosis: DraftDiagnosis, before: string | undefined): ClaimDraft {
  const added = addDiagnosis(draft, diagnosis);
  const at = before === undefined || added === draft ? -1 : added.diagnoses.findIndex((d) => d.code === before);
  return at === -1 ? added : moveDiagnosis(added, added.diagnoses.length - 1, at);
}

function moveDiagnosis(draft: ClaimDraft, from: number, to: number): ClaimDraft {
  const n = draft.diagnoses.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return draft;
  const order = move([...Array(n).keys()], from, to); // order[newIndex] = oldIndex
  const newIndexOf = new Map(order.map((oldIndex, newIndex) => [oldIndex + 1, newIndex + 1]));
  return { ...draft, diagnoses: move(draft.diagnoses, from, to), lines: remapPointers(draft.lines, (p) => newIndexOf.get(p)) };
}

function removeDiagnosis(draft: ClaimDraft, index: number): ClaimDraft {
  if (index < 0 || index >= draft.diagnoses.length) return draft;
  const removed = index + 1;
  const map = (p: number) => (p === removed ? undefined : p > removed ? p - 1 : p);
  return { ...draft, diagnoses: draft.diagnoses.filter((_, i) => i !== index), lines: remapPointers(draft.lines, map) };
}

/**
 * The E/M line replaces the draft's E/M lines (never a second one) and is the first line; the
 * replaced line's id and pointers are kept, so the service keeps its identity on the store.
 */
function setEmLines(draft: ClaimDraft, lines: DraftLine[]): ClaimDraft {
  const old = draft.lines.filter((l) => isEmLineCode(l.code));
  const rest = draft.lines.filter((l) => !isEmLineCode(l.code));
  const kept = lines.map((line, i) => {
    const previous = old[i];
    return previous ? { ...line, id: previous.id, diagnosisPointers: previous.diagnosisPointers.length ? previous.diagnosisPointers : line.diagnosisPointers } : line;
  });
  return { ...draft, lines: [...kept, ...rest] };
}

function changeDraft(draft: ClaimDraft, action: DraftAction): ClaimDraft {
  switch (action.type) {
    case "add-diagnosis":
      return addDiagnosisBefore(draft, action.diagnosis, action.before);
    case "remove-diagnosis":
      return removeDiagnosis(draft, action.index);
    case "move-diagnosis":
      return moveDiagnosis(draft, action.from, action.to);
    case "add-line":
      return { ...draft, lines: [...draft.lines, action.line] };
    case "update-line":
      return { ...draft, lines: draft.lines.map((l) => (l.id === action.id ? { ...l, ...action.patch } : l)) };
    case "remove-line":
      return { ...draft, lines: draft.lines.filter((l) => l.id !== action.id) };
    case "move-line": {
      const n = draft.lines.length;
      if (action.from < 0 || action.from >= n || action.to < 0 || action.to >= n) return draft;
      return { ...draft, lines: move(draft.lines, action.from, action.to) };
    }
    case "set-em":
      return { ...draft, em: action.em };
    case "set-em-lines":
      return setEmLines(draft, action.lines);
    case "replace":
      return { ...action.draft };
    case "based-on":
      return { ...draft, basedOn: action.basedOn };
  }
}

/** Applies one edit; a change that takes effect bumps the revision, a refused one returns the same draft. */
export function applyDraftAction(draft: ClaimDraft, action: DraftAction): ClaimDraft {
  const next = changeDraft(draft, action);
  return next === draft ? draft : { ...next, revision: draft.revision + 1 };
}
