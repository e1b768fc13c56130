import { rmSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { hashedArtifacts } from "./scripts/vite-hashed-artifacts.ts";

/**
 * The headers the built app is served with (README "Hosting"): a strict Content-Security-Policy (no
 * inline script; fetches only to this origin and the FHIR servers in APP_CONNECT_SRC; framing only
 * by APP_FRAME_ANCESTORS, the EHRs that embed the app; frames only from this origin and blob:, where
 * a note's PDF opens), no referrer, no MIME sniffing. The defaults
 * fit the sandbox EHRs on localhost.
 */
function securityHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const connect = env["APP_CONNECT_SRC"] ?? "http://localhost:* http://127.0.0.1:*";
  const ancestors = env["APP_FRAME_ANCESTORS"] ?? "'self' http://localhost:* http://127.0.0.1:*";
  const policy = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
    `connect-src 'self' ${connect}`, "worker-src 'self'", "frame-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ];
  return { "Content-Security-Policy": policy.join("; "), "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff" };
}

/** msw's browser worker is for tests only: never part of dist/ even when msw's install put it in public/. */
function withoutMockServiceWorker(): Plugin {
  let outDir = "dist";
  return {
    name: "without-mock-service-worker",
    apply: "build",
    configResolved(config) { outDir = resolve(config.root, config.build.outDir); },
    closeBundle() { rmSync(resolve(outDir, "mockServiceWorker.js"), { force: true }); },
  };
}

// Three pages: launch.html (the SMART launch URL an EMR calls), index.html (the redirect URI,
// where the app itself runs) and billing-callback.html (the redirect URI of the separate login
// to the practice's billing server).
/**
 * The browsers the build targets (README "Browsers"): current Chromium (Chrome, Edge), Firefox and
 * Safari. The app needs module workers, DecompressionStream, IndexedDB and Web Crypto, which these
 * have; nothing is polyfilled.
 */
export const BROWSER_TARGETS = ["chrome111", "edge111", "firefox114", "safari16.4"];

/**
 * src/coding runs nothing on import (its modules only build tables and define functions), so a module
 * of it whose exports go unused is left out. The folder indexes of src/coding then bring
 * into a chunk only what it uses, not every table of the folder.
 */
function codingHasNoSideEffects(id: string): boolean {
  return !/[\\/]src[\\/]coding[\\/]/.test(id);
}

export default defineConfig({
  plugins: [react(), withoutMockServiceWorker(), hashedArtifacts()],
  // fhirclient's "pure" mode: no fetch / AbortController polyfills (every supported browser has them),
  // and its isomorphic-webcrypto fallback replaced by the browser's own crypto.
  define: { FHIRCLIENT_PURE: "true" },
  resolve: { alias: { "isomorphic-webcrypto": resolve(import.meta.dirname, "src/smart/web-crypto.ts") } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true, headers: securityHeaders(process.env) },
  worker: { format: "es", rollupOptions: { treeshake: { moduleSideEffects: codingHasNoSideEffects } } },
  build: {
    target: BROWSER_TARGETS,
    modulePreload: { polyfill: false },
    rollupOptions: {
      treeshake: { moduleSideEffects: codingHasNoSideEffects },
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        launch: resolve(import.meta.dirname, "launch.html"),
        "billing-callback": resolve(import.meta.dirname, "billing-callback.html"),
      },
    },
  },
});
