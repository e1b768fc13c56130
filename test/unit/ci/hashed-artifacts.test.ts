import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { artifactManifest, cacheControlFor, contentName, folderManifest, HASHED_FOLDERS } from "../../../scripts/vite-hashed-artifacts.ts";
import { MPFS_ARTIFACT, mpfsArtifactPath } from "../../../src/app/default-fees.ts";

const publicDir = resolve(import.meta.dirname, "../../../public");

describe("content-addressed artifact names", () => {
  it("names every code-set, NCCI and MPFS file by the SHA-256 of its bytes in the build, by its plain name in dev", () => {
    const built = artifactManifest(publicDir, true);
    const dev = artifactManifest(publicDir, false);
    expect([...HASHED_FOLDERS]).toEqual(["codesets", "ncci", "mpfs"]);
    const files = HASHED_FOLDERS.flatMap((folder) => readdirSync(resolve(publicDir, folder)).filter((n) => !n.endsWith(".md")).map((n) => `${folder}/${n}`));
    expect(Object.keys(built).sort()).toEqual(files.sort());
    for (const file of files) {
      const hash = createHash("sha256").update(readFileSync(resolve(publicDir, file))).digest("hex").slice(0, 12);
      expect(built[file]).toEqual({ path: `${file.split("/")[0]}/${contentName(file.split("/")[1] as string, hash)}`, hash });
      expect(dev[file]).toEqual({ path: file, hash });
    }
  });

  it("the app fetches the MPFS default fees by the built name, and by the plain name in dev", () => {
    const hash = createHash("sha256").update(readFileSync(resolve(publicDir, MPFS_ARTIFACT))).digest("hex").slice(0, 12);
    // The app page gets the mpfs folder's entries only (__APP_MPFS_ARTIFACTS__).
    const built = folderManifest(artifactManifest(publicDir, true), "mpfs");
    expect(Object.keys(built)).toEqual([MPFS_ARTIFACT]);
    expect(mpfsArtifactPath(built)).toBe(`mpfs/mpfs-rvu-2025.json.${hash}.gz`);
    expect(mpfsArtifactPath(folderManifest(artifactManifest(publicDir, false), "mpfs"))).toBe(MPFS_ARTIFACT);
    expect(cacheControlFor(`/${mpfsArtifactPath(built)}`)).toContain("immutable");
    expect(cacheControlFor(`/${MPFS_ARTIFACT}`)).toBe("no-cache");
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
