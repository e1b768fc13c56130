import type { CodeableConcept } from "fhir/r4";

/** How a vaccine or drug went in, as the administration codes tell them apart. */
export type Route = "intramuscular" | "subcutaneous" | "intradermal" | "intravenous" | "intranasal" | "oral" | "other";

/** SNOMED CT route concepts and HL7 v3 RouteOfAdministration codes EMRs send. */
const BY_CODE: Readonly<Record<string, Route>> = {
  "78421000": "intramuscular", IM: "intramuscular", IMINJ: "intramuscular",
  "34206005": "subcutaneous", SC: "subcutaneous", SQ: "subcutaneous", SUBCUT: "subcutaneous", SQINJ: "subcutaneous",
  "372464004": "intradermal", ID: "intradermal", IDINJ: "intradermal",
  "47625008": "intravenous", IV: "intravenous", IVINJ: "intravenous", IVPUSH: "intravenous", IVINJBOL: "intravenous", IVINF: "intravenous",
  "46713006": "intranasal", NASINHL: "intranasal", NASINHLC: "intranasal", NASAL: "intranasal", IN: "intranasal",
  "26643006": "oral", PO: "oral", ORAL: "oral",
};

const BY_WORDS: [RegExp, Route][] = [
  [/intra-?muscular|\bIM\b/i, "intramuscular"],
  [/sub-?cutaneous|\b(SC|SQ|subq)\b/i, "subcutaneous"],
  [/intra-?dermal/i, "intradermal"],
  [/intra-?venous|\bIV\b/i, "intravenous"],
  [/nasal/i, "intranasal"],
  [/\boral|by mouth|\bPO\b/i, "oral"],
];

/** The route a CodeableConcept names (a known code first, then its words); undefined when it says nothing. */
export function routeOf(concept: CodeableConcept | undefined): Route | undefined {
  for (const coding of concept?.coding ?? []) {
    const code = coding.code?.toUpperCase();
    if (code !== undefined && Object.hasOwn(BY_CODE, code)) return BY_CODE[code];
  }
  const words = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display)].filter(Boolean).join(" ");
  if (words === "") return undefined;
  return BY_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? "other";
}
