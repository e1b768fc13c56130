import { X12Interchange, X12Parser, type X12Segment, type X12Transaction } from "node-x12";

/** The 837P parsed back by node-x12 in strict mode (which itself checks SE01, SE02, GE and IEA). */
export interface Parsed837P {
  interchange: X12Interchange;
  transaction: X12Transaction;
  /** Segments between ST and SE. */
  segments: X12Segment[];
}

export function parse837P(x12: string): Parsed837P {
  const parsed = new X12Parser(true).parse(x12);
  if (!(parsed instanceof X12Interchange)) throw new Error("expected one interchange");
  const transaction = parsed.functionalGroups[0]?.transactions[0];
  if (!transaction) throw new Error("expected one transaction");
  return { interchange: parsed, transaction, segments: transaction.segments };
}

/** The element values of a segment, ELEMENT 1 at index 0. */
export function valuesOf(segment: X12Segment): string[] {
  return segment.elements.map((element) => element.value);
}

export function segmentsTagged(parsed: Parsed837P, tag: string): string[][] {
  return parsed.segments.filter((segment) => segment.tag === tag).map(valuesOf);
}

/** The first segment with that tag whose first elements equal `leading`. */
export function findSegment(parsed: Parsed837P, tag: string, ...leading: string[]): string[] {
  const found = segmentsTagged(parsed, tag).find((values) => leading.every((value, i) => values[i] === value));
  if (!found) throw new Error(`no ${tag}*${leading.join("*")}`);
  return found;
}
