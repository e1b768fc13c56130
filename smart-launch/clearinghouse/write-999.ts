/** The 999 for the 837 transactions received: the sandbox accepts every set it could read. */
import { segment, type X12Segment } from "../../src/billing/x12/segment.ts";
import type { Sent837 } from "./read-837p.ts";

export function body999(sent: readonly Sent837[]): X12Segment[] {
  const group = sent[0]?.groupControlNumber ?? "0";
  return [
    segment("AK1", "HC", group, "005010X222A1"),
    ...sent.flatMap((t) => [segment("AK2", "837", t.transactionControlNumber, "005010X222A1"), segment("IK5", "A")]),
    segment("AK9", "A", String(sent.length), String(sent.length), String(sent.length)),
  ];
}
