import { createContext, useContext, type ReactNode } from "react";
import type { FhirGateway } from "../../fhir/fhir-gateway.ts";
import type { SmartSession } from "../../smart/smart-session.ts";

export interface SessionValue {
  session: SmartSession;
  gateway: FhirGateway;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

export function SessionProvider({ value, children }: { value: SessionValue; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
