import type { CodeableConcept, HumanName, Period, Reference } from "fhir/r4";

export function formatHumanName(names: HumanName[] | undefined): string {
  const name = names?.find((n) => n.use === "official") ?? names?.[0];
  if (!name) return "Unnamed";
  if (name.text) return name.text;
  const given = (name.given ?? []).join(" ");
  return [name.prefix?.join(" "), given, name.family].filter(Boolean).join(" ").trim() || "Unnamed";
}

export function formatConcept(concept: CodeableConcept | undefined): string {
  if (!concept) return "";
  return concept.text ?? concept.coding?.find((c) => c.display)?.display ?? concept.coding?.[0]?.code ?? "";
}

/** "2026-03-04" or "2026-03-04 09:10" from a FHIR date or dateTime, in the date's own offset. */
export function formatDateTime(value: string | undefined): string {
  if (!value) return "";
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  return match ? [match[1], match[2]].filter(Boolean).join(" ") : value;
}

export function minutesBetween(period: Period | undefined): number | undefined {
  if (!period?.start || !period.end) return undefined;
  const ms = Date.parse(period.end) - Date.parse(period.start);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : undefined;
}

export function formatAge(birthDate: string | undefined, onDate: string): string {
  if (!birthDate) return "";
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = onDate.split("-").map(Number);
  if (!by || !y) return "";
  let age = y - by;
  if ((m ?? 1) < (bm ?? 1) || ((m ?? 1) === (bm ?? 1) && (d ?? 1) < (bd ?? 1))) age--;
  return `${age} y`;
}

export function referenceId(ref: Reference | undefined): string | undefined {
  return ref?.reference?.split("/").pop();
}
