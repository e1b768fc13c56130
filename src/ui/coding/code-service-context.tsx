import { createContext, useContext, type ReactNode } from "react";
import type { CodeService } from "./code-service.ts";

const CodeServiceContext = createContext<CodeService | undefined>(undefined);

export function CodeServiceProvider({ service, children }: { service: CodeService; children: ReactNode }) {
  return <CodeServiceContext.Provider value={service}>{children}</CodeServiceContext.Provider>;
}

export function useCodeService(): CodeService {
  const service = useContext(CodeServiceContext);
  if (!service) throw new Error("useCodeService outside CodeServiceProvider");
  return service;
}
