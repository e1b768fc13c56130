import type { OperationOutcomeIssue } from "fhir/r4";
import type { DraftLine } from "../claim-draft.ts";
import { MAX_MODIFIERS, MAX_POINTERS } from "./draft-actions.ts";
import { isUnitCharge, isUnits, UNIT_CHARGE_RANGE, UNITS_RANGE } from "./draft-limits.ts";
import { describeStoredValue as found, draftIssue, isRecord, isText } from "./draft-issue.ts";

const CODE = /^\S{1,20}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;
/** Two digits, or empty: a draft starts without one when the chart does not say (the scrubber asks). */
const PLACE_OF_SERVICE = /^(\d{2})?$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** What a line is checked against: its place in the checked draft and the diagnoses kept there. */
export interface LineChecks {
  /** Position of the line in the checked draft (issue expressions point there). */
  index: number;
  /** How many diagnoses the stored draft had (stored pointers are 1-based into them). */
  storedDiagnosisCount: number;
  /** A stored pointer -> the checked draft's pointer; undefined when that diagnosis was left out. */
  pointerFor(stored: number): number | undefined;
  /** Line ids already used by earlier lines (ids must be unique: edits find lines by id). */
  takenIds: Set<string>;
  /** Service date used when the stored one is not a date. */
  fallbackServiceDate: string;
}

type Issues = OperationOutcomeIssue[];

const isModifier = (value: unknown): value is string => typeof value === "string" && MODIFIER.test(value);

function checkModifiers(value: unknown, at: string, issues: Issues): string[] {
  if (Array.isArray(value) && value.length <= MAX_MODIFIERS && value.every(isModifier)) return value;
  const kept = Array.isArray(value) ? value.filter(isModifier).slice(0, MAX_MODIFIERS) : [];
  issues.push(draftIssue("error", "value", at, `The saved modifiers (${found(value)}) are not up to ${MAX_MODIFIERS} two-character modifiers: showing "${kept.join(" ")}" until corrected.`));
  return kept;
}

function checkPointers(value: unknown, at: string, c: LineChecks, issues: Issues): number[] {
  const inRange = (p: unknown): p is number => typeof p === "number" && Number.isSafeInteger(p) && p >= 1 && p <= c.storedDiagnosisCount;
  const stored: unknown[] = Array.isArray(value) ? value : [];
  const kept = stored.filter(inRange).flatMap((p) => c.pointerFor(p) ?? []).slice(0, MAX_POINTERS);
  if (!Array.isArray(value) || value.length > MAX_POINTERS || !value.every(inRange)) {
    issues.push(draftIssue("error", "value", at, `The saved diagnosis pointers (${found(value)}) are not up to ${MAX_POINTERS} pointers at the claim's diagnoses: point the line at its diagnoses again.`));
  }
  return kept;
}

function checkId(value: unknown, c: LineChecks, issues: Issues): string {
  if (isText(value) && !c.takenIds.has(value)) {
    c.takenIds.add(value);
    return value;
  }
  let n = c.index + 1;
  while (c.takenIds.has(`restored-${n}`)) n++;
  const id = `restored-${n}`;
  c.takenIds.add(id);
  issues.push(draftIssue("information", "value", `ClaimDraft.lines[${c.index}].id`, `The saved line id (${found(value)}) was missing or repeated: the line is now ${id}.`));
  return id;
}

/** An optional text field: kept when it is text, left out (with a note) otherwise. */
function optionalText<K extends "display" | "procedureRef">(record: Record<string, unknown>, key: K, at: string, issues: Issues): Partial<Pick<DraftLine, K>> {
  const value = record[key];
  if (value === undefined) return {};
  if (typeof value === "string") return { [key]: value } as Partial<Pick<DraftLine, K>>;
  issues.push(draftIssue("information", "value", at, `The saved ${key} (${found(value)}) is not text and was left out.`));
  return {};
}

/** The numbers and short codes a person corrects in the line's own fields: an error each. */
function checkFields(v: Record<string, unknown>, at: (field: string) => string, issues: Issues) {
  const units = isUnits(v.units) ? v.units : 1;
  if (units !== v.units) issues.push(draftIssue("error", "value", at("units"), `The saved units (${found(v.units)}) are not ${UNITS_RANGE}: showing 1 until corrected.`));
  const unitCharge = isUnitCharge(v.unitCharge) ? v.unitCharge : 0;
  if (unitCharge !== v.unitCharge) issues.push(draftIssue("error", "value", at("unitCharge"), `The saved charge (${found(v.unitCharge)}) is not ${UNIT_CHARGE_RANGE}: showing 0 until corrected.`));
  const pos = typeof v.placeOfService === "string" && PLACE_OF_SERVICE.test(v.placeOfService) ? v.placeOfService : "";
  if (pos !== v.placeOfService) issues.push(draftIssue("error", "value", at("placeOfService"), `The saved place of service (${found(v.placeOfService)}) is not a 2-digit CMS code: enter it again.`));
  return { units, unitCharge, placeOfService: pos };
}

/**
 * One stored service line, checked field by field. A line without a readable code is left out
 * (a warning); a field out of range gets a safe placeholder and an error on that field.
 */
export function validateDraftLine(value: unknown, storedIndex: number, c: LineChecks): { line?: DraftLine; issues: Issues } {
  if (!isRecord(value) || !isText(value.system) || typeof value.code !== "string" || !CODE.test(value.code)) {
    const what = isRecord(value) ? `has no readable code (${found(value.code)})` : `is ${found(value)}`;
    return { issues: [draftIssue("warning", "structure", `ClaimDraft.lines[${storedIndex}]`, `Service line ${storedIndex + 1} in the saved draft ${what} and was left out.`)] };
  }
  const issues: Issues = [];
  const at = (field: string) => `ClaimDraft.lines[${c.index}].${field}`;
  const id = checkId(value.id, c, issues);
  const fields = checkFields(value, at, issues);
  const serviceDate = typeof value.serviceDate === "string" && DATE.test(value.serviceDate) ? value.serviceDate : c.fallbackServiceDate;
  if (serviceDate !== value.serviceDate) {
    issues.push(draftIssue("warning", "value", at("serviceDate"), `The saved service date of line ${c.index + 1} (${found(value.serviceDate)}) is not a date: the encounter's date (${c.fallbackServiceDate || "none"}) is used.`));
  }
  const line: DraftLine = {
    id,
    system: value.system,
    code: value.code,
    ...optionalText(value, "display", at("display"), issues),
    modifiers: checkModifiers(value.modifiers, at("modifiers"), issues),
    units: fields.units,
    diagnosisPointers: checkPointers(value.diagnosisPointers, at("diagnosisPointers"), c, issues),
    placeOfService: fields.placeOfService,
    unitCharge: fields.unitCharge,
    ...(isUnitCharge(value.listPrice) ? { listPrice: value.listPrice } : {}),
    serviceDate,
    ...optionalText(value, "procedureRef", at("procedureRef"), issues),
  };
  return { line, issues };
}
