import factsFile from "./data/procedure-facts.json" with { type: "json" };
import { codeNumber, decodeProcedureFacts, FACT_SETS, STATUS_SHIFT, type FactSet, type ProcedureFactsFile } from "./procedure-facts-codec.ts";

/** What CMS's public files say about one CPT/HCPCS number. */
export interface ProcedureFacts {
  /** In the CY2025 PFS RVU file (so its indicators below are known). */
  pfs: boolean;
  /** Only in the 2026 Q2 MUE table: not in CMS's files before 2026. */
  since2026: boolean;
  /** PFS global period 090 (major surgery). */
  global090: boolean;
  /** PFS global period ZZZ: an add-on code, paid only with its primary. */
  addOn: boolean;
  /** PC/TC indicator 1, 6 or 8: a professional component (26) exists. */
  modifier26: boolean;
  /** PC/TC indicator 1: a technical component (TC) exists. */
  modifierTC: boolean;
  /** Bilateral indicator 1 or 3: modifier 50 applies. */
  modifier50: boolean;
  /** The PFS status indicator (A, B, C, E, I, J, M, N, P, R, T, X ...); undefined without a PFS row. */
  status?: string;
}

let table: Map<number, number> | undefined;

/** The facts for a code, or undefined when no CMS file in the app knows the number. */
export function procedureFacts(code: string): ProcedureFacts | undefined {
  table ??= decodeProcedureFacts(factsFile as ProcedureFactsFile);
  const flags = table.get(codeNumber(code));
  if (flags === undefined) return undefined;
  const facts: ProcedureFacts = Object.fromEntries(FACT_SETS.map((set, bit) => [set, ((flags >> bit) & 1) === 1])) as Record<FactSet, boolean>;
  const status = flags >> STATUS_SHIFT;
  if (status > 0) facts.status = String.fromCharCode(status);
  return facts;
}

export const PROCEDURE_FACTS_SOURCE: string = factsFile.source;
