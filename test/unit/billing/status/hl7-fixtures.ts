import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const HL7 = join(import.meta.dirname, "../../../fixtures/hl7");

/** "r4-core/ClaimResponse-R3500.json" for every ClaimResponse and EOB example copied into the repo. */
export function hl7ResponseFiles(): string[] {
  return readdirSync(HL7).flatMap((ig) => readdirSync(join(HL7, ig))
    .filter((f) => /^(ClaimResponse|ExplanationOfBenefit)-.*\.json$/.test(f))
    .map((f) => `${ig}/${f}`)).sort();
}

export function readHl7(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(HL7, file), "utf8")) as Record<string, unknown>;
}
