import type { EnvelopeValues } from "./export-options.ts";
import { segment, writeSegment, type X12Segment } from "./segment.ts";

export const IMPLEMENTATION_GUIDE = "005010X222A1";

/** ISA: every element has a fixed width; ISA11 and ISA16 declare the repetition and component separators. */
function writeIsa(values: EnvelopeValues): string {
  const elements = [
    "00", " ".repeat(10), "00", " ".repeat(10),
    "ZZ", values.submitter.id.padEnd(15), "ZZ", values.receiver.id.padEnd(15),
    values.date.slice(2), values.time, "^", "00501",
    String(values.control).padStart(9, "0"), "0", values.usage, ":",
  ];
  return `ISA*${elements.join("*")}~`;
}

/** ST02/SE02: the control number, at least 4 digits. */
export function transactionControl(values: EnvelopeValues): string {
  return String(values.control).padStart(4, "0");
}

/**
 * One interchange, one functional group, one 837 transaction around `body` (the segments
 * after ST and before SE). SE01 counts ST..SE inclusive; GE01 and IEA01 count one each.
 */
export function writeInterchange(values: EnvelopeValues, body: readonly X12Segment[]): string {
  const st = transactionControl(values);
  const control = String(values.control);
  const transaction: X12Segment[] = [
    segment("ST", "837", st, IMPLEMENTATION_GUIDE),
    ...body,
  ];
  transaction.push(segment("SE", String(transaction.length + 1), st));
  const group = [
    segment("GS", "HC", values.submitter.id, values.receiver.id, values.date, values.time, control, "X", IMPLEMENTATION_GUIDE),
    ...transaction,
    segment("GE", "1", control),
  ];
  return writeIsa(values) + group.map(writeSegment).join("") + writeSegment(segment("IEA", "1", String(values.control).padStart(9, "0")));
}
