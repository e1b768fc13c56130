/**
 * Checks of a built bundle beyond its size (run by scripts/bundle-size.ts): modules that must load
 * only after the chart shows are in no entry chunk, and no entry chunk carries a polyfill the
 * supported browsers (README "Caching and the browsers") do not need.
 */

/** What the build says of one chunk (from Rollup/Rolldown's output; module ids relative to the project, "/" separated). */
export interface ChunkModules {
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}

/** Chunk file name ("assets/index-x.js") -> its modules and imports. */
export type BundleModules = Record<string, ChunkModules>;

/** Code the app loads lazily (src/ui/coding/lazy-regions.tsx, src/ui/shell/app-shell.tsx): never part of a page's entry chunks. */
export const LAZY_ONLY: readonly { what: string; module: RegExp }[] = [
  { what: "X12 writer and readers", module: /^src\/billing\/x12\// },
  { what: "claim status region", module: /^src\/ui\/claim\/claim-status-(region|view)\.tsx$/ },
  { what: "claims worklist", module: /^src\/ui\/claim\/claim-worklist\.tsx$/ },
  { what: "encounters-to-code worklist", module: /^src\/ui\/worklist\/encounters-to-code\.tsx$/ },
  { what: "review panel", module: /^src\/ui\/claim\/review-panel\.tsx$/ },
  { what: "submit step", module: /^src\/ui\/claim\/submit-step\.tsx$/ },
];

/** A module id as the report prints it: relative to the project root, without a query or Rollup's \0 prefix. */
export function moduleName(id: string, root: string): string {
  const plain = id.replace(/^\0/, "").replace(/\?.*$/, "").replaceAll("\\", "/");
  const base = root.replaceAll("\\", "/").replace(/\/$/, "");
  return plain.startsWith(`${base}/`) ? plain.slice(base.length + 1) : plain;
}

/** The chunks loaded with `roots` before any dynamic import: the roots and what they import statically, transitively. */
export function staticClosure(bundle: BundleModules, roots: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const next of bundle[file]?.imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return [...found];
}

export interface MisplacedModule {
  chunk: string;
  module: string;
  what: string;
}

/** Each lazy-only module found in one of `entryChunks`, with the chunk it is in. */
export function lazyModulesIn(bundle: BundleModules, entryChunks: readonly string[]): MisplacedModule[] {
  const found: MisplacedModule[] = [];
  for (const chunk of entryChunks) {
    for (const module of bundle[chunk]?.modules ?? []) {
      const rule = LAZY_ONLY.find((r) => r.module.test(module));
      if (rule) found.push({ chunk, module, what: rule.what });
    }
  }
  return found;
}

/** The LAZY_ONLY entries that match no module of the bundle (a file renamed or moved: the entry would check nothing). */
export function unmatchedLazyRules(bundle: BundleModules): string[] {
  const modules = Object.values(bundle).flatMap((c) => c.modules);
  return LAZY_ONLY.filter((r) => !modules.some((m) => r.module.test(m))).map((r) => r.what);
}

/**
 * Text that polyfill libraries leave in minified code (string literals, which minifiers keep).
 * Each was read in the library's source: core-js 3 (internals/shared-store.js,
 * modules/es.promise.constructor.js), Babel's regenerator helper (@babel/runtime
 * helpers/regenerator.js, as in regenerator-runtime), Vite's modulepreload polyfill (in the
 * Rolldown binding), abortcontroller-polyfill (dist/*), whatwg-fetch as cross-fetch bundles it
 * (dist/browser-ponyfill.js), es6-promise and object-assign. The modulepreload polyfill is matched
 * by its `querySelectorAll` of every modulepreload link: react-dom's `link[rel="modulepreload"][as=…]`
 * lookup and Vite's own `relList.supports("modulepreload")` test are not polyfills.
 */
export const POLYFILL_MARKERS: readonly { library: string; marker: string | RegExp }[] = [
  { library: "core-js", marker: "__core-js_shared__" },
  { library: "core-js Promise", marker: "Promise can't be resolved itself" },
  { library: "regenerator-runtime", marker: "Generator is already running" },
  { library: "Vite modulepreload polyfill", marker: /querySelectorAll\(\s*[`'"]link\[rel="?modulepreload"?\][`'"]\s*\)/ },
  { library: "abortcontroller-polyfill", marker: "__FORCE_INSTALL_ABORTCONTROLLER_POLYFILL" },
  { library: "whatwg-fetch (cross-fetch)", marker: "Headers constructor: expected name/value pair" },
  { library: "es6-promise", marker: "You must pass a resolver function as the first argument to the promise constructor" },
  { library: "object-assign", marker: "Object.assign cannot be called with null or undefined" },
];

/** The polyfill markers found in a chunk's code. */
export function polyfillMarkersIn(code: string): { library: string; marker: string | RegExp }[] {
  return POLYFILL_MARKERS.filter((m) => (typeof m.marker === "string" ? code.includes(m.marker) : m.marker.test(code)));
}
