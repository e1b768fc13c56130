import { useMemo, type ReactNode } from "react";
import type { Encounter } from "fhir/r4";
import type { EncounterContext } from "../../../fhir/context/encounter-context.ts";
import { DocumentationProvider } from "./documentation-context.tsx";
import { DocumentationRegion } from "./documentation-region.tsx";

export interface EncounterWithDocumentationProps {
  context: EncounterContext;
  encounter: Encounter;
  /** The day the visit is coded for, when the encounter has no start. */
  today: string;
  children: ReactNode;
}

/** The encounter's coding work with the Documentation region beside it; the diagnoses panel reads the suggestions from the same notes. */
export function EncounterWithDocumentation({ context, encounter, today, children }: EncounterWithDocumentationProps) {
  const withEncounter = useMemo(() => ({ ...context, encounter }), [context, encounter]);
  const dateOfService = encounter.period?.start?.slice(0, 10) ?? today;
  return (
    <DocumentationProvider context={withEncounter} dateOfService={dateOfService}>
      <div className="encounter-layout">
        <div className="encounter-main">{children}</div>
        <DocumentationRegion practitioners={context.practitioners} notSearchable={context.documentation.notSearchable} missing={context.missing} />
      </div>
    </DocumentationProvider>
  );
}
