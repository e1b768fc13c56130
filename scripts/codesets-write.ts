import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { encodeArtifactBytes } from "../src/coding/artifacts/artifact-container.ts";
import { ARTIFACT_FILES, type ArtifactName } from "../src/coding/artifacts/artifact-format.ts";

export interface WrittenArtifact {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  sha256: string;
}

/** Serialise deterministically: the column container (JSON header in insertion order), gzip level 9 (zlib writes mtime 0). */
export function encodeArtifact(value: object): { raw: Buffer; gz: Buffer } {
  const raw = Buffer.from(encodeArtifactBytes(value));
  return { raw, gz: gzipSync(raw, { level: 9 }) };
}

export function writeArtifacts(outDir: string, artifacts: Record<ArtifactName, object>): WrittenArtifact[] {
  mkdirSync(outDir, { recursive: true });
  return (Object.keys(ARTIFACT_FILES) as ArtifactName[]).map((name) => {
    const file = ARTIFACT_FILES[name];
    const { raw, gz } = encodeArtifact(artifacts[name]);
    writeFileSync(join(outDir, file), gz);
    return { file, rawBytes: raw.length, gzipBytes: gz.length, sha256: createHash("sha256").update(gz).digest("hex") };
  });
}
