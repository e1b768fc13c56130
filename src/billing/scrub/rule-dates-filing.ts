import type { OperationOutcomeIssue } from "fhir/r4";
import type { ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { nextDay } from "./rule-em-modifier-57.ts";

/** Days between two YYYY-MM-DD dates (b - a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * dos-future: a line dated after `context.today` (the caller's date). The day after today is a
 * warning only, since the EMR's time zone may be ahead of the caller's.
 */
export function checkFutureDate({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const today = context.today;
  if (!today) return [];
  const tomorrow = nextDay(today);
  return lines
    .filter((line) => line.date !== "" && line.date > today)
    .map((line) => {
      const zone = line.date === tomorrow;
      const text = `Line ${line.index + 1} (${line.code}) is dated ${line.date}, after today (${today}): a service is billed once it has been given; correct the date${zone ? " (or, if the EMR's time zone is ahead, acknowledge)" : ""}.`;
      return finding("dos-future", zone ? "warning" : "error", "invalid", text, [`${line.path}.servicedDate`]);
    });
}

/** The filing limit used when the context names none: Medicare's 12 months (42 CFR 424.44). */
export const DEFAULT_FILING_LIMIT_DAYS = 365;

/** timely-filing: the earliest date of service is older than the payer's filing limit, or within 30 days of it. */
export function checkTimelyFiling({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const today = context.today;
  const dates = lines.map((line) => line.date).filter((date) => date !== "").sort();
  const first = dates[0];
  if (!today || !first) return [];
  const limit = context.filingLimitDays ?? DEFAULT_FILING_LIMIT_DAYS;
  const left = limit - daysBetween(first, today);
  if (left > 30) return [];
  const text =
    left < 0
      ? `The claim's earliest date of service (${first}) is ${-left} days past the payer's filing limit of ${limit} days: payers deny late claims; submit only with proof of timely filing or an exception, otherwise write the charge off.`
      : `The claim's earliest date of service (${first}) reaches the payer's filing limit of ${limit} days in ${left} days: submit it now.`;
  return [finding("timely-filing", left < 0 ? "warning" : "information", "business-rule", text, ["Claim.item"])];
}
