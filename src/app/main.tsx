import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFhirGateway } from "../fhir/fhir-gateway.ts";
import { isLaunchProblem } from "../smart/launch-error.ts";
import { completeLaunch } from "../smart/smart-session.ts";
import { loadPracticeConfig } from "./load-practice-config.ts";
import { CodeServiceProvider } from "../ui/coding/code-service-context.tsx";
import { createWorkerCodeService } from "../ui/coding/code-worker-client.ts";
import { TerminologyProvider } from "../ui/coding/terminology-context.tsx";
import { createTerminologyClient } from "../fhir/terminology/terminology-client.ts";
import { AppShell } from "../ui/shell/app-shell.tsx";
import { LaunchProblemScreen } from "../ui/shell/launch-problem-screen.tsx";
import { SessionProvider } from "../ui/shell/session-context.tsx";
import "../ui/styles.css";

async function start() {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const [session, practice] = await Promise.all([completeLaunch(new URL(window.location.href)), loadPracticeConfig()]);
    const gateway = createFhirGateway({
      baseUrl: session.serverUrl,
      getAccessToken: session.getAccessToken,
      refreshAccessToken: session.refreshAccessToken,
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
    const today = new Date().toISOString().slice(0, 10);
    const codes = createWorkerCodeService();
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <SessionProvider value={{ session, gateway }}>
            <CodeServiceProvider service={codes}>
              <TerminologyProvider client={practice.billing?.terminologyServer ? createTerminologyClient(practice.billing.terminologyServer) : undefined}>
              <AppShell today={today} chargeFor={practice.chargeFor} {...(practice.billing ? { billing: practice.billing } : {})} configProblems={practice.problems} />
              </TerminologyProvider>
            </CodeServiceProvider>
          </SessionProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  } catch (error) {
    const problem = isLaunchProblem(error) ? error : undefined;
    root.render(<LaunchProblemScreen kind={problem?.kind ?? "token-failed"} detail={problem?.detail ?? String(error)} />);
  }
}

void start();
