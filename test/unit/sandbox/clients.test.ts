import { describe, expect, it } from "vitest";
import { appRedirectUris, readClients, withLaunchedApp } from "../../../smart-launch/auth/clients.ts";

describe("registered clients and the launched app", () => {
  it("the app the launcher launches is accepted back at its own origin's pages, on any port", () => {
    expect(appRedirectUris("http://localhost:43123/launch.html")).toEqual([
      "http://localhost:43123/index.html", "http://localhost:43123/", "http://localhost:43123/billing-callback.html",
    ]);
    const [client] = withLaunchedApp(readClients(), "http://localhost:43123/launch.html");
    expect(client?.redirect_uris).toEqual(expect.arrayContaining(["http://localhost:43123/index.html", "http://localhost:43123/billing-callback.html", "http://localhost:5173/index.html"]));
  });

  it("adds nothing else: the launch page itself, another port and another host stay unregistered; nothing is listed twice", () => {
    const [client] = withLaunchedApp(readClients(), "http://localhost:5173/launch.html");
    const uris = client?.redirect_uris ?? [];
    expect(uris).toEqual([...new Set(uris)]);
    expect(uris).toEqual(readClients()[0]?.redirect_uris);
    for (const other of ["http://localhost:5173/launch.html", "http://localhost:43124/index.html", "http://evil.example/index.html"]) expect(uris).not.toContain(other);
  });
});
