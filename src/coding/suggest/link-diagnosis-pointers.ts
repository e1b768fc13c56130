import type { Procedure } from "fhir/r4";
import { normalizeIcd10CmCode, isIcd10CmCoding } from "./condition-terms.ts";
import necessity from "./pointer-necessity.json" with { type: "json" };

/** The least a service line needs for pointer linking (ClaimDraft's DraftLine fits). */
export interface PointerLine {
  code: string;
  /** "Procedure/123" when the line came from a Procedure. */
  procedureRef?: string;
}

/** The least a claim diagnosis needs (ClaimDraft's DraftDiagnosis fits); order = claim order, primary first. */
export interface PointerDiagnosis {
  /** ICD-10-CM with the dot. */
  code: string;
  /** "Condition/123" when it came from a Condition. */
  conditionRef?: string;
}

export interface PointerHints {
  /** The encounter's Procedures: their reasonReference / reasonCode say which diagnoses a line treats. */
  procedures?: readonly Procedure[];
}

const MAX_POINTERS = 4;

interface NecessityRule { ranges: string[][]; codes: string[]; diagnoses: string[] }
const RULES: readonly NecessityRule[] = necessity.rules;

/** The diagnoses (ICD-10-CM prefixes) a service is reported for by the guidelines, when it is one of the table's. */
function necessityOf(code: string): NecessityRule | undefined {
  return RULES.find((rule) => rule.codes.includes(code) || rule.ranges.some(([from = "", to = ""]) => code.length === from.length && code >= from && code <= to));
}

export const isOfficeVisit = (code: string): boolean => code >= "99202" && code <= "99215";

/**
 * Whether a line should be linked to a diagnosis the coder just added: a routine-exam or
 * vaccination diagnosis (Z00.0-, Z00.1-, Z23) goes to the lines reported for it (and to lines of
 * no such rule that are not an office E/M); any other diagnosis goes to every line except those
 * already pointing at the diagnosis their service is reported for.
 */
export function linksNewDiagnosis(lineCode: string, linePointsAt: readonly string[], diagnosisCode: string): boolean {
  const rule = necessityOf(lineCode);
  const forAnyRule = RULES.some((r) => r.diagnoses.some((p) => diagnosisCode.startsWith(p)));
  if (forAnyRule) return rule ? rule.diagnoses.some((p) => diagnosisCode.startsWith(p)) : !isOfficeVisit(lineCode);
  return !(rule && linePointsAt.some((code) => rule.diagnoses.some((p) => code.startsWith(p))));
}

/** 1-based positions of the diagnoses that start with one of the prefixes, in claim order. */
function matching(diagnoses: readonly PointerDiagnosis[], prefixes: readonly string[]): number[] {
  return diagnoses.flatMap((d, i) => (prefixes.some((p) => d.code.startsWith(p)) ? [i + 1] : []));
}

/** Office, preventive and prolonged-service E/M codes: the visit addresses every diagnosis. */
export function isVisitCode(code: string): boolean {
  return (code >= "99202" && code <= "99215") || (code >= "99381" && code <= "99397") || code === "99417" || code === "G2212";
}

function reasonPointers(procedure: Procedure, diagnoses: readonly PointerDiagnosis[]): number[] {
  const refs = new Set((procedure.reasonReference ?? []).map((r) => r.reference).filter((r): r is string => r !== undefined));
  const codes = new Set((procedure.reasonCode ?? []).flatMap((c) => c.coding ?? []).filter(isIcd10CmCoding).map((c) => normalizeIcd10CmCode(c.code ?? "")));
  return diagnoses.flatMap((d, i) => ((d.conditionRef !== undefined && refs.has(d.conditionRef)) || codes.has(d.code) ? [i + 1] : []));
}

function procedureFor(line: PointerLine, procedures: readonly Procedure[]): Procedure | undefined {
  return line.procedureRef === undefined ? undefined : procedures.find((p) => p.id !== undefined && `Procedure/${p.id}` === line.procedureRef);
}

/**
 * Diagnosis pointers (1-based into `diagnoses`, at most 4, claim order) for each line, by medical
 * necessity:
 * - a line from a Procedure points at the diagnoses named by its reasonReference (Condition) or
 *   reasonCode (ICD-10-CM), when any of them is on the claim;
 * - a preventive visit points at its routine-exam diagnosis (Z00.0-, Z00.1-) and a vaccine's
 *   administration or product at Z23, when the claim has them (pointer-necessity.json);
 * - an E/M visit line (office, preventive, prolonged) points at the first four diagnoses, an
 *   office E/M leaving out those another line of the claim is reported for (a problem visit beside
 *   a physical or a vaccine points at the problems);
 * - any other line points at the primary diagnosis (pointer 1).
 * No diagnoses: no pointers. Pure; apply it to lines the user has not edited.
 */
export function linkDiagnosisPointers<L extends PointerLine>(lines: readonly L[], diagnoses: readonly PointerDiagnosis[], hints: PointerHints = {}): (L & { diagnosisPointers: number[] })[] {
  return lines.map((line) => {
    if (diagnoses.length === 0) return { ...line, diagnosisPointers: [] };
    const procedure = procedureFor(line, hints.procedures ?? []);
    const fromReasons = procedure ? reasonPointers(procedure, diagnoses) : [];
    if (fromReasons.length > 0) return { ...line, diagnosisPointers: fromReasons.slice(0, MAX_POINTERS) };
    const rule = necessityOf(line.code);
    const necessary = rule ? matching(diagnoses, rule.diagnoses) : [];
    if (necessary.length > 0) return { ...line, diagnosisPointers: necessary.slice(0, MAX_POINTERS) };
    if (isOfficeVisit(line.code)) {
      const reserved = new Set(lines.flatMap((other) => (other === line ? [] : matching(diagnoses, necessityOf(other.code)?.diagnoses ?? []))));
      const problems = diagnoses.map((_, i) => i + 1).filter((p) => !reserved.has(p));
      if (problems.length > 0) return { ...line, diagnosisPointers: problems.slice(0, MAX_POINTERS) };
    }
    if (isVisitCode(line.code)) return { ...line, diagnosisPointers: diagnoses.slice(0, MAX_POINTERS).map((_, i) => i + 1) };
    return { ...line, diagnosisPointers: [1] };
  });
}

/**
 * The pointers of a line the coder adds beside the claim's other lines, by the same medical
 * necessity as linkDiagnosisPointers (a vaccine at Z23, a preventive visit at its Z00.0-, an
 * office E/M at the problems, another service at the primary diagnosis), not simply the first four.
 */
export function pointersForAddedLine(line: PointerLine, others: readonly PointerLine[], diagnoses: readonly PointerDiagnosis[], hints: PointerHints = {}): number[] {
  const linked = linkDiagnosisPointers([...others, line], diagnoses, hints);
  return linked[linked.length - 1]?.diagnosisPointers ?? [];
}
