import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { artifactManifest, cacheControlFor, contentName } from "../../../scripts/vite-hashed-artifacts.ts";

const publicDir = resolve(import.meta.dirname, "../../../public");

describe("content-addressed artifact names", () => {
  it("names every code-set and NCCI file by the SHA-256 of its bytes in the build, by its plain name in dev", () => {
    const built = artifactManifest(publicDir, true);
    const dev = artifactManifest(publicDir, false);
    const files = ["codesets", "ncci"].flatMap((folder) => readdirSync(resolve(publicDir, folder)).filter((n) => !n.endsWith(".md")).map((n) => `${folder}/${n}`));
    expect(Object.keys(built).sort()).toEqual(files.sort());
    for (const file of files) {
      const hash = createHash("sha256").update(readFileSync(resolve(publicDir, file))).digest("hex").slice(0, 12);
      expect(built[file]).toEqual({ path: `${file.split("/")[0]}/${contentName(file.split("/")[1] as string, hash)}`, hash });
      expect(dev[file]).toEqual({ path: file, hash });
    }
  });

  it("keeps the extension after the hash", () => {
    expect(contentName("icd10cm.codeset.gz", "0123456789ab")).toBe("icd10cm.codeset.0123456789ab.gz");
    expect(contentName("ptp-practitioner.bin.gz", "0123456789ab")).toBe("ptp-practitioner.bin.0123456789ab.gz");
    expect(contentName("table.json", "0123456789ab")).toBe("table.0123456789ab.json");
  });

  it("serves hashed files immutable and the pages and settings revalidated", () => {
    expect(cacheControlFor("/assets/index-DL9YDfc3.js")).toContain("immutable");
    expect(cacheControlFor("/codesets/icd10cm.codeset.77ef9b6aa439.gz")).toContain("immutable");
    expect(cacheControlFor("/index.html")).toBe("no-cache");
    expect(cacheControlFor("/billing-config.json")).toBe("no-cache");
    expect(cacheControlFor("/codesets/icd10cm.codeset.gz")).toBe("no-cache");
  });
});
