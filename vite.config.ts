import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Three pages: launch.html (the SMART launch URL an EMR calls), index.html (the redirect URI,
// where the app itself runs) and billing-callback.html (the redirect URI of the separate login
// to the practice's billing server).
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  worker: { format: "es" },
  build: {
    target: "es2022",
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        launch: resolve(import.meta.dirname, "launch.html"),
        "billing-callback": resolve(import.meta.dirname, "billing-callback.html"),
      },
    },
  },
});
