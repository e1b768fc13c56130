import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createFhirGateway, type FhirGateway, SHARED_SEARCH_MS } from "../../fhir/fhir-gateway.ts";
import {
  billingAccessToken,
  completeBillingAuthorization,
  readBillingToken,
  refreshBillingToken,
  startBillingAuthorization,
  type BillingServer,
  type PendingAuthorization,
} from "../../smart/billing-auth.ts";

export interface BillingServerConnection {
  server: BillingServer;
  /** Present once the app holds a token for the billing server. */
  gateway?: FhirGateway;
  connecting: boolean;
  problem?: string;
  /** Opens the billing server's login (a small window) and waits for its answer. */
  connect(): Promise<void>;
}

const callbackUrl = () => new URL("billing-callback.html", window.location.href).toString();

/**
 * The login to the practice's billing server, apart from the EHR's: a SMART standalone launch in
 * a small window whose answer comes back by postMessage; the token lives in this tab only.
 */
export function useBillingServer(server: BillingServer | undefined): BillingServerConnection | undefined {
  const [version, setVersion] = useState(0);
  const [connecting, setConnecting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const pending = useRef<PendingAuthorization>(undefined);
  const storage = window.sessionStorage;
  const connected = server ? Boolean(readBillingToken(storage, server)) : false;
  const gateway = useMemo(() => {
    if (!server || !connected) return undefined;
    return createFhirGateway({
      baseUrl: server.fhirBase,
      getAccessToken: () => billingAccessToken(server, storage),
      refreshAccessToken: async () => {
        const ok = await refreshBillingToken(server, storage);
        if (!ok) setVersion((v) => v + 1); // the login is gone: show "Connect billing server" again
        return ok;
      },
      shareSearchesMs: SHARED_SEARCH_MS,
    });
  }, [server, connected, storage, version]);
  useEffect(() => {
    if (!server) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; code?: string; state?: string; error?: string } | null;
      if (event.origin !== window.location.origin || data?.type !== "billing-auth" || !pending.current) return;
      const waiting = pending.current;
      pending.current = undefined;
      completeBillingAuthorization(server, waiting, data, storage).then(
        () => { setProblem(undefined); setVersion((v) => v + 1); },
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      ).finally(() => setConnecting(false));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [server, storage]);
  const connect = useCallback(async () => {
    if (!server) return;
    setConnecting(true);
    setProblem(undefined);
    const popup = window.open("about:blank", "billing-server-login", "width=520,height=640");
    try {
      pending.current = await startBillingAuthorization(server, callbackUrl());
      if (!popup) throw new Error("The browser blocked the login window: allow pop-ups for this app and try again.");
      popup.location.href = pending.current.url;
    } catch (error) {
      popup?.close();
      pending.current = undefined;
      setConnecting(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }, [server]);
  if (!server) return undefined;
  return { server, ...(gateway ? { gateway } : {}), connecting, ...(problem ? { problem } : {}), connect };
}
