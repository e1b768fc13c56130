/**
 * All or nothing: a transaction is checked whole before anything is written (valid resources,
 * If-Match versions that still hold) and refused whole; what fails later (a budget spent, a
 * conditional match) is undone by the repository's journal (journal-repository.ts).
 */
import { validateResource } from "@medplum/core";
import type { Bundle, OperationOutcome } from "fhir/r4";
import type { FhirEngine, MedplumResource } from "./engine.ts";

export function invalidResource(body: unknown): OperationOutcome | undefined {
  if (!body || typeof body !== "object") return { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", details: { text: "A JSON resource body is required." } }] };
  try {
    const issues = validateResource(body as MedplumResource).filter((i) => i.severity === "error" || i.severity === "fatal");
    return issues.length ? ({ resourceType: "OperationOutcome", issue: issues } as OperationOutcome) : undefined;
  } catch (error) {
    return (error as { outcome?: OperationOutcome }).outcome ?? { resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", details: { text: String(error) } }] };
  }
}

function refusal(status: number, index: number, text: string, code: "invalid" | "conflict"): { status: number; outcome: OperationOutcome } {
  return { status, outcome: { resourceType: "OperationOutcome", issue: [{ severity: "error", code, details: { text: `Transaction refused, nothing written: entry ${index + 1}: ${text}` }, expression: [`Bundle.entry[${index}]`] }] } };
}

async function currentVersion(engine: FhirEngine, url: string): Promise<string | undefined> {
  const [type, id] = url.split("?")[0]?.split("/") ?? [];
  if (!type || !id) return undefined;
  return engine.repo.readResource(type, id).then((r) => r.meta?.versionId, () => undefined);
}

/** The reason to refuse the whole transaction (HTTP status and outcome), or undefined when it can run. */
export async function transactionProblem(engine: FhirEngine, bundle: Bundle): Promise<{ status: number; outcome: OperationOutcome } | undefined> {
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const method = entry.request?.method;
    if ((method === "POST" || method === "PUT") && entry.resource) {
      const invalid = invalidResource(entry.resource);
      if (invalid) return refusal(400, index, invalid.issue.map((i) => i.details?.text ?? i.diagnostics ?? i.code).join("; "), "invalid");
    }
    const ifMatch = entry.request?.ifMatch;
    if (method === "PUT" && ifMatch) {
      const version = await currentVersion(engine, entry.request?.url ?? "");
      const wanted = /W\/"([^"]+)"/.exec(ifMatch)?.[1] ?? ifMatch;
      if (version !== wanted) return refusal(412, index, `${entry.request?.url} is at version ${version ?? "none"}, not ${wanted} (If-Match): re-read it and try again.`, "conflict");
    }
  }
  return undefined;
}
