import type { FhirResource, HumanName, Organization, Reference } from "fhir/r4";
import { PAYER_ID_SYSTEMS, PAYER_ID_TYPE_CODES } from "../payer/payer-id.ts";

/** The resources a worklist read, by "Type/id". */
export type ResourceIndex = ReadonlyMap<string, FhirResource>;

type Typed<K extends FhirResource["resourceType"]> = Extract<FhirResource, { resourceType: K }>;

const REFERENCE = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/** "Type/id" of a relative or absolute reference (a version suffix dropped); undefined for contained or logical ones. */
export function refKey(reference: string | undefined): string | undefined {
  if (!reference || reference.startsWith("#")) return undefined;
  const match = REFERENCE.exec(reference);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function indexResources(resources: Iterable<FhirResource>): Map<string, FhirResource> {
  const index = new Map<string, FhirResource>();
  for (const resource of resources) if (resource.id) index.set(`${resource.resourceType}/${resource.id}`, resource);
  return index;
}

/** The resource a reference points at, when it was read and has the expected type. */
export function resolveAs<K extends FhirResource["resourceType"]>(index: ResourceIndex, type: K, reference: Reference | string | undefined): Typed<K> | undefined {
  const key = refKey(typeof reference === "string" ? reference : reference?.reference);
  const found = key ? index.get(key) : undefined;
  return found?.resourceType === type ? (found as Typed<K>) : undefined;
}

/** "Maria Elena Lopez" (withPrefix: "Dr. Ana Rivera"): the official name, else the first. */
export function personName(names: HumanName[] | undefined, withPrefix = false): string | undefined {
  const name = names?.find((n) => n.use === "official") ?? names?.[0];
  if (!name) return undefined;
  if (name.text?.trim()) return name.text.trim();
  const parts = [...(withPrefix ? name.prefix ?? [] : []), ...(name.given ?? []), name.family];
  return parts.filter(Boolean).join(" ").trim() || undefined;
}

/** A person's or place's name from the resource read, else the reference's display. */
export function displayOf(index: ResourceIndex, reference: Reference | undefined): string | undefined {
  const key = refKey(reference?.reference);
  const resource = key ? index.get(key) : undefined;
  if (resource?.resourceType === "Patient") return personName(resource.name) ?? reference?.display;
  if (resource?.resourceType === "Practitioner") return personName(resource.name, true) ?? reference?.display;
  if (resource?.resourceType === "Organization" || resource?.resourceType === "Location") return resource.name ?? reference?.display;
  return reference?.display;
}

/** The payer id on a payer Organization (accepted system, or type NIIP/PAYERID). */
export function payerIdOf(organization: Organization | undefined): string | undefined {
  const identifier = organization?.identifier?.find(
    (i) => PAYER_ID_SYSTEMS.includes(i.system ?? "") || i.type?.coding?.some((c) => PAYER_ID_TYPE_CODES.includes(c.code ?? "")),
  );
  return identifier?.value?.trim() || undefined;
}
