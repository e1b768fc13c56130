import type { LaunchProblemKind } from "../../smart/launch-error.ts";

const screens: Record<LaunchProblemKind, { title: string; next: string }> = {
  "not-launched": {
    title: "Open this app from your EHR",
    next: "This page was opened directly. Open a patient's chart in your EHR and launch the coding app from there (or use the sandbox launcher). Any draft you were working on is kept in this browser.",
  },
  "not-registered": {
    title: "This EHR is not set up for the app",
    next: "The app has no client registration for this FHIR server. Ask your administrator to add it to smart-config.json (see README: Registering with a real EMR).",
  },
  denied: {
    title: "Access was not granted",
    next: "The EHR refused to let the app read this chart. Launch it again and allow access, or ask your administrator which permissions your account has.",
  },
  "token-failed": {
    title: "Sign-in could not be completed",
    next: "The EHR did not issue an access token. Launch the app again from the chart; if it keeps happening, the app's registration (client id or redirect URI) may not match.",
  },
  expired: {
    title: "Your session has ended",
    next: "Launch the app again from the chart to continue. Your draft is saved in this browser and will be restored.",
  },
};

export function LaunchProblemScreen({ kind, detail }: { kind: LaunchProblemKind; detail?: string }) {
  const screen = screens[kind];
  return (
    <main className="problem-screen" aria-labelledby="problem-title">
      <h1 id="problem-title">{screen.title}</h1>
      <p>{screen.next}</p>
      {detail && (
        <details>
          <summary>Technical detail</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </main>
  );
}
