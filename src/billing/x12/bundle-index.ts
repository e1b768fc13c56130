import type { Bundle, FhirResource, Reference } from "fhir/r4";

/**
 * Finds the resources a Claim references inside its Bundle, by "Type/id", by an absolute
 * URL ending in "Type/id", or by the entry's fullUrl (urn:uuid:...).
 */
export interface BundleIndex {
  resolve<T extends FhirResource["resourceType"]>(
    reference: Reference | undefined,
    type: T,
  ): Extract<FhirResource, { resourceType: T }> | undefined;
  first<T extends FhirResource["resourceType"]>(type: T): Extract<FhirResource, { resourceType: T }> | undefined;
}

export function indexBundle(bundle: Bundle): BundleIndex {
  const byKey = new Map<string, FhirResource>();
  const resources: FhirResource[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource as FhirResource | undefined;
    if (!resource) continue;
    resources.push(resource);
    if (entry.fullUrl) byKey.set(entry.fullUrl, resource);
    if (resource.id) byKey.set(`${resource.resourceType}/${resource.id}`, resource);
  }
  return {
    resolve(reference, type) {
      const found = lookup(byKey, reference?.reference);
      return found?.resourceType === type ? (found as Extract<FhirResource, { resourceType: typeof type }>) : undefined;
    },
    first(type) {
      return resources.find((resource) => resource.resourceType === type) as
        | Extract<FhirResource, { resourceType: typeof type }>
        | undefined;
    },
  };
}

function lookup(byKey: Map<string, FhirResource>, reference: string | undefined): FhirResource | undefined {
  if (!reference) return undefined;
  const direct = byKey.get(reference);
  if (direct) return direct;
  const relative = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(\/_history\/[^/]+)?$/.exec(reference);
  return relative?.[1] ? byKey.get(relative[1]) : undefined;
}
