import type { Bundle, OperationOutcome } from "fhir/r4";
import { writeInterchange } from "./envelope.ts";
import { readEnvelopeValues, type X12ExportOptions } from "./export-options.ts";
import { toOperationOutcome } from "./findings.ts";
import { readClaim837, type Claim837Settings } from "./read-claim-837.ts";
import { X12DataError } from "./x12-data-error.ts";
import { writeBillingProviderLoops, writeHeaderLoops, writeSubscriberLoops } from "./write-party-loops.ts";
import { writeClaimLoops, writeServiceLineLoops } from "./write-claim-loops.ts";
import { writeLineAdjudicationLoops, writeOtherPayerLoops } from "./write-other-payer-loops.ts";

export interface X12Export {
  x12: string;
  /** Findings that did not block the file: cleanings (information) and warnings; never errors. */
  outcome: OperationOutcome;
}

/**
 * Everything the 837P export would find wrong or change in this claim Bundle: errors
 * (npi-invalid, x12-missing-data, x12-invalid-data) and information (x12-text-cleaned).
 */
export function check837PData(bundle: Bundle, settings: Claim837Settings = {}): OperationOutcome {
  return toOperationOutcome(readClaim837(bundle, settings).issues);
}

/** The 837P file with the findings that were not errors; throws X12DataError when data is missing. */
export function build837P(bundle: Bundle, options: X12ExportOptions): X12Export {
  const values = readEnvelopeValues(options);
  const { data, issues } = readClaim837(bundle, { cliaNumber: options.cliaNumber });
  if (!data) throw new X12DataError(toOperationOutcome(issues));
  const body = [
    ...writeHeaderLoops(values, String(values.control)),
    ...writeBillingProviderLoops(data),
    ...writeSubscriberLoops(data),
    ...writeClaimLoops(data),
    ...writeOtherPayerLoops(data.otherPayers ?? []),
    ...writeServiceLineLoops(data.lines, (line, i) => writeLineAdjudicationLoops(line, i, data.otherPayers ?? [])),
  ];
  return { x12: writeInterchange(values, body), outcome: toOperationOutcome(issues) };
}

/** ASC X12 837 Professional (005010X222A1) for the Claim in the Bundle, one claim per file. */
export function claimTo837P(bundle: Bundle, options: X12ExportOptions): string {
  return build837P(bundle, options).x12;
}
