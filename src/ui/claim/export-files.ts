import type { Bundle, Claim, FhirResource } from "fhir/r4";
import type { EncounterContext } from "../../fhir/context/encounter-context.ts";

/** The Claim with the resources it references, as the 837P export reads them. */
export function claimExportBundle(claim: Claim, context: EncounterContext): Bundle {
  const resources: FhirResource[] = [
    claim,
    ...(context.patient ? [context.patient] : []),
    ...context.coverages,
    ...context.organizations,
    ...context.practitioners,
    ...context.locations,
  ];
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: resources.map((resource) => ({ fullUrl: `${resource.resourceType}/${resource.id ?? ""}`, resource })),
  };
}

/** Offers text as a file download (works inside the EHR's sandboxed frame when it allows downloads). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
