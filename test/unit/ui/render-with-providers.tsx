import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createFhirGateway } from "../../../src/fhir/fhir-gateway.ts";
import type { SmartSession } from "../../../src/smart/smart-session.ts";
import { SessionProvider } from "../../../src/ui/shell/session-context.tsx";
import { FAKE_BASE } from "../../msw/fake-fhir-server.ts";

export function fakeSession(overrides: Partial<SmartSession> = {}): SmartSession {
  return {
    serverUrl: FAKE_BASE,
    patientId: "p1",
    encounterId: "e1",
    fhirUser: "Practitioner/dr1",
    scope: "launch openid fhirUser user/*.rs",
    needPatientBanner: true,
    getAccessToken: async () => "token-1",
    refreshAccessToken: async () => false,
    ...overrides,
  };
}

/** Renders with a fresh QueryClient (no retries) and a session against the msw fake server. */
export function renderWithProviders(ui: ReactNode, session: SmartSession = fakeSession()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const gateway = createFhirGateway({ baseUrl: session.serverUrl, getAccessToken: session.getAccessToken, refreshAccessToken: session.refreshAccessToken });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider value={{ session, gateway }}>{ui}</SessionProvider>
    </QueryClientProvider>,
  );
}
