import type { Claim, ClaimItem } from "fhir/r4";
import { CPT, HCPCS, HCPCS_OID } from "../../coding/systems.ts";
import type { X12ServiceLine } from "./claim-837-model.ts";
import { placeOfServiceCode } from "./read-claim-info.ts";
import { report, type ReadContext } from "./read-context.ts";
import { toCents } from "./x12-number.ts";
import { readPointers, readServiceDate } from "./read-line-details.ts";

/** The 837P carries at most 50 service lines per claim: longer claims are refused, not split. */
export const MAX_SERVICE_LINES = 50;
const MAX_MODIFIERS = 4;
const PROCEDURE_SYSTEMS = [CPT, HCPCS, HCPCS_OID];

function readProcedureCode(ctx: ReadContext, item: ClaimItem, expression: string): string | undefined {
  const code = item.productOrService.coding?.find((coding) => PROCEDURE_SYSTEMS.includes(coding.system ?? ""))?.code?.trim().toUpperCase();
  if (!code) return report(ctx, "x12-missing-data", `${expression}.productOrService has no CPT or HCPCS code.`, `${expression}.productOrService`);
  if (!/^[A-Z0-9]{5}$/.test(code)) return report(ctx, "x12-invalid-data", `${expression}.productOrService: "${code}" is not a CPT or HCPCS code.`, `${expression}.productOrService`);
  return code;
}

function readModifiers(ctx: ReadContext, item: ClaimItem, expression: string): string[] | undefined {
  const codes = (item.modifier ?? []).map((modifier) => modifier.coding?.[0]?.code?.trim().toUpperCase() ?? "");
  if (codes.length > MAX_MODIFIERS) {
    return report(ctx, "x12-invalid-data", `${expression} has ${codes.length} modifiers; a line carries at most ${MAX_MODIFIERS}.`, `${expression}.modifier`);
  }
  if (codes.some((code) => !/^[A-Z0-9]{2}$/.test(code))) {
    return report(ctx, "x12-invalid-data", `${expression}.modifier holds a code that is not a two-character modifier.`, `${expression}.modifier`);
  }
  return codes;
}

/** SV102: Claim.item.net, else unitPrice x factor x quantity. */
function readChargeCents(ctx: ReadContext, item: ClaimItem, units: number, expression: string): number | undefined {
  const net = item.net?.value;
  const unitPrice = item.unitPrice?.value;
  const value = net ?? (unitPrice === undefined ? undefined : unitPrice * (item.factor ?? 1) * units);
  if (value === undefined) return report(ctx, "x12-missing-data", `${expression}.net (the line charge) is missing.`, `${expression}.net`);
  if (value < 0) return report(ctx, "x12-invalid-data", `${expression}.net must not be negative.`, `${expression}.net`);
  return toCents(value);
}

/** What every line is read against: the claim's place of service and the HI positions. */
export interface LineContext {
  claimPlaceOfService: string | undefined;
  positionOf: Map<number, number> | undefined;
}

function readLine(ctx: ReadContext, claim: Claim, item: ClaimItem, index: number, lineCtx: LineContext): X12ServiceLine | undefined {
  const expression = `Claim.item[${index}]`;
  const units = item.quantity?.value ?? 1;
  if (units <= 0) report(ctx, "x12-invalid-data", `${expression}.quantity must be more than 0.`, `${expression}.quantity`);
  const code = readProcedureCode(ctx, item, expression);
  const modifiers = readModifiers(ctx, item, expression);
  const chargeCents = readChargeCents(ctx, item, units, expression);
  const pointers = readPointers(ctx, item, expression, lineCtx.positionOf);
  const serviceDate = readServiceDate(ctx, claim, item, expression);
  const linePos = placeOfServiceCode(item.locationCodeableConcept);
  if (!code || !modifiers || chargeCents === undefined || !pointers || !serviceDate || units <= 0) return undefined;
  const placeOfService = linePos && linePos !== lineCtx.claimPlaceOfService ? linePos : undefined;
  return { code, modifiers, chargeCents, units, pointers, serviceDate, placeOfService };
}

/** 2400: one LX/SV1/DTP per Claim.item, in sequence order. */
export function readServiceLines(ctx: ReadContext, claim: Claim, lineCtx: LineContext): X12ServiceLine[] | undefined {
  const items = claim.item ?? [];
  if (items.length === 0) return report(ctx, "x12-missing-data", "Claim.item is empty; the 837P needs at least one service line.", "Claim.item");
  if (items.length > MAX_SERVICE_LINES) {
    const text = `The claim has ${items.length} service lines; an 837P claim carries at most ${MAX_SERVICE_LINES}. Split it into claims of at most ${MAX_SERVICE_LINES} lines.`;
    return report(ctx, "x12-invalid-data", text, "Claim.item");
  }
  const ordered = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.sequence - b.item.sequence);
  const lines = ordered.map(({ item, index }) => readLine(ctx, claim, item, index, lineCtx));
  return lines.every((line) => line !== undefined) ? (lines as X12ServiceLine[]) : undefined;
}
