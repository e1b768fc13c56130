/** Acknowledgment codes in words (our own short texts, acknowledgment-codes.json). */
import codes from "./acknowledgment-codes.json" with { type: "json" };
import type { AckError, SetAcknowledgment, StatusCode } from "./x12-in-model.ts";

type Table = Readonly<Record<string, string>>;

function lookup(table: Table, code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined;
}

/** "A7:562:85" -> "A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI) (billing provider)". */
export function describeClaimStatus(status: StatusCode): string {
  const category = lookup(codes.claimStatusCategory, status.category) ?? "Status category";
  const meaning = lookup(codes.claimStatus, status.status) ?? "Status code";
  const entity = lookup(codes.entity, status.entity);
  return `${status.category} ${category}; ${status.status} ${meaning}${entity ? ` (${entity})` : status.entity ? ` (entity ${status.entity})` : ""}`;
}

export function describeSetAcknowledgment(set: SetAcknowledgment): string {
  const code = lookup(codes.setAcknowledgment, set.code) ?? "Unknown acknowledgment code";
  const syntax = set.syntaxErrorCodes.map((c) => `${c} ${lookup(codes.setSyntaxError, c) ?? "Transaction set error"}`);
  return [`837 transaction ${set.setControlNumber}: ${set.code} ${code}`, ...syntax].join("; ");
}

export function describeAckError(error: AckError): string {
  const place = [error.segmentPosition ? `segment ${error.segmentPosition}` : "", error.loopId ? `loop ${error.loopId}` : ""].filter(Boolean).join(", ");
  const where = place ? `${error.segmentId} (${place})` : error.segmentId;
  const segment = error.segmentErrorCode ? `: ${error.segmentErrorCode} ${lookup(codes.segmentError, error.segmentErrorCode) ?? "Segment error"}` : "";
  const element = error.elementPosition
    ? `; element ${error.segmentId}${error.elementPosition.padStart(2, "0")}: ${error.elementErrorCode ?? ""} ${lookup(codes.elementError, error.elementErrorCode) ?? "Element error"}${error.badValue ? ` ("${error.badValue}")` : ""}`
    : "";
  return `${where}${segment}${element}`;
}
