/**
 * Reads X12 text with node-x12 into envelopes and the plain segments of each transaction set
 * (ST..SE). Several interchanges in one file are read one by one.
 */
import { X12Interchange, X12Parser } from "node-x12";
import type { X12Envelope } from "./x12-in-model.ts";

export interface Segment {
  tag: string;
  /** Element values, ELEMENT 1 at index 0. */
  values: string[];
}

export interface TransactionSegments {
  envelope: X12Envelope;
  /** ST01 */
  setId: string;
  /** GS08 (the implementation guide version) */
  version: string;
  /** The segments between ST and SE. */
  segments: Segment[];
  /** The composite separator (ISA16). */
  componentSeparator: string;
}

/** One interchange's text per ISA (a file may hold several interchanges). */
function splitInterchanges(text: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  const starts = [...trimmed.matchAll(/ISA(?=[^A-Za-z0-9\s])/g)].map((m) => m.index);
  return starts.map((start, i) => trimmed.slice(start, starts[i + 1] ?? trimmed.length).trim());
}

function interchangeSegments(text: string, fileName: string): TransactionSegments[] {
  const parsed = new X12Parser(false).parse(text);
  const interchange = parsed instanceof X12Interchange ? parsed : parsed.interchanges[0];
  if (!interchange) return [];
  const isa = interchange.header.elements.map((e) => e.value);
  const componentSeparator = isa[15]?.trim().charAt(0) || ":";
  return interchange.functionalGroups.flatMap((group) => {
    const gs = group.header.elements.map((e) => e.value);
    return group.transactions.map((transaction) => {
      const st = transaction.header.elements.map((e) => e.value);
      const envelope: X12Envelope = {
        fileName,
        sender: (isa[5] ?? "").trim(),
        receiver: (isa[7] ?? "").trim(),
        interchangeControlNumber: (isa[12] ?? "").trim(),
        groupControlNumber: (gs[5] ?? "").trim(),
        transactionControlNumber: (st[1] ?? "").trim(),
      };
      const segments = transaction.segments.map((s) => ({ tag: s.tag, values: s.elements.map((e) => e.value) }));
      return { envelope, setId: st[0] ?? "", version: gs[7] ?? st[2] ?? "", segments, componentSeparator };
    });
  });
}

/** Every transaction set in the text; throws when node-x12 cannot read it. */
export function readTransactions(text: string, fileName: string): TransactionSegments[] {
  return splitInterchanges(text).flatMap((part) => interchangeSegments(part, fileName));
}
