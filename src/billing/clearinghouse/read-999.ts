/** 999 (005010X231A1): AK1 group, AK2/IK3/IK4/IK5 per 837 transaction set, AK9 group result. */
import type { Acknowledgment999, AckError, SetAcknowledgment } from "./x12-in-model.ts";
import { elementOf } from "./x12-values.ts";
import type { TransactionSegments } from "./x12-segments.ts";

const ACCEPTED = new Set(["A", "E"]);

function errorOf(ik3: string[]): AckError {
  return {
    segmentId: elementOf(ik3, 1) ?? "",
    ...optional("segmentPosition", elementOf(ik3, 2)),
    ...optional("loopId", elementOf(ik3, 3)),
    ...optional("segmentErrorCode", elementOf(ik3, 4)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function withElement(error: AckError, ik4: string[], separator: string): AckError {
  return {
    ...error,
    ...optional("elementPosition", elementOf(ik4, 1)?.split(separator)[0]),
    ...optional("elementErrorCode", elementOf(ik4, 3)),
    ...optional("badValue", elementOf(ik4, 4)),
  };
}

export function read999(transaction: TransactionSegments): Acknowledgment999 {
  const sets: SetAcknowledgment[] = [];
  let current: SetAcknowledgment | undefined;
  let groupControlNumber = "";
  let groupCode = "";
  for (const { tag, values } of transaction.segments) {
    if (tag === "AK1") groupControlNumber = elementOf(values, 2) ?? "";
    else if (tag === "AK2") {
      current = { setControlNumber: elementOf(values, 2) ?? "", code: "", accepted: false, syntaxErrorCodes: [], errors: [] };
      sets.push(current);
    } else if (tag === "IK3" && current) current.errors.push(errorOf(values));
    else if (tag === "IK4" && current) {
      const last = current.errors.pop() ?? { segmentId: "" };
      current.errors.push(withElement(last, values, transaction.componentSeparator));
    } else if (tag === "IK5" && current) {
      current.code = elementOf(values, 1) ?? "";
      current.accepted = ACCEPTED.has(current.code);
      current.syntaxErrorCodes = values.slice(1).filter((v) => v !== "");
    } else if (tag === "AK9") groupCode = elementOf(values, 1) ?? "";
  }
  return { kind: "999", envelope: transaction.envelope, groupControlNumber, sets, groupCode, groupAccepted: ACCEPTED.has(groupCode) || groupCode === "P" };
}
