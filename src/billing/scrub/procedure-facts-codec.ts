/**
 * The compact form of the procedure facts (data/procedure-facts.json): the CPT/HCPCS numbers
 * CMS's public files know, as delta varints over a numbering of the code shapes, and one bitmap
 * per fact over that sorted list. Both in base64. Numbers only, never descriptors.
 */

/** The facts kept per code (see scripts/build-scrub-data.ts for their CMS columns). */
export const FACT_SETS = ["pfs", "since2026", "global090", "addOn", "modifier26", "modifierTC", "modifier50"] as const;
export type FactSet = (typeof FACT_SETS)[number];

export interface ProcedureFactsFile {
  source: string;
  codes: string;
  sets: Record<FactSet, string>;
  /** The MPFS status indicator of each code, one letter per code in the order of `codes` ("-": no PFS row). */
  status: string;
}

/** Bits of a code's flags above the fact bits: the status letter's char code (0 = no PFS row). */
export const STATUS_SHIFT = 8;

const A = 65;

/** 12345 -> 12345; 0001U -> 100000 + letter block; A1234 -> 400000 + letter block; else -1. */
export function codeNumber(code: string): number {
  if (/^\d{5}$/.test(code)) return Number(code);
  if (/^\d{4}[A-Z]$/.test(code)) return 100_000 + (code.charCodeAt(4) - A) * 10_000 + Number(code.slice(0, 4));
  if (/^[A-Z]\d{4}$/.test(code)) return 400_000 + (code.charCodeAt(0) - A) * 10_000 + Number(code.slice(1));
  return -1;
}

function toBase64(bytes: number[]): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeProcedureFacts(
  source: string,
  codes: readonly string[],
  sets: Record<FactSet, readonly string[]>,
  statusOf: (code: string) => string | undefined = () => undefined,
): ProcedureFactsFile {
  const numbers = [...new Set(codes.map(codeNumber).filter((n) => n >= 0))].sort((a, b) => a - b);
  const bytes: number[] = [];
  let previous = -1;
  for (const n of numbers) {
    let delta = n - previous - 1;
    previous = n;
    while (delta >= 0x80) { bytes.push((delta & 0x7f) | 0x80); delta >>>= 7; }
    bytes.push(delta);
  }
  const position = new Map(numbers.map((n, i) => [n, i]));
  const statusByNumber = new Map(codes.map((code) => [codeNumber(code), statusOf(code)]));
  const status = numbers.map((n) => statusByNumber.get(n) ?? "-").join("");
  const bitmap = (members: readonly string[]): string => {
    const bits = new Array<number>(Math.ceil(numbers.length / 8)).fill(0);
    for (const code of members) {
      const at = position.get(codeNumber(code));
      if (at !== undefined) bits[at >> 3] = (bits[at >> 3] ?? 0) | (1 << (at & 7));
    }
    return toBase64(bits);
  };
  const encoded = Object.fromEntries(FACT_SETS.map((set) => [set, bitmap(sets[set])])) as Record<FactSet, string>;
  return { source, codes: toBase64(bytes), sets: encoded, status };
}

/**
 * Code number -> bit flags (bit i = FACT_SETS[i]; from STATUS_SHIFT up the MPFS status letter's
 * char code, 0 without a PFS row); a code absent from the map is unknown to CMS's files.
 */
export function decodeProcedureFacts(file: ProcedureFactsFile): Map<number, number> {
  const bytes = fromBase64(file.codes);
  const numbers: number[] = [];
  let previous = -1;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do { byte = bytes[i++] ?? 0; delta += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    previous += delta + 1;
    numbers.push(previous);
  }
  const flags = new Map<number, number>(
    numbers.map((n, at) => {
      const letter = file.status.charAt(at);
      return [n, /^[A-Z]$/.test(letter) ? letter.charCodeAt(0) << STATUS_SHIFT : 0];
    }),
  );
  FACT_SETS.forEach((set, bit) => {
    const bits = fromBase64(file.sets[set]);
    numbers.forEach((n, at) => {
      if (((bits[at >> 3] ?? 0) >> (at & 7)) & 1) flags.set(n, (flags.get(n) ?? 0) | (1 << bit));
    });
  });
  return flags;
}
