import type { Coding, Condition } from "fhir/r4";
import { ICD10CM } from "../systems.ts";

/** ICD-10-CM is also written with its HL7 OID by some servers. */
const ICD10CM_SYSTEMS: ReadonlySet<string> = new Set([ICD10CM, "urn:oid:2.16.840.1.113883.6.90"]);

/** SNOMED CT semantic tags at the end of a fully specified name: "(disorder)", "(finding)" ... */
const SEMANTIC_TAG = /\s*\((disorder|finding|situation|morphologic abnormality|observable entity|procedure|event|qualifier value|clinical finding|body structure|regime\/therapy|navigational concept)\)\s*$/i;

/** "E119" and "e11.9" -> "E11.9": the dot goes after the third character. */
export function normalizeIcd10CmCode(code: string): string {
  const bare = code.trim().toUpperCase().replace(/\./g, "");
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

export function isIcd10CmCoding(coding: Coding): boolean {
  return coding.system !== undefined && ICD10CM_SYSTEMS.has(coding.system) && typeof coding.code === "string" && coding.code.trim() !== "";
}

/** ICD-10-CM codes carried by the Condition, normalized, in the order given, without repeats. */
export function conditionIcd10CmCodes(condition: Condition): string[] {
  const codes = (condition.code?.coding ?? []).filter(isIcd10CmCoding).map((c) => normalizeIcd10CmCode(c.code ?? ""));
  return [...new Set(codes)];
}

export function stripSemanticTag(text: string): string {
  return text.replace(SEMANTIC_TAG, "").trim();
}

/**
 * The words a clinician or terminology gave the condition: Condition.code.text first, then the
 * displays of every coding (SNOMED, local, ICD), each without its SNOMED semantic tag, without repeats.
 */
export function conditionTexts(condition: Condition): string[] {
  const texts = [condition.code?.text, ...(condition.code?.coding ?? []).map((c) => c.display)];
  const cleaned = texts.filter((t): t is string => typeof t === "string").map(stripSemanticTag).filter((t) => t !== "");
  const seen = new Set<string>();
  return cleaned.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
