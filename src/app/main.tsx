import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createFhirGateway } from "../fhir/fhir-gateway.ts";
import { isLaunchProblem } from "../smart/launch-error.ts";
import { completeLaunch, type SmartSession } from "../smart/smart-session.ts";
import { loadPracticeConfig } from "./load-practice-config.ts";
import { draftRetentionDaysOf, type BillingConfig } from "../ui/claim/billing-config.ts";
import { draftKey, purgeLocalDrafts } from "../ui/coding/draft-storage.ts";
import { CodeServiceProvider } from "../ui/coding/code-service-context.tsx";
import { createWorkerCodeService } from "../ui/coding/code-worker-client.ts";
import { TerminologyProvider } from "../ui/coding/terminology-context.tsx";
import { createTerminologyClient } from "../fhir/terminology/terminology-client.ts";
import { AppShell } from "../ui/shell/app-shell.tsx";
import { LaunchProblemScreen } from "../ui/shell/launch-problem-screen.tsx";
import { SessionProvider } from "../ui/shell/session-context.tsx";
import "../ui/styles.css";

/**
 * The drafts kept in this browser are a cache: at start, this app's drafts past the practice's
 * retention days or of an earlier key version are removed (the one this launch opens is left to
 * its reader, which reports what was wrong with it).
 */
function purgeDraftsAtStart(session: SmartSession, billing: BillingConfig | undefined) {
  try {
    const keep = session.encounterId ? draftKey(session.serverUrl, session.fhirUser ?? "", `Encounter/${session.encounterId}`) : undefined;
    purgeLocalDrafts(window.localStorage, { now: new Date().toISOString(), retentionDays: draftRetentionDaysOf(billing), ...(keep ? { keep } : {}) });
  } catch {
    // Storage disabled: nothing was kept.
  }
}

async function start() {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  try {
    const [session, practice] = await Promise.all([completeLaunch(new URL(window.location.href)), loadPracticeConfig()]);
    purgeDraftsAtStart(session, practice.billing);
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
