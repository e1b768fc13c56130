/**
 * CI check: rebuild the code sets from the raw data into a temporary folder and compare them
 * byte for byte with the committed artifacts. Exits 0 (and says so) when the raw data folder
 * is absent, as in a user's clone. Usage: npx tsx scripts/check-codesets.ts [dataDir]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildCodesets, defaultDataDir, DEFAULT_OUT_DIR } from "./build-codesets.ts";

function main(): number {
  const dataDir = resolve(process.argv[2] ?? defaultDataDir());
  if (!existsSync(dataDir)) {
    console.log(`check-codesets: no raw data at ${dataDir}; nothing to compare`);
    return 0;
  }
  const tmp = mkdtempSync(join(tmpdir(), "codesets-"));
  try {
    const written = buildCodesets(dataDir, tmp);
    const differing = written.filter((a) => !readFileSync(join(tmp, a.file)).equals(readFileSync(join(DEFAULT_OUT_DIR, a.file))));
    for (const a of written) console.log(`${differing.includes(a) ? "DIFFERS" : "same   "} ${a.file} sha256 ${a.sha256}`);
    if (differing.length > 0) {
      console.error("check-codesets: committed artifacts are stale; run npx tsx scripts/build-codesets.ts");
      return 1;
    }
    console.log("check-codesets: committed artifacts are byte-identical to a fresh build");
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
