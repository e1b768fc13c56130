import { useCallback, useEffect, useRef } from "react";
import type { TabularNotes } from "../../coding/code-index.ts";
import { ICD10CM } from "../../coding/systems.ts";
import type { DraftDiagnosis } from "../../billing/claim-draft.ts";
import { codeFirstPosition } from "../../billing/draft/code-first-position.ts";
import type { DraftAction } from "../../billing/draft/draft-actions.ts";
import { useCodeService } from "./code-service-context.tsx";

/**
 * The draft's dispatch, with accepted diagnoses placed by the Tabular's code-first / use-additional
 * notes (read from the code service): E11.22 accepted after N18.30 goes before it. Other actions pass through.
 */
export function useCodeFirstDispatch(dispatch: (action: DraftAction) => void, diagnoses: DraftDiagnosis[], dateOfService: string | undefined): (action: DraftAction) => void {
  const service = useCodeService();
  const listed = useRef(diagnoses);
  useEffect(() => {
    listed.current = diagnoses;
  }, [diagnoses]);
  return useCallback(
    (action: DraftAction) => {
      if (action.type !== "add-diagnosis" || action.before !== undefined) return dispatch(action);
      const codes = listed.current.map((d) => d.code);
      const code = action.diagnosis.code;
      if (codes.length === 0 || codes.includes(code)) return dispatch(action);
      Promise.all([code, ...codes].map(async (c) => [c, (await service.lookup(ICD10CM, c, dateOfService))?.notes] as const)).then(
        (entries) => {
          const notes = new Map<string, TabularNotes | undefined>(entries);
          const before = codeFirstPosition(codes, code, (c) => notes.get(c));
          dispatch(before ? { ...action, before } : action);
        },
        () => dispatch(action), // without notes it goes last, as typed
      );
    },
    [dispatch, service, dateOfService],
  );
}
