import type { PtpEdit } from "./ptp-table.ts";
import { ByteWriter } from "../../coding/artifacts/index.ts";

/**
 * The compact PTP artifact (before gzip):
 *   "PTP1" | varint n + JSON header {edition, effectiveDate, rationales, codeCount, editCount}
 *   | codeCount x 5 ASCII bytes (sorted code dictionary)
 *   | per dictionary code (as column 1): varint number of edits
 *   | per edit: varint delta of the column-2 dictionary index (sorted within each column 1)
 *   | per edit: one flag byte (bit 0 modifier indicator, bit 1 has deletion date,
 *     bit 2 has effective date, bits 3-7 rationale index + 1, 0 = none)
 *   | per flagged date, in edit order: varint days since 1970-01-01 (effective first).
 * Streams of like values compress well with gzip; the decoder builds typed arrays.
 */
export const PTP_MAGIC = "PTP1";

export interface PtpArtifactHeader {
  edition: string;
  effectiveDate: string;
  rationales: string[];
  codeCount: number;
  editCount: number;
}

export function isoToDays(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

export function daysToIso(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** Encodes edits (indicator 0/1) deterministically: same edits in any order give the same bytes. */
export function encodePtpArtifact(edition: string, effectiveDate: string, edits: PtpEdit[]): Uint8Array {
  const codes = [...new Set(edits.flatMap((edit) => [edit.column1, edit.column2]))].sort();
  if (codes.some((code) => code.length !== 5)) throw new Error("PTP artifact: every code must have 5 characters");
  const rationales = [...new Set(edits.map((edit) => edit.rationale ?? "").filter(Boolean))].sort();
  if (rationales.length > 31) throw new Error("PTP artifact: more than 31 rationales");
  const index = new Map(codes.map((code, i) => [code, i]));
  const sorted = edits.map((edit) => ({ edit, c1: index.get(edit.column1) ?? 0, c2: index.get(edit.column2) ?? 0 }));
  sorted.sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || compareDates(a.edit, b.edit));
  const header: PtpArtifactHeader = { edition, effectiveDate, rationales, codeCount: codes.length, editCount: edits.length };
  const out = new ByteWriter();
  out.bytes(new TextEncoder().encode(PTP_MAGIC));
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  out.varint(headerBytes.length);
  out.bytes(headerBytes);
  for (const code of codes) out.bytes(new TextEncoder().encode(code));
  writeCounts(out, sorted, codes.length);
  writeColumn2(out, sorted);
  for (const { edit } of sorted) out.byte(flagsOf(edit, rationales));
  for (const { edit } of sorted) {
    if (edit.effectiveDate) out.varint(isoToDays(edit.effectiveDate));
    if (edit.deletionDate) out.varint(isoToDays(edit.deletionDate));
  }
  return out.toBytes();
}

function compareDates(a: PtpEdit, b: PtpEdit): number {
  const key = (edit: PtpEdit) => `${edit.effectiveDate ?? ""}|${edit.deletionDate ?? "~"}|${edit.modifierIndicator}|${edit.rationale ?? ""}`;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function writeCounts(out: ByteWriter, sorted: { c1: number }[], codeCount: number): void {
  const counts = new Uint32Array(codeCount);
  for (const { c1 } of sorted) counts[c1] = (counts[c1] ?? 0) + 1;
  for (const count of counts) out.varint(count);
}

function writeColumn2(out: ByteWriter, sorted: { c1: number; c2: number }[]): void {
  let previousC1 = -1;
  let previousC2 = 0;
  for (const { c1, c2 } of sorted) {
    if (c1 !== previousC1) previousC2 = 0;
    out.varint(c2 - previousC2);
    previousC1 = c1;
    previousC2 = c2;
  }
}

function flagsOf(edit: PtpEdit, rationales: string[]): number {
  const rationale = edit.rationale ? rationales.indexOf(edit.rationale) + 1 : 0;
  return edit.modifierIndicator | (edit.deletionDate ? 2 : 0) | (edit.effectiveDate ? 4 : 0) | (rationale << 3);
}
