import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createFhirGateway, type GatewayOptions } from "../../../src/fhir/fhir-gateway.ts";
import type { SmartSession } from "../../../src/smart/smart-session.ts";
import type { NcciEdits } from "../../../src/billing/ncci/load-ncci.ts";
import { loadCodeIndex } from "../../../src/coding/search/load-code-index.ts";
import { createLocalCodeService, type CodeService } from "../../../src/ui/coding/code-service.ts";
import { CodeServiceProvider } from "../../../src/ui/coding/code-service-context.tsx";
import { SessionProvider } from "../../../src/ui/shell/session-context.tsx";
import { TerminologyProvider } from "../../../src/ui/coding/terminology-context.tsx";
import type { TerminologyClient } from "../../../src/fhir/terminology/terminology-client.ts";
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

let sharedIndex: ReturnType<typeof loadCodeIndex> | undefined;
let sharedCodes: CodeService | undefined;
const realIndex = () => (sharedIndex ??= loadCodeIndex({ source: { kind: "directory", path: "" } }));
/** The real code sets, loaded once per test file from public/codesets. */
export function realCodeService(): CodeService {
  sharedCodes ??= createLocalCodeService(realIndex());
  return sharedCodes;
}

/** The same code sets with NCCI tables for the scrubber (without them it names no edition). */
export function realCodeServiceWithNcci(edits: NcciEdits): CodeService {
  return createLocalCodeService(realIndex(), edits);
}

/** Renders with a fresh QueryClient (no retries) and a session against the msw fake server. */
export function renderWithProviders(ui: ReactNode, session: SmartSession = fakeSession(), codes: CodeService = realCodeService(), terminology?: TerminologyClient, gatewayOptions: Pick<GatewayOptions, "capabilityStorage"> = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const gateway = createFhirGateway({ baseUrl: session.serverUrl, getAccessToken: session.getAccessToken, refreshAccessToken: session.refreshAccessToken, ...gatewayOptions });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider value={{ session, gateway }}>
        <CodeServiceProvider service={codes}>
          <TerminologyProvider client={terminology}>{ui}</TerminologyProvider>
        </CodeServiceProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
