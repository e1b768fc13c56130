import type { Claim, ClaimItem, CodeableConcept } from "fhir/r4";
import type { CodeEntry } from "../../coding/code-index.ts";
import { CPT, HCPCS, HCPCS_OID, ICD10CM } from "../../coding/systems.ts";
import type { ScrubContext } from "./scrub-context.ts";

/** One Claim.diagnosis, digested once for every rule. */
export interface DiagnosisView {
  /** Position in Claim.diagnosis. */
  index: number;
  sequence: number | undefined;
  /** Upper-case code with the dot as written, e.g. "E11.9"; "" when absent. */
  code: string;
  path: string;
}

/** One Claim.item, digested once for every rule. */
export interface LineView {
  index: number;
  code: string;
  modifiers: string[];
  quantity: number | undefined;
  unitPrice: number | undefined;
  net: number | undefined;
  /** YYYY-MM-DD; "" when no date can be found. */
  date: string;
  pointers: number[];
  placeOfService: string;
  path: string;
}

export interface ScrubInput {
  claim: Claim;
  context: ScrubContext;
  diagnoses: DiagnosisView[];
  lines: LineView[];
  /** The claim's first date of service (YYYY-MM-DD) or "". */
  firstDate: string;
  /** ICD-10-CM lookup on the first date of service, memoised for this run. */
  icd(code: string): CodeEntry | undefined;
}

const PROCEDURE_SYSTEMS = [CPT, HCPCS, HCPCS_OID];

/** The code of the coding in one of `systems` (else the first coding), upper-cased. */
function pickCode(concept: CodeableConcept | undefined, systems: readonly string[] = []): string {
  const codings = concept?.coding ?? [];
  const coding = codings.find((candidate) => candidate.system !== undefined && systems.includes(candidate.system)) ?? codings[0];
  return (coding?.code ?? "").trim().toUpperCase();
}

const firstCode = (concept: CodeableConcept | undefined): string => pickCode(concept);

/** Turns the Claim into the views the rules read. */
export function viewClaim(claim: Claim, context: ScrubContext): ScrubInput {
  const fallbackDate = (claim.billablePeriod?.start ?? context.today ?? "").slice(0, 10);
  const diagnoses = (claim.diagnosis ?? []).map((diagnosis, index) => ({
    index,
    sequence: diagnosis.sequence,
    code: pickCode(diagnosis.diagnosisCodeableConcept, [ICD10CM]),
    path: `Claim.diagnosis[${index}].diagnosisCodeableConcept`,
  }));
  const lines = (claim.item ?? []).map((item, index) => viewLine(item, index, fallbackDate));
  const dates = lines.map((line) => line.date).filter(Boolean).sort();
  const firstDate = dates[0] ?? fallbackDate;
  const memo = new Map<string, CodeEntry | undefined>();
  const icd = (code: string): CodeEntry | undefined => {
    if (!memo.has(code)) memo.set(code, context.index.lookup(ICD10CM, code, firstDate || undefined));
    return memo.get(code);
  };
  return { claim, context, diagnoses, lines, firstDate, icd };
}

function viewLine(item: ClaimItem, index: number, fallbackDate: string): LineView {
  return {
    index,
    code: pickCode(item.productOrService, PROCEDURE_SYSTEMS),
    modifiers: (item.modifier ?? []).map(firstCode),
    quantity: item.quantity?.value,
    unitPrice: item.unitPrice?.value,
    net: item.net?.value,
    date: (item.servicedDate ?? item.servicedPeriod?.start ?? fallbackDate).slice(0, 10),
    pointers: item.diagnosisSequence ?? [],
    placeOfService: firstCode(item.locationCodeableConcept),
    path: `Claim.item[${index}]`,
  };
}
