import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house dependency direction, enforced: coding <- billing <- fhir/smart <- ui <- app.
 * The domain imports no React, no fetch-based clients, only types from fhir/r4; only smart/
 * imports fhirclient, only fhir/ imports fhir-kit-client; nothing imports app/.
 */
const SRC = resolve(import.meta.dirname, "../../../src");
const LAYERS = ["coding", "billing", "fhir", "smart", "ui", "app"] as const;
type Layer = (typeof LAYERS)[number];
const MAY_IMPORT: Record<Layer, Layer[]> = {
  coding: ["coding"],
  billing: ["coding", "billing"],
  fhir: ["coding", "billing", "fhir"],
  smart: ["coding", "billing", "smart"],
  ui: ["coding", "billing", "fhir", "smart", "ui"],
  app: ["coding", "billing", "fhir", "smart", "ui", "app"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

interface Import {
  file: string;
  layer: Layer;
  spec: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const layer = relative(SRC, file).split("/")[0] as Layer;
  const text = readFileSync(file, "utf8");
  const found: Import[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+["']([^"']+)["']/gms)) {
    found.push({ file: relative(SRC, file), layer, spec: match[3] ?? "", typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push({ file: relative(SRC, file), layer, spec: match[1] ?? "", typeOnly: false });
  return found;
}

const all = files(SRC).flatMap(importsOf);

function targetLayer(imp: Import): Layer | undefined {
  if (!imp.spec.startsWith(".")) return undefined;
  const target = relative(SRC, resolve(SRC, imp.file, "..", imp.spec)).split("/")[0];
  return LAYERS.find((l) => l === target);
}

describe("dependency direction", () => {
  it("finds the source files it checks", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it("every relative import points at an allowed layer", () => {
    const wrong = all.filter((imp) => {
      const target = targetLayer(imp);
      return target !== undefined && !MAY_IMPORT[imp.layer].includes(target);
    });
    expect(wrong.map((w) => `${w.file} -> ${w.spec}`)).toEqual([]);
  });

  it("the domain imports no React, no HTTP client and only types from fhir/r4", () => {
    const domain = all.filter((imp) => imp.layer === "coding" || imp.layer === "billing");
    const wrong = domain.filter((imp) => /^(react|react-dom|@tanstack|fhirclient|fhir-kit-client)/.test(imp.spec) || (imp.spec === "fhir/r4" && !imp.typeOnly));
    expect(wrong.map((w) => `${w.file} -> ${w.spec}`)).toEqual([]);
  });

  it("only smart/ imports fhirclient and only fhir/ imports fhir-kit-client", () => {
    const wrong = all.filter((imp) => (imp.spec.startsWith("fhirclient") && imp.layer !== "smart") || (imp.spec === "fhir-kit-client" && imp.layer !== "fhir"));
    expect(wrong.map((w) => `${w.file} -> ${w.spec}`)).toEqual([]);
  });
});
