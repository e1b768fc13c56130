import type { OperationOutcomeIssue } from "fhir/r4";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { KNOWN_MODIFIERS, X_MODIFIERS } from "./known-modifiers.ts";

export const MAX_MODIFIERS = 4;

/** modifier-limit, modifier-invalid, modifier-59-with-x. */
export function checkModifiers({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const known = context.modifiers ?? KNOWN_MODIFIERS;
  return lines.flatMap((line) => [...limitFindings(line), ...invalidFindings(line, known), ...xFindings(line)]);
}

function limitFindings(line: LineView): OperationOutcomeIssue[] {
  if (line.modifiers.length <= MAX_MODIFIERS) return [];
  const text = `Line ${line.index + 1} (${line.code}) has ${line.modifiers.length} modifiers but a line holds ${MAX_MODIFIERS}: keep the pricing modifiers first and drop ${line.modifiers.slice(MAX_MODIFIERS).join(", ")} (or split the line).`;
  return [finding("modifier-limit", "error", "business-rule", text, [`${line.path}.modifier[${MAX_MODIFIERS}]`])];
}

function invalidFindings(line: LineView, known: ReadonlySet<string>): OperationOutcomeIssue[] {
  return line.modifiers.flatMap((modifier, i) => {
    if (/^[0-9A-Z]{2}$/.test(modifier) && known.has(modifier)) return [];
    const text = /^[0-9A-Z]{2}$/.test(modifier)
      ? `Line ${line.index + 1} (${line.code}) has modifier ${modifier}, which is not a known CPT or HCPCS Level II modifier: correct or remove it.`
      : `Line ${line.index + 1} (${line.code}) has modifier "${modifier}", but modifiers are two letters or digits (e.g. 25, 59, RT): correct or remove it.`;
    return [finding("modifier-invalid", "error", "invalid", text, [`${line.path}.modifier[${i}]`])];
  });
}

function xFindings(line: LineView): OperationOutcomeIssue[] {
  const index59 = line.modifiers.indexOf("59");
  const x = line.modifiers.find((modifier) => X_MODIFIERS.has(modifier));
  if (index59 < 0 || x === undefined) return [];
  const text = `Line ${line.index + 1} (${line.code}) carries both 59 and ${x}: CMS does not allow 59 with an X modifier on one line, so remove 59 and keep ${x}.`;
  return [finding("modifier-59-with-x", "error", "business-rule", text, [`${line.path}.modifier[${index59}]`])];
}
