import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

/** Without an icon link the browser asks for /favicon.ico, a 404 on every launch. */
describe("the app's pages name an icon that is shipped", () => {
  for (const page of ["index.html", "launch.html", "billing-callback.html"]) {
    it(page, () => {
      const href = /<link rel="icon"[^>]*href="\/([^"]+)"/.exec(readFileSync(resolve(root, page), "utf8"))?.[1];
      expect(href).toBeTruthy();
      expect(existsSync(resolve(root, "public", href ?? ""))).toBe(true);
    });
  }
});
