import type { OperationOutcomeIssue } from "fhir/r4";
import { CPT, HCPCS } from "../../coding/systems.ts";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { procedureFacts } from "./procedure-facts.ts";
import { unknownCptText } from "./unknown-cpt-text.ts";

const CPT_SHAPE = /^\d{4}[0-9A-Z]$/;
const LEVEL2_SHAPE = /^[A-Z]\d{4}$/;

/**
 * procedure-invalid: a CPT number CMS's public files (PFS RVU 2025, MUE 2026 Q2, PTP) do not
 * know, a HCPCS Level II code the January 2026 file lacks or does not have in force on the date
 * of service, or a code of neither shape.
 */
export function checkProcedureValidity(input: ScrubInput): OperationOutcomeIssue[] {
  return input.lines.flatMap((line) => (line.code === "" ? [] : lineFindings(line, input)));
}

function lineFindings(line: LineView, { context }: ScrubInput): OperationOutcomeIssue[] {
  const where = `Line ${line.index + 1}`;
  const path = [`${line.path}.productOrService`];
  if (LEVEL2_SHAPE.test(line.code)) {
    const entry = context.index.lookup(HCPCS, line.code, line.date || undefined);
    if (!entry) return [invalid(`${where} bills ${line.code}, which is not a HCPCS Level II code in force (unknown, or terminated before the January 2026 file): choose the current code for the service.`, path)];
    if (!entry.validOnDate) return [invalid(`${where} bills ${line.code}, which is not in force on ${line.date}: choose the code valid on the date of service.`, path)];
    return [];
  }
  if (!CPT_SHAPE.test(line.code)) {
    return [invalid(`${where} bills "${line.code}", which is neither a CPT number (5 characters, e.g. 99213, 0042T) nor a HCPCS Level II code (a letter and 4 digits): correct the code.`, path)];
  }
  const facts = procedureFacts(line.code);
  if (!facts) {
    if (context.index.lookup(CPT, line.code)) {
      return [finding("procedure-invalid", "warning", "invalid", `${where} bills CPT ${line.code}, which the EMR or a licensed list knows but CMS's public files (PFS 2025, MUE 2026 Q2, PTP) do not: check it is current on ${line.date || "the date of service"} before submitting.`, path)];
    }
    const severity = line.code.endsWith("F") ? "warning" : "error";
    return [finding("procedure-invalid", severity, "invalid", `${where} bills ${unknownCptText(line.code)}`, path)];
  }
  if (facts.since2026 && line.date !== "" && line.date < "2026-01-01") {
    return [finding("procedure-invalid", "warning", "invalid", `${where} bills CPT ${line.code}, which first appears in CMS's 2026 files, on ${line.date}: check that the code was in force on that date.`, path)];
  }
  return [];
}

const invalid = (text: string, expression: string[]): OperationOutcomeIssue => finding("procedure-invalid", "error", "invalid", text, expression);
