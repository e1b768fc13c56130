/**
 * Reading payer responses that may be malformed: every accessor accepts unknown and returns
 * undefined or an empty list instead of throwing.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const found = isJsonObject(value) ? value[key] : undefined;
  return isJsonObject(found) ? found : undefined;
}

export function objectsAt(value: unknown, key: string): JsonObject[] {
  const found = isJsonObject(value) ? value[key] : undefined;
  return Array.isArray(found) ? found.filter(isJsonObject) : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  const found = isJsonObject(value) ? value[key] : undefined;
  return typeof found === "string" && found.length > 0 ? found : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  const found = isJsonObject(value) ? value[key] : undefined;
  return typeof found === "number" && Number.isFinite(found) ? found : undefined;
}

/** The codings of a CodeableConcept-shaped value, keeping only those with a string code. */
export function codingsOf(concept: unknown): { system?: string; code: string; display?: string }[] {
  return objectsAt(concept, "coding").flatMap((coding) => {
    const code = stringAt(coding, "code");
    return code ? [{ system: stringAt(coding, "system"), code, display: stringAt(coding, "display") }] : [];
  });
}
