import { CARC, RARC } from "../../coding/systems.ts";
import type { AdjustmentReason, GroupCode } from "./claim-status.ts";
import { amountKindOf, amountOf } from "./adjudication-amounts.ts";
import { explainReasonCode } from "./explain-reason-code.ts";
import { codingsOf, objectAt, objectsAt, stringAt, type JsonObject } from "./json-shape.ts";

/**
 * Where the CARC group code comes from, in order: a "CO-16" style code; this extension (valueCode)
 * on the reason coding, the reason or the adjudication; a patient-share category (PR); else none.
 */
export const CARC_GROUP_EXTENSION = "https://smart-coding-billing.example/StructureDefinition/carc-group-code";

const CARC_SYSTEMS = new Set([CARC, "https://codesystem.x12.org/005010/139"]);
const RARC_SYSTEMS = new Set([RARC, "https://codesystem.x12.org/005010/411"]);
const HL7_ADJUDICATION_REASON = "http://terminology.hl7.org/CodeSystem/adjudication-reason";
const GROUPS: readonly GroupCode[] = ["CO", "PR", "OA", "PI", "CR"];
const PATIENT_CARCS = new Set(["1", "2", "3"]);

/** The adjustment reasons of one adjudication entry (CARC, RARC, or HL7 adjudication-reason). */
export function reasonsOf(adjudication: JsonObject, lineSequence?: number): AdjustmentReason[] {
  const reason = objectAt(adjudication, "reason");
  return codingsOf(reason).flatMap((coding): AdjustmentReason[] => {
    const kind = reasonKind(coding.system);
    if (!kind) return [];
    const parsed = splitGroup(coding.code);
    const group = parsed.group ?? groupExtension(objectsAt(reason, "coding"), reason, adjudication) ?? inferGroup(adjudication, parsed.code);
    const text = kind === "other" ? { explanation: coding.display ?? coding.code } : explainReasonCode(kind, parsed.code);
    const result: AdjustmentReason = { kind, code: parsed.code, ...text };
    if (kind === "carc" && group) result.group = group;
    const amount = amountOf(objectAt(adjudication, "amount"));
    if (amount) result.amount = amount;
    if (lineSequence !== undefined) result.lineSequence = lineSequence;
    return [result];
  });
}

function reasonKind(system: string | undefined): AdjustmentReason["kind"] | undefined {
  if (system && CARC_SYSTEMS.has(system)) return "carc";
  if (system && RARC_SYSTEMS.has(system)) return "rarc";
  if (system === HL7_ADJUDICATION_REASON) return "other";
  return undefined;
}

/** "CO-16", "CO16" or "16". */
function splitGroup(code: string): { group?: GroupCode; code: string } {
  const match = /^(CO|PR|OA|PI|CR)-?([A-Z]?\d+|[A-Z]\d*)$/i.exec(code.trim());
  const group = match?.[1]?.toUpperCase();
  return match?.[2] && isGroup(group) ? { group, code: match[2].toUpperCase() } : { code: code.trim() };
}

function groupExtension(...holders: unknown[]): GroupCode | undefined {
  const flat = holders.flatMap((h) => (Array.isArray(h) ? h : [h]));
  for (const holder of flat) {
    const extension = objectsAt(holder, "extension").find((e) => stringAt(e, "url") === CARC_GROUP_EXTENSION);
    const value = stringAt(extension, "valueCode")?.toUpperCase();
    if (isGroup(value)) return value;
  }
  return undefined;
}

function inferGroup(adjudication: JsonObject, code: string): GroupCode | undefined {
  const kind = amountKindOf(adjudication);
  if (PATIENT_CARCS.has(code) || kind === "deductible" || kind === "copay" || kind === "coinsurance" || kind === "patient") return "PR";
  return undefined;
}

function isGroup(value: string | undefined): value is GroupCode {
  return GROUPS.some((group) => group === value);
}
