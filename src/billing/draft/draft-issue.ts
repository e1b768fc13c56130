import type { OperationOutcomeIssue } from "fhir/r4";

/** One finding about a stored draft, shaped as the OperationOutcome issues the rest of the app shows. */
export function draftIssue(
  severity: OperationOutcomeIssue["severity"],
  code: OperationOutcomeIssue["code"],
  expression: string,
  diagnostics: string,
): OperationOutcomeIssue {
  return { severity, code, diagnostics, expression: [expression] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty string. */
export function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

const MAX_SHOWN = 16;
const quoted = (text: string) => (text.length > MAX_SHOWN ? `"${text.slice(0, MAX_SHOWN)}…" (${text.length} characters)` : `"${text}"`);
const shown = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text);

/** What a stored value was, in a few words a person can read ("null", "\"12345…\" (400 characters)"). */
export function describeStoredValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `text ${quoted(value)}`;
  if (typeof value === "number") return shown(String(value));
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}
