import type { OperationOutcomeIssue } from "fhir/r4";
import type { ClaimDraft } from "../../billing/claim-draft.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";

/** An issue of a restored draft; one on a line's field is tied to the line's id, so it follows the line when lines move. */
export interface TrackedIssue {
  issue: OperationOutcomeIssue;
  lineId?: string;
  field?: string;
}

const LINE_FIELD = /^ClaimDraft\.lines\[(\d+)\]\.(\w+)$/;

export function trackIssues(draft: ClaimDraft, issues: OperationOutcomeIssue[]): TrackedIssue[] {
  return issues.map((issue) => {
    const match = LINE_FIELD.exec(issue.expression?.[0] ?? "");
    const line = match ? draft.lines[Number(match[1])] : undefined;
    return line && match?.[2] ? { issue, lineId: line.id, field: match[2] } : { issue };
  });
}

/** After an edit: a field given a new (valid) value, or a removed line, has no issue left. */
export function settleIssues(tracked: TrackedIssue[], action: DraftAction): TrackedIssue[] {
  if ("draft" in action) return []; // the whole draft replaced
  if (action.type === "update-line") return tracked.filter((t) => t.lineId !== action.id || !t.field || !(t.field in action.patch));
  if (action.type === "remove-line") return tracked.filter((t) => t.lineId !== action.id);
  return tracked;
}

/** The issues, with those on lines pointing at where each line is now (none for a line that is gone). */
export function currentIssues(tracked: TrackedIssue[], draft: ClaimDraft): OperationOutcomeIssue[] {
  return tracked.flatMap(({ issue, lineId, field }) => {
    if (!lineId || !field) return [issue];
    const index = draft.lines.findIndex((l) => l.id === lineId);
    return index < 0 ? [] : [{ ...issue, expression: [`ClaimDraft.lines[${index}].${field}`] }];
  });
}
