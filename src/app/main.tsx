import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { createFhirGateway, type FhirGateway, SHARED_SEARCH_MS } from "../fhir/fhir-gateway.ts";
import { isLaunchProblem } from "../smart/launch-error.ts";
import { completeLaunch, type SmartSession } from "../smart/smart-session.ts";
import { loadPracticeConfig, type PracticeConfig } from "./load-practice-config.ts";
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

// The critical path starts with the page, before the token exchange: the code worker downloads and
// decodes the code sets, and the practice's files are read, while the SMART launch completes.
const codes = createWorkerCodeService();
const practiceLoading = loadPracticeConfig();

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

/** The shell renders at once (the chart is read); the coding work waits for the practice's files. */
function App({ session, gateway, queryClient }: { session: SmartSession; gateway: FhirGateway; queryClient: QueryClient }) {
  const [practice, setPractice] = useState<PracticeConfig>();
  useEffect(() => {
    let live = true;
    void practiceLoading.then((loaded) => {
      if (!live) return;
      purgeDraftsAtStart(session, loaded.billing);
      setPractice(loaded);
    });
    return () => { live = false; };
  }, [session]);
  const terminologyServer = practice?.billing?.terminologyServer;
  const terminology = useMemo(() => (terminologyServer ? createTerminologyClient(terminologyServer) : undefined), [terminologyServer]);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider value={{ session, gateway }}>
        <CodeServiceProvider service={codes}>
          <TerminologyProvider client={terminology}>
            <AppShell
              today={today}
              configPending={!practice}
              {...(practice ? { chargeFor: practice.chargeFor, configProblems: practice.problems } : {})}
              {...(practice?.billing ? { billing: practice.billing } : {})}
            />
          </TerminologyProvider>
        </CodeServiceProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}

async function start() {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(<main className="loading" aria-busy="true">Opening the chart…</main>);
  try {
    const session = await completeLaunch(new URL(window.location.href));
    const gateway = createFhirGateway({
      baseUrl: session.serverUrl,
      getAccessToken: session.getAccessToken,
      refreshAccessToken: session.refreshAccessToken,
      capabilityStorage: window.localStorage,
      shareSearchesMs: SHARED_SEARCH_MS,
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
    root.render(
      <StrictMode>
        <App session={session} gateway={gateway} queryClient={queryClient} />
      </StrictMode>,
    );
  } catch (error) {
    const problem = isLaunchProblem(error) ? error : undefined;
    root.render(<LaunchProblemScreen kind={problem?.kind ?? "token-failed"} detail={problem?.detail ?? String(error)} />);
  }
}

void start();
