import table from "./data/usps-states.json" with { type: "json" };

const BY_NAME = new Map(Object.entries(table.names));
const CODES = new Set(BY_NAME.values());

/**
 * The USPS two-letter code of a state, DC or a territory, from its code ("ma") or its name
 * ("Massachusetts", "District of Columbia", "Puerto Rico"); undefined when it is neither.
 */
export function uspsStateCode(text: string): string | undefined {
  const value = text.trim().toUpperCase().replace(/\s+/g, " ");
  if (CODES.has(value)) return value;
  return BY_NAME.get(value) ?? BY_NAME.get(value.replace(/\./g, "").replace(/^US /, "U.S. "));
}
