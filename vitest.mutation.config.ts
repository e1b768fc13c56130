import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

// The tests Stryker runs against mutated billing and coding code: the node unit tests of those
// folders only (no jsdom UI suites, no integration suites that start the sandbox server).
const alias = { fhirclient: resolve(import.meta.dirname, "node_modules/fhirclient/lib/entry/browser.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    name: "mutation",
    environment: "node",
    include: ["test/unit/billing/**/*.test.ts", "test/unit/coding/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
