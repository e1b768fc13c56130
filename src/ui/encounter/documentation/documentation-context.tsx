import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { SourceSentence } from "../../../coding/documentation/index.ts";
import type { ContextWithEncounter } from "../../coding/coding-workspace.tsx";
import { useDocumentation, type Documentation } from "./use-documentation.ts";

export interface DocumentationValue extends Documentation {
  /** The sentence shown highlighted in the Documentation region. */
  highlight?: SourceSentence;
  /** Highlights the sentence a suggestion came from and moves focus to it. */
  showSource(source: SourceSentence): void;
}

const DocumentationContext = createContext<DocumentationValue | undefined>(undefined);

/** The encounter's documentation, shared by the Documentation region and the diagnoses it suggests. */
export function DocumentationProvider({ context, dateOfService, children }: { context: ContextWithEncounter; dateOfService: string; children: ReactNode }) {
  const documentation = useDocumentation(context, dateOfService);
  const [highlight, setHighlight] = useState<{ source: SourceSentence; at: number }>();
  // A new object each click: clicking the same source again moves focus there again.
  const showSource = useCallback((source: SourceSentence) => setHighlight({ source, at: Date.now() }), []);
  const value = useMemo(
    () => ({ ...documentation, ...(highlight ? { highlight: highlight.source, highlightAt: highlight.at } : {}), showSource }),
    [documentation, highlight, showSource],
  );
  return <DocumentationContext.Provider value={value}>{children}</DocumentationContext.Provider>;
}

/** The documentation, or undefined outside a DocumentationProvider (the panels then show none). */
export function useDocumentationContext(): (DocumentationValue & { highlightAt?: number }) | undefined {
  return useContext(DocumentationContext);
}
