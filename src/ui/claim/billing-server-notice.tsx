import type { BillingServerConnection } from "./use-billing-server.ts";

/** Region "Billing server": whether the app is logged in to the practice's billing server, and the way to log in. */
export function BillingServerNotice({ connection }: { connection: BillingServerConnection }) {
  return (
    <section aria-label="Billing server" className="card">
      <h2>Billing server</h2>
      {connection.gateway ? (
        <p className="small">Connected to {connection.server.fhirBase}: drafts, hand-offs and claims are kept there for everyone who works on this encounter.</p>
      ) : (
        <>
          <p className="small">This practice keeps claims on its billing server ({connection.server.fhirBase}). Log in to it once in this tab to save, hand on and submit claims; until then the draft stays in this browser.</p>
          <button type="button" disabled={connection.connecting} onClick={() => void connection.connect()}>Connect billing server</button>
        </>
      )}
      {connection.problem && <p role="alert" className="alert">{connection.problem}</p>}
    </section>
  );
}
