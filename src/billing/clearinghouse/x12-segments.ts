/**
 * Reads X12 text into envelopes and the plain segments of each transaction set (ST..SE). Several
 * interchanges in one file are read one by one. The delimiters come from the ISA segment, as the
 * standard defines them (element separator at position 4, component separator ISA16, segment
 * terminator right after it). A small reader of its own rather than node-x12: node-x12 needs
 * Node's stream and events modules, and this runs in the browser too (files are posted from the
 * app); the tests still read the app's 837P with node-x12 as an independent check.
 */
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

interface Delimiters { element: string; component: string; segment: string }

function delimitersOf(isa: string, fileName: string): Delimiters {
  if (isa.length < 106 || !isa.startsWith("ISA")) throw new Error(`${fileName}: not an X12 interchange (no complete ISA segment).`);
  const element = isa.charAt(3);
  const fields = isa.split(element);
  if (fields.length < 17) throw new Error(`${fileName}: the ISA segment has ${fields.length - 1} elements, not 16.`);
  const component = (fields[16] ?? "").charAt(0);
  const segment = (fields[16] ?? "").charAt(1);
  if (!component || !segment) throw new Error(`${fileName}: ISA16 names no component separator and segment terminator.`);
  return { element, component, segment };
}

function segmentsOf(text: string, d: Delimiters): Segment[] {
  return text
    .split(d.segment)
    .map((raw) => raw.replace(/^[\r\n]+|[\r\n]+$/g, ""))
    .filter((raw) => raw.trim() !== "")
    .map((raw) => {
      const [tag = "", ...values] = raw.split(d.element);
      return { tag: tag.trim(), values };
    });
}

function interchangeSegments(text: string, fileName: string): TransactionSegments[] {
  const d = delimitersOf(text, fileName);
  const all = segmentsOf(text, d);
  const isa = all[0]?.values ?? [];
  const result: TransactionSegments[] = [];
  let gs: string[] = [];
  let current: TransactionSegments | undefined;
  for (const segment of all.slice(1)) {
    if (segment.tag === "GS") gs = segment.values;
    else if (segment.tag === "ST") {
      const st = segment.values;
      const envelope: X12Envelope = {
        fileName,
        sender: (isa[5] ?? "").trim(),
        receiver: (isa[7] ?? "").trim(),
        interchangeControlNumber: (isa[12] ?? "").trim(),
        groupControlNumber: (gs[5] ?? "").trim(),
        transactionControlNumber: (st[1] ?? "").trim(),
      };
      current = { envelope, setId: st[0] ?? "", version: gs[7] ?? st[2] ?? "", segments: [], componentSeparator: d.component };
    } else if (segment.tag === "SE") {
      if (current) result.push(current);
      current = undefined;
    } else if (current) current.segments.push(segment);
  }
  if (current) throw new Error(`${fileName}: transaction ${current.envelope.transactionControlNumber} has no SE segment.`);
  return result;
}

/** Every transaction set in the text; throws when it is not readable X12. */
export function readTransactions(text: string, fileName: string): TransactionSegments[] {
  return splitInterchanges(text).flatMap((part) => interchangeSegments(part, fileName));
}
