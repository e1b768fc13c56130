/**
 * 835 (005010X221A1): BPR payment, TRN trace, DTM*405, N1*PR/N1*PE (+ REF*2U, REF*TJ), then per
 * claim LX/CLP with CAS, NM1*QC, DTM*232/050, and per line SVC with DTM*472, CAS, REF*6R,
 * AMT*B6, LQ*HE; PLB provider-level adjustments at the end.
 */
import type { Adjustment, ProviderAdjustment, RemitClaim, RemitLine, Remittance835 } from "./x12-in-model.ts";
import { elementOf, toCents, toIsoDate } from "./x12-values.ts";
import type { Segment, TransactionSegments } from "./x12-segments.ts";

/** CAS01 group, then up to six reason / amount / quantity triples. */
export function readAdjustments(values: string[]): Adjustment[] {
  const group = elementOf(values, 1) ?? "";
  const adjustments: Adjustment[] = [];
  for (let n = 2; n <= 17; n += 3) {
    const reason = elementOf(values, n);
    if (!reason) continue;
    const quantity = elementOf(values, n + 2);
    adjustments.push({ group, reason, amountCents: toCents(elementOf(values, n + 1)), ...(quantity ? { quantity: Number(quantity) } : {}) });
  }
  return adjustments;
}

/** PLB01 provider, PLB02 date, then up to six reason:reference / amount pairs. */
export function readProviderAdjustments(values: string[], separator: string): ProviderAdjustment[] {
  const found: ProviderAdjustment[] = [];
  for (let n = 3; n <= 13; n += 2) {
    const composite = elementOf(values, n);
    if (!composite) continue;
    const [reason = "", reference] = composite.split(separator);
    const date = toIsoDate(elementOf(values, 2));
    found.push({ providerId: elementOf(values, 1) ?? "", ...(date ? { fiscalPeriodDate: date } : {}), reason, ...(reference ? { reference } : {}), amountCents: toCents(elementOf(values, n + 1)) });
  }
  return found;
}

function claimOf(values: string[]): RemitClaim {
  const payerNumber = elementOf(values, 7);
  const filing = elementOf(values, 6);
  return {
    claimControlNumber: elementOf(values, 1) ?? "", statusCode: elementOf(values, 2) ?? "",
    chargeCents: toCents(elementOf(values, 3)), paidCents: toCents(elementOf(values, 4)), patientResponsibilityCents: toCents(elementOf(values, 5)),
    ...(filing ? { filingIndicator: filing } : {}), ...(payerNumber ? { payerClaimControlNumber: payerNumber } : {}),
    adjustments: [], patient: {}, lines: [],
  };
}

function lineOf(values: string[], separator: string): RemitLine {
  const [qualifier = "", code = "", ...modifiers] = (elementOf(values, 1) ?? "").split(separator);
  const units = elementOf(values, 5);
  return {
    qualifier, code, modifiers: modifiers.filter((m) => m !== "").slice(0, 4),
    chargeCents: toCents(elementOf(values, 2)), paidCents: toCents(elementOf(values, 3)), units: units ? Number(units) : 1,
    adjustments: [], remarks: [],
  };
}

function readHeader(result: Remittance835, { tag, values }: Segment, party: { current: string }): void {
  if (tag === "BPR") {
    const date = toIsoDate(elementOf(values, 16));
    result.payment = { ...result.payment, handlingCode: elementOf(values, 1) ?? "", amountCents: toCents(elementOf(values, 2)), creditDebit: elementOf(values, 3) ?? "", method: elementOf(values, 4) ?? "", ...(date ? { date } : {}) };
  } else if (tag === "TRN") result.payment = { ...result.payment, traceNumber: elementOf(values, 2), originatorId: elementOf(values, 3) };
  else if (tag === "DTM" && elementOf(values, 1) === "405") result.productionDate = toIsoDate(elementOf(values, 2));
  else if (tag === "N1") {
    party.current = elementOf(values, 1) ?? "";
    if (party.current === "PR") result.payer = { name: elementOf(values, 2), id: elementOf(values, 4) };
    if (party.current === "PE") result.payee = { name: elementOf(values, 2), ...(elementOf(values, 3) === "XX" ? { npi: elementOf(values, 4) } : {}) };
  } else if (tag === "REF" && party.current === "PR" && elementOf(values, 1) === "2U") result.payer.id = elementOf(values, 2);
  else if (tag === "REF" && party.current === "PE" && elementOf(values, 1) === "TJ") result.payee.taxId = elementOf(values, 2);
}

function readClaimSegment(claim: RemitClaim, line: RemitLine | undefined, { tag, values }: Segment): void {
  const qualifier = elementOf(values, 1);
  if (tag === "CAS") (line ?? claim).adjustments.push(...readAdjustments(values));
  else if (tag === "NM1" && qualifier === "QC") claim.patient = { lastName: elementOf(values, 3), firstName: elementOf(values, 4), memberId: elementOf(values, 9) };
  else if (tag === "NM1" && qualifier === "IL" && !claim.patient.memberId) claim.patient.memberId = elementOf(values, 9);
  else if (tag === "DTM" && line && qualifier === "472") line.serviceDate = toIsoDate(elementOf(values, 2));
  else if (tag === "DTM" && !line && qualifier === "232") claim.serviceDate = toIsoDate(elementOf(values, 2));
  else if (tag === "DTM" && !line && qualifier === "050") claim.receivedDate = toIsoDate(elementOf(values, 2));
  else if (tag === "REF" && line && qualifier === "6R") line.lineControlNumber = elementOf(values, 2);
  else if (tag === "AMT" && line && qualifier === "B6") line.allowedCents = toCents(elementOf(values, 2));
  else if (tag === "LQ" && line && qualifier === "HE") {
    // LQ02 is required; an LQ*HE without it names no remark (a Coding's code may not be empty).
    const remark = elementOf(values, 2);
    if (remark) line.remarks.push(remark);
  }
}

export function read835(transaction: TransactionSegments): Remittance835 {
  const separator = transaction.componentSeparator;
  const result: Remittance835 = {
    kind: "835", envelope: transaction.envelope, payment: { handlingCode: "", amountCents: 0, creditDebit: "", method: "" },
    payer: {}, payee: {}, claims: [], providerAdjustments: [],
  };
  const party = { current: "" };
  let claim: RemitClaim | undefined;
  let line: RemitLine | undefined;
  for (const segment of transaction.segments) {
    if (segment.tag === "CLP") {
      claim = claimOf(segment.values);
      line = undefined;
      result.claims.push(claim);
    } else if (segment.tag === "SVC" && claim) {
      line = lineOf(segment.values, separator);
      claim.lines.push(line);
    } else if (segment.tag === "PLB") {
      claim = undefined;
      result.providerAdjustments.push(...readProviderAdjustments(segment.values, separator));
    } else if (claim) readClaimSegment(claim, line, segment);
    else readHeader(result, segment, party);
  }
  if (!result.payment.date && result.productionDate) result.payment.date = result.productionDate;
  for (const c of result.claims) c.serviceDate ??= c.lines.find((l) => l.serviceDate)?.serviceDate;
  return result;
}
