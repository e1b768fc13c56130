import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import statusFile from "./data/mpfs-status.json" with { type: "json" };
import { finding, type Severity } from "./finding.ts";
import { procedureFacts } from "./procedure-facts.ts";

interface StatusRule { severity: string; meaning: string; fix: string }

const STATUSES: ReadonlyMap<string, StatusRule> = new Map(Object.entries(statusFile.statuses));
const MEDICARE_CODE: ReadonlyMap<string, string> = new Map(Object.entries(statusFile.medicareCodeFor));
/** Statuses a same-day status T injection is bundled into (services Medicare pays under the PFS). */
const PAID_UNDER_PFS = new Set(["A", "R", "T", "C"]);

const isPreventiveVisit = (code: string): boolean => /^99(38[1-7]|39[1-7])$/.test(code);
const CODE_SHAPE = /^(\d{4}[0-9A-Z]|[A-Z]\d{4})$/;
const LEVEL2 = /^[A-Z]\d{4}$/;

/**
 * procedure-not-payable: a line whose CMS PFS status indicator says Medicare does not pay it
 * (B bundled, I not valid for Medicare, N non-covered, P bundled/excluded, T injection with
 * another paid service that day; R restricted coverage as information). Medicare's indicators:
 * for another payer, or a code without a PFS row, the line is reported as not checked.
 */
export function checkProcedureNotPayable({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const flagged = lines.flatMap((line) => {
    const status = procedureFacts(line.code)?.status;
    const rule = status === undefined ? undefined : STATUSES.get(status);
    return rule && status && applies(status, line, lines) ? [{ line, status, rule }] : [];
  });
  if (context.payerType === "other") return notCheckedForPayer(flagged.map(({ line, status }) => `${line.code} (status ${status})`));
  const issues = flagged.map(({ line, status, rule }) => lineFinding(line, status, rule, context.payerType === undefined, lines));
  return [...issues, ...noPfsRow(lines)];
}

function applies(status: string, line: LineView, lines: LineView[]): boolean {
  return status !== "T" || sameDayPaid(line, lines) !== undefined;
}

function sameDayPaid(line: LineView, lines: LineView[]): LineView | undefined {
  return lines.find((other) => other !== line && other.date === line.date && PAID_UNDER_PFS.has(procedureFacts(other.code)?.status ?? ""));
}

function lineFinding(line: LineView, status: string, rule: StatusRule, payerUnknown: boolean, lines: LineView[]): OperationOutcomeIssue {
  const medicareCode = MEDICARE_CODE.get(line.code) ?? (isPreventiveVisit(line.code) ? statusFile.preventiveVisits : undefined);
  const other = status === "T" ? sameDayPaid(line, lines) : undefined;
  const fix = medicareCode ? `${rule.fix}: ${medicareCode}` : rule.fix;
  const withOther = other ? ` (line ${other.index + 1}, ${other.code}, is paid the same day)` : "";
  const payer = payerUnknown ? " if the payer is Medicare (the payer type is not known)" : "";
  const text = `Line ${line.index + 1} bills ${line.code}, MPFS status ${status}: ${rule.meaning}${withOther}. For Medicare${payer ? "," : ""}${payer} ${fix}.`;
  return finding("procedure-not-payable", rule.severity as Severity, "business-rule", text, [`${line.path}.productOrService`]);
}

function notCheckedForPayer(codes: string[]): OperationOutcomeIssue[] {
  if (codes.length === 0) return [];
  const text = `Not checked: ${codes.join(", ")} ${codes.length === 1 ? "has" : "have"} a Medicare fee schedule status that Medicare does not pay, but this payer is not Medicare, whose status indicators these are; check the payer's own coverage of ${codes.length === 1 ? "it" : "them"}.`;
  return [finding("procedure-not-payable", "information", "informational", text, ["Claim.item"])];
}

/** Codes CMS's files know, or HCPCS codes, with no PFS row: paid (if at all) outside the PFS, so nothing to check here. */
function noPfsRow(lines: LineView[]): OperationOutcomeIssue[] {
  return lines.flatMap((line) => {
    const facts = procedureFacts(line.code);
    if (!CODE_SHAPE.test(line.code) || facts?.status !== undefined || (!facts && !LEVEL2.test(line.code))) return [];
    const text = `Not checked: ${line.code} (line ${line.index + 1}) has no row in the Medicare fee schedule (PFS 2025) the app carries, so its payment status was not checked: Medicare pays such codes under another fee schedule (DME, drugs, laboratory) or not at all.`;
    return [finding("procedure-not-payable", "information", "informational", text, [`${line.path}.productOrService`])];
  });
}
