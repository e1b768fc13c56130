import type { Claim, ClaimItem } from "fhir/r4";
import type { X12ServiceLine } from "./claim-837-model.ts";
import { report, type ReadContext } from "./read-context.ts";
import { toX12Date } from "./x12-date.ts";

const MAX_POINTERS = 4;

/**
 * SV107: Claim.item.diagnosisSequence as HI positions (1-12), 1 to 4 of them. `positionOf` maps
 * Claim.diagnosis.sequence to HI position; it is undefined when the diagnoses could not be read
 * (already reported), and then no pointer can be written.
 */
export function readPointers(
  ctx: ReadContext,
  item: ClaimItem,
  expression: string,
  positionOf: Map<number, number> | undefined,
): number[] | undefined {
  const sequences = item.diagnosisSequence ?? [];
  const at = `${expression}.diagnosisSequence`;
  if (sequences.length === 0) return report(ctx, "x12-missing-data", `${at} is empty; every line points at 1 to 4 diagnoses.`, at);
  if (sequences.length > MAX_POINTERS) return report(ctx, "x12-invalid-data", `${at} has ${sequences.length} pointers; a line carries at most ${MAX_POINTERS}.`, at);
  if (!positionOf) return undefined;
  const positions = sequences.map((sequence) => positionOf.get(sequence));
  if (positions.some((position) => position === undefined)) {
    return report(ctx, "x12-invalid-data", `${at} points at a diagnosis sequence that Claim.diagnosis does not have.`, at);
  }
  return positions as number[];
}

/** DTP*472: servicedDate, servicedPeriod, else Claim.billablePeriod. */
export function readServiceDate(ctx: ReadContext, claim: Claim, item: ClaimItem, expression: string): X12ServiceLine["serviceDate"] | undefined {
  const from = item.servicedDate ?? item.servicedPeriod?.start ?? claim.billablePeriod?.start;
  const to = item.servicedDate ?? item.servicedPeriod?.end ?? (item.servicedPeriod ? undefined : claim.billablePeriod?.end);
  const at = `${expression}.servicedDate`;
  if (!from) return report(ctx, "x12-missing-data", `${at} is missing (and Claim.billablePeriod has no start).`, at);
  const start = toX12Date(from);
  const end = to ? toX12Date(to) : start;
  if (!start || !end) return report(ctx, "x12-invalid-data", `${at} is not a valid date.`, at);
  return start === end ? start : [start, end];
}
