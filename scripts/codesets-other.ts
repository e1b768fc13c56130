import type { OtherCodesArtifact, SimpleCode } from "../src/coding/artifacts/artifact-format.ts";
import { ARTIFACT_FORMAT } from "../src/coding/artifacts/artifact-format.ts";
import { CURATED_MODIFIERS } from "../src/coding/store/curated-modifiers.ts";
import { EM_CODES } from "../src/coding/em/em-codes.ts";
import { parseCsv } from "../src/coding/parse-csv.ts";

export function parsePlaceOfService(csvText: string): SimpleCode[] {
  const [header, ...rows] = parseCsv(csvText).rows;
  if (header?.fields.join(",") !== "code,display,definition") throw new Error("POS: unexpected header");
  return rows
    .filter((r) => (r.fields[0] ?? "").trim() !== "")
    .map(({ fields: [code = "", display = "", definition = ""] }) => ({ code: code.trim(), display: display.trim(), definition: definition.trim() }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function buildOtherArtifact(posCsv: string, posVersion: string, posSource: string): OtherCodesArtifact {
  return {
    format: ARTIFACT_FORMAT,
    kind: "other",
    placeOfService: { version: posVersion, source: posSource, codes: parsePlaceOfService(posCsv) },
    modifiers: [...CURATED_MODIFIERS],
    evaluationAndManagement: [...EM_CODES],
  };
}
