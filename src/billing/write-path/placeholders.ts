/**
 * Per-resource writes: the Provenance is built with urn:uuid placeholders for the Claim and the
 * ChargeItems; once the server has created those, the placeholders become real references.
 */
export function resolvePlaceholders<R>(resource: R, resolved: Readonly<Record<string, string>>): R {
  return JSON.parse(JSON.stringify(resource), (key, value: unknown) =>
    key === "reference" && typeof value === "string" && resolved[value] !== undefined ? resolved[value] : value,
  ) as R;
}

/** The placeholders a resource still references (urn:uuid references). */
export function placeholdersIn(resource: unknown): string[] {
  const found = new Set<string>();
  JSON.stringify(resource, (key, value: unknown) => {
    if (key === "reference" && typeof value === "string" && value.startsWith("urn:uuid:")) found.add(value);
    return value;
  });
  return [...found];
}

/** "https://ehr/fhir/Claim/12/_history/1" (a Location header) -> "Claim/12"; undefined if none. */
export function referenceFromLocation(location: string): string | undefined {
  const match = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[^/]+)?\/?$/.exec(location);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
