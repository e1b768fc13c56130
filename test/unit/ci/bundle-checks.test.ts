import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LAZY_ONLY, lazyModulesIn, moduleName, polyfillMarkersIn, staticClosure, unmatchedLazyRules, type BundleModules } from "../../../scripts/bundle-checks.ts";

const nodeModules = resolve(import.meta.dirname, "../../../node_modules");
const libraryFile = (path: string) => readFileSync(resolve(nodeModules, path), "utf8");

const chunk = (modules: string[], imports: string[] = [], dynamicImports: string[] = []) => ({ modules, imports, dynamicImports });

/** A bundle shaped like the app's: the page's entry, a shared chunk it imports, and lazy chunks it imports dynamically. */
const BUNDLE: BundleModules = {
  "assets/index-a.js": chunk(["src/app/main.tsx", "src/ui/coding/lazy-regions.tsx"], ["assets/shared-b.js"], ["assets/review-c.js", "assets/status-d.js"]),
  "assets/shared-b.js": chunk(["node_modules/react/index.js", "src/billing/payer/payer-id.ts"]),
  "assets/review-c.js": chunk(["src/ui/claim/review-panel.tsx", "src/ui/claim/submit-step.tsx", "src/billing/x12/claim-to-837p.ts"], ["assets/shared-b.js"]),
  "assets/status-d.js": chunk(["src/ui/claim/claim-status-region.tsx", "src/ui/claim/claim-status-view.tsx"], ["assets/shared-b.js"], ["assets/worklists-e.js"]),
  "assets/worklists-e.js": chunk(["src/ui/claim/claim-worklist.tsx", "src/ui/worklist/encounters-to-code.tsx"]),
};

describe("lazy-only modules stay out of the pages' entry chunks", () => {
  it("follows static imports only", () => {
    expect(staticClosure(BUNDLE, ["assets/index-a.js"]).sort()).toEqual(["assets/index-a.js", "assets/shared-b.js"]);
    expect(staticClosure(BUNDLE, ["assets/status-d.js"]).sort()).toEqual(["assets/shared-b.js", "assets/status-d.js"]);
  });

  it("finds nothing when X12, claim status, worklists, review and submit step are in lazy chunks", () => {
    expect(lazyModulesIn(BUNDLE, staticClosure(BUNDLE, ["assets/index-a.js"]))).toEqual([]);
    expect(unmatchedLazyRules(BUNDLE)).toEqual([]);
  });

  it("names each lazy-only module found in an entry chunk and the chunk it is in", () => {
    const leaked: BundleModules = {
      ...BUNDLE,
      "assets/shared-b.js": chunk([...(BUNDLE["assets/shared-b.js"]?.modules ?? []), "src/billing/x12/read-identifiers.ts", "src/billing/x12/npi.ts", "src/ui/claim/claim-worklist.tsx"]),
      "assets/index-a.js": chunk([...(BUNDLE["assets/index-a.js"]?.modules ?? []), "src/ui/claim/review-panel.tsx"], ["assets/shared-b.js"]),
    };
    expect(lazyModulesIn(leaked, staticClosure(leaked, ["assets/index-a.js"]))).toEqual([
      { chunk: "assets/index-a.js", module: "src/ui/claim/review-panel.tsx", what: "review panel" },
      { chunk: "assets/shared-b.js", module: "src/billing/x12/read-identifiers.ts", what: "X12 writer and readers" },
      { chunk: "assets/shared-b.js", module: "src/billing/x12/npi.ts", what: "X12 writer and readers" },
      { chunk: "assets/shared-b.js", module: "src/ui/claim/claim-worklist.tsx", what: "claims worklist" },
    ]);
  });

  it("covers every lazy region: X12, claim status, both worklists, review panel and submit step", () => {
    const hit = (module: string) => LAZY_ONLY.find((r) => r.module.test(module))?.what;
    expect(hit("src/billing/x12/claim-to-837p.ts")).toBe("X12 writer and readers");
    expect(hit("src/billing/x12/read-claim-837.ts")).toBe("X12 writer and readers");
    expect(hit("src/ui/claim/claim-status-region.tsx")).toBe("claim status region");
    expect(hit("src/ui/claim/claim-worklist.tsx")).toBe("claims worklist");
    expect(hit("src/ui/worklist/encounters-to-code.tsx")).toBe("encounters-to-code worklist");
    expect(hit("src/ui/claim/review-panel.tsx")).toBe("review panel");
    expect(hit("src/ui/claim/submit-step.tsx")).toBe("submit step");
    expect(hit("src/billing/payer/payer-id.ts")).toBeUndefined();
    expect(hit("src/ui/claim/billing-config.ts")).toBeUndefined();
  });

  it("reports a rule that matches no module of the build (a file moved)", () => {
    const withoutWorklists = Object.fromEntries(Object.entries(BUNDLE).filter(([file]) => file !== "assets/worklists-e.js"));
    expect(unmatchedLazyRules(withoutWorklists)).toEqual(["claims worklist", "encounters-to-code worklist"]);
  });

  it("prints module ids relative to the project", () => {
    expect(moduleName("/work/app/src/billing/x12/npi.ts", "/work/app")).toBe("src/billing/x12/npi.ts");
    expect(moduleName("/work/app/src/ui/claim/review-panel.tsx?worker", "/work/app/")).toBe("src/ui/claim/review-panel.tsx");
    expect(moduleName("\0vite/preload-helper.js", "/work/app")).toBe("vite/preload-helper.js");
    expect(moduleName("C:\\app\\src\\billing\\x12\\npi.ts", "C:\\app")).toBe("src/billing/x12/npi.ts");
  });
});

describe("polyfills the supported browsers do not need", () => {
  const found = (code: string) => polyfillMarkersIn(code).map((m) => m.library);

  it("recognises the polyfill libraries installed beside the app by their own code", () => {
    // fhirclient depends on these; its "pure" build (vite.config.ts) leaves them out.
    expect(found(libraryFile("core-js/internals/shared-store.js"))).toEqual(["core-js"]);
    expect(found(libraryFile("core-js/modules/es.promise.constructor.js"))).toEqual(["core-js Promise"]);
    expect(found(libraryFile("abortcontroller-polyfill/dist/abortcontroller-polyfill-only.js"))).toEqual(["abortcontroller-polyfill"]);
    expect(found(libraryFile("cross-fetch/dist/browser-ponyfill.js"))).toContain("whatwg-fetch (cross-fetch)");
    expect(found(libraryFile("@babel/runtime/helpers/esm/regenerator.js"))).toEqual(["regenerator-runtime"]);
  });

  it("recognises Vite's modulepreload polyfill as minified, not react-dom's preload lookup nor Vite's own support test", () => {
    expect(found('(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e)})()')).toEqual(["Vite modulepreload polyfill"]);
    expect(found('i=`link[rel="modulepreload"][as="`+un(r)+`"][href="`+un(e)+`"]`;n.querySelector(i)')).toEqual([]);
    expect(found("var sn=(function(){let e=typeof document<`u`&&document.createElement(`link`).relList;return e&&e.supports&&e.supports(`modulepreload`)?`modulepreload`:`preload`})()")).toEqual([]);
  });

  it("finds none in ordinary app code", () => {
    expect(found("async function*g(){yield 1}const p=new Promise((r)=>r(Object.assign({},{a:1})));new AbortController().abort();fetch(`/x`)")).toEqual([]);
  });
});
