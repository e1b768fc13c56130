import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// fhirclient resolves to its Node entry under Vitest; the app uses the browser one.
const alias = { fhirclient: resolve(import.meta.dirname, "node_modules/fhirclient/lib/entry/browser.js") };

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    projects: [
      {
        extends: true,
        test: {
          name: "domain",
          environment: "node",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["test/unit/**/*.test.tsx"],
          setupFiles: ["test/msw/setup.ts"],
          // The real code sets load per file (about a second, more on a busy 2-core machine).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
