import { createContext, useContext, type ReactNode } from "react";
import type { TerminologyClient } from "../../fhir/terminology/terminology-client.ts";

const TerminologyContext = createContext<TerminologyClient | undefined>(undefined);

/** The practice's terminology server, when one is configured (billing-config.json terminologyServer). */
export function TerminologyProvider({ client, children }: { client: TerminologyClient | undefined; children: ReactNode }) {
  return <TerminologyContext.Provider value={client}>{children}</TerminologyContext.Provider>;
}

export function useTerminology(): TerminologyClient | undefined {
  return useContext(TerminologyContext);
}
