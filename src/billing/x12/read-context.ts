import type { OperationOutcomeIssue } from "fhir/r4";
import type { BundleIndex } from "./bundle-index.ts";
import { x12Finding, type X12FindingCode } from "./findings.ts";
import { cleanText, checkIdentifierText } from "./x12-text.ts";

/** What every reader gets: the Bundle's resources and the list findings are added to. */
export interface ReadContext {
  index: BundleIndex;
  issues: OperationOutcomeIssue[];
}

export function report(
  ctx: ReadContext,
  code: X12FindingCode,
  text: string,
  expression: string,
  severity?: OperationOutcomeIssue["severity"],
): undefined {
  ctx.issues.push(x12Finding(code, text, expression, severity));
  return undefined;
}

/** Free text cleaned for X12; a cleaning is reported as information, an empty result as missing. */
export function readText(ctx: ReadContext, raw: string | undefined, maxLength: number, expression: string): string | undefined {
  if (raw === undefined || raw.trim() === "") {
    return report(ctx, "x12-missing-data", `${expression} is empty; the 837P needs it.`, expression);
  }
  const { value, changed } = cleanText(raw, maxLength);
  if (value === "") {
    return report(ctx, "x12-missing-data", `${expression} holds no character X12 can carry.`, expression);
  }
  if (changed) {
    const text = `${expression} was cleaned for X12 (delimiters, accents or characters X12 cannot carry replaced, at most ${maxLength} characters): "${value}".`;
    report(ctx, "x12-text-cleaned", text, expression);
  }
  return value;
}

/** Optional free text: absent stays absent without a finding. */
export function readOptionalText(ctx: ReadContext, raw: string | undefined, maxLength: number, expression: string): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  return readText(ctx, raw, maxLength, expression);
}

/** An identifier or code: never cleaned; refused when it holds a delimiter or is too long. */
export function readIdentifier(ctx: ReadContext, raw: string | undefined, maxLength: number, expression: string): string | undefined {
  if (raw === undefined || raw.trim() === "") {
    return report(ctx, "x12-missing-data", `${expression} is missing; the 837P needs it.`, expression);
  }
  const value = checkIdentifierText(raw);
  if (value === undefined) {
    const text = `${expression} holds a character X12 cannot carry (* ~ : ^ or non-ASCII); identifiers are not cleaned because that would change them. Correct the value.`;
    return report(ctx, "x12-invalid-data", text, expression);
  }
  if (value.length > maxLength) {
    return report(ctx, "x12-invalid-data", `${expression} is longer than the ${maxLength} characters X12 allows.`, expression);
  }
  return value;
}

/**
 * Runs `read` for one resource and marks the findings it adds with the role and the resource
 * ("payer Organization/org-1") in issue.diagnostics, so two resources of one type (the payer
 * and the billing Organization) can be told apart.
 */
export function readAbout<T>(ctx: ReadContext, role: string, resource: { resourceType: string; id?: string }, read: () => T): T {
  const start = ctx.issues.length;
  const result = read();
  const subject = resource.id ? `${role} ${resource.resourceType}/${resource.id}` : role;
  for (const issue of ctx.issues.slice(start)) issue.diagnostics ??= subject;
  return result;
}
