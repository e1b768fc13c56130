import type { CodeableConcept, Condition, Encounter } from "fhir/r4";

/** A routine prenatal visit: inside the global obstetric package, so no separate E/M. */
export interface PrenatalVisit {
  /** 0500F initial prenatal care visit, 0502F subsequent prenatal care visit (CPT Category II tracking codes). */
  trackingCode: "0500F" | "0502F";
  label: string;
  /** The rule, in words. */
  rule: string;
  reason: string;
}

const PRENATAL = /prenatal|antenatal|antepartum|\bOB (visit|check)|obstetric (visit|check)|normal pregnancy|supervision of (normal|high[- ]risk) pregnancy/i;
const INITIAL = /initial|first|new OB|intake/i;
/** SNOMED CT: antenatal care (424525001), prenatal visit (424619006), prenatal initial visit (424441002), normal pregnancy (72892002). */
const PRENATAL_SNOMED = new Set(["424525001", "424619006", "424441002", "72892002"]);

const textOf = (c: CodeableConcept | undefined) => [c?.text, ...(c?.coding ?? []).map((x) => x.display)].filter(Boolean).join(" ");
const hasPrenatalCode = (c: CodeableConcept | undefined) =>
  (c?.coding ?? []).some((x) => (x.code !== undefined && PRENATAL_SNOMED.has(x.code)) || /^Z34\./.test(x.code ?? "") || /^Z34\d/.test(x.code ?? ""));

/** ICD-10-CM chapter 15 complications (O00-O9A) other than supervision of pregnancy (O09): a problem visit may be billed. */
function complication(conditions: readonly Condition[]): string | undefined {
  for (const c of conditions) {
    const code = c.code?.coding?.find((x) => /^O\d/.test(x.code ?? "") && !/^O09/.test(x.code ?? ""))?.code;
    if (code) return code;
  }
  return undefined;
}

export const PRENATAL_RULE =
  "Routine prenatal visits are part of the global obstetric package: antepartum care is paid with the delivery code (59400, 59510, 59610 or 59618), so no separate E/M is billed for them. Report the tracking code (0500F initial visit, 0502F subsequent visit; 0501F when the prenatal flow sheet is documented by the first visit) at no charge. A visit for a pregnancy complication or an unrelated problem may be billed as E/M.";

/**
 * Routine prenatal when Encounter.type, reasonCode or the visit's diagnoses say prenatal care or
 * normal pregnancy (Z34.-, SNOMED antenatal care) and no pregnancy complication (O00-O9A other
 * than O09) is coded; undefined otherwise. The tracking code is 0500F for an initial visit
 * (the chart says so, or no earlier prenatal visit exists), 0502F after.
 */
export function routinePrenatalVisit(encounter: Encounter | undefined, conditions: readonly Condition[], priorEncounters: readonly Encounter[]): PrenatalVisit | undefined {
  if (!encounter) return undefined;
  const concepts = [...(encounter.type ?? []), ...(encounter.reasonCode ?? []), encounter.serviceType, ...conditions.map((c) => c.code)];
  const said = concepts.find((c) => PRENATAL.test(textOf(c)) || hasPrenatalCode(c));
  if (!said) return undefined;
  const problem = complication(conditions);
  if (problem) return undefined;
  const typeText = (encounter.type ?? []).map(textOf).join(" ");
  const earlier = priorEncounters.some((e) => e.status === "finished" && (e.type ?? []).some((t) => PRENATAL.test(textOf(t)) || hasPrenatalCode(t)) && (e.period?.start ?? "") < (encounter.period?.start ?? ""));
  const initial = INITIAL.test(typeText) || !earlier;
  return {
    trackingCode: initial ? "0500F" : "0502F",
    label: initial ? "Initial prenatal care visit (tracking, no charge)" : "Subsequent prenatal care visit (tracking, no charge)",
    rule: PRENATAL_RULE,
    reason: `"${textOf(said) || "prenatal care"}"${initial ? (INITIAL.test(typeText) ? ", initial visit" : ", no earlier prenatal visit on the chart") : ", an earlier prenatal visit is on the chart"}`,
  };
}
