import type { CodeableConcept, Dosage, MedicationAdministration, MedicationRequest, MedicationStatement, Quantity, Reference } from "fhir/r4";
import { findDrugCodes } from "./drug-code-match.ts";
import { codeUnit, unitsFor, type Dose } from "./drug-unit.ts";
import { givenAtVisit, type VisitRef } from "./given-at-visit.ts";
import { routeOf, type Route } from "./route-of-administration.ts";
import type { ServiceSuggestion } from "./service-suggestion.ts";

/** A drug given in the clinic at this visit, whatever resource recorded it. */
export interface DrugGiven {
  ref: string;
  name: string;
  dose?: Dose;
  route?: Route;
  /** An IV drug given over more than 15 minutes is an infusion, not a push. */
  infusion: boolean;
}

export interface DrugChart {
  medicationAdministrations?: readonly MedicationAdministration[];
  medicationRequests?: readonly MedicationRequest[];
  medicationStatements?: readonly MedicationStatement[];
}

/** MedicationRequest/Statement categories that mean "given here", as EMRs word them. */
const GIVEN_HERE = /clinic[- ]?administered|administered in (the )?(clinic|office)|office[- ]?administered|given in (the )?(clinic|office)|in[- ]?clinic/i;

const conceptWords = (c: CodeableConcept | undefined) => [c?.text, ...(c?.coding ?? []).flatMap((x) => [x.display, x.code])].filter(Boolean).join(" ");

function nameOf(concept: CodeableConcept | undefined, reference: Reference | undefined): string {
  return concept?.text ?? concept?.coding?.find((c) => c.display)?.display ?? reference?.display ?? "";
}

function doseOf(quantity: Quantity | undefined): Dose | undefined {
  const unit = quantity?.code ?? quantity?.unit;
  return quantity?.value !== undefined && unit ? { value: quantity.value, unit } : undefined;
}

const minutesBetween = (start?: string, end?: string) => (start && end ? (Date.parse(end) - Date.parse(start)) / 60_000 : 0);

function fromAdministration(m: MedicationAdministration, visit: VisitRef): DrugGiven[] {
  if (m.status !== "completed" || !m.id) return [];
  const when = m.effectiveDateTime ?? m.effectivePeriod?.start;
  if (!givenAtVisit(m.context, when, visit)) return [];
  const dose = doseOf(m.dosage?.dose);
  const route = routeOf(m.dosage?.route);
  const infusion = m.dosage?.rateQuantity !== undefined || m.dosage?.rateRatio !== undefined || minutesBetween(m.effectivePeriod?.start, m.effectivePeriod?.end) > 15;
  return [{ ref: `MedicationAdministration/${m.id}`, name: nameOf(m.medicationCodeableConcept, m.medicationReference), infusion, ...(dose ? { dose } : {}), ...(route ? { route } : {}) }];
}

function fromDosage(ref: string, name: string, dosage: Dosage | undefined): DrugGiven {
  const dose = doseOf(dosage?.doseAndRate?.[0]?.doseQuantity);
  const route = routeOf(dosage?.route);
  return { ref, name, infusion: dosage?.doseAndRate?.[0]?.rateQuantity !== undefined, ...(dose ? { dose } : {}), ...(route ? { route } : {}) };
}

function markedGiven(categories: readonly CodeableConcept[] | CodeableConcept | undefined): boolean {
  const list = Array.isArray(categories) ? categories : categories ? [categories as CodeableConcept] : [];
  return list.some((c) => GIVEN_HERE.test(conceptWords(c)));
}

/** Drugs given at the visit: MedicationAdministrations, and Requests/Statements of this encounter marked as given in the clinic. */
export function drugsGiven(chart: DrugChart, visit: VisitRef): DrugGiven[] {
  const administered = (chart.medicationAdministrations ?? []).flatMap((m) => fromAdministration(m, visit));
  const requested = (chart.medicationRequests ?? []).flatMap((r) =>
    r.id && r.status !== "entered-in-error" && r.status !== "cancelled" && markedGiven(r.category) && givenAtVisit(r.encounter, r.authoredOn, visit)
      ? [fromDosage(`MedicationRequest/${r.id}`, nameOf(r.medicationCodeableConcept, r.medicationReference), r.dosageInstruction?.[0])]
      : [],
  );
  const stated = (chart.medicationStatements ?? []).flatMap((s) =>
    s.id && s.status === "completed" && markedGiven(s.category) && givenAtVisit(s.context, s.effectiveDateTime ?? s.effectivePeriod?.start, visit)
      ? [fromDosage(`MedicationStatement/${s.id}`, nameOf(s.medicationCodeableConcept, s.medicationReference), s.dosage?.[0])]
      : [],
  );
  return [...administered, ...requested, ...stated].filter((d) => d.name !== "");
}

function drugLine(drug: DrugGiven): ServiceSuggestion | undefined {
  const best = findDrugCodes(drug.name, drug.route)[0];
  if (!best) return undefined;
  const unit = codeUnit(best.description);
  const billed = unit ? unitsFor(drug.dose, unit) : { kind: "problem" as const, reason: "the code's billing unit could not be read from its description: enter the units" };
  const doseWords = drug.dose ? `${drug.dose.value} ${drug.dose.unit}` : "dose not documented";
  return {
    key: `drug-${drug.ref}`,
    kind: "hcpcs",
    code: best.code,
    label: `${drug.name} (${doseWords}${drug.route ? `, ${drug.route}` : ""})`,
    units: billed.kind === "units" ? billed.units : 1,
    reason: `${drug.ref}: "${best.description}"${billed.kind === "units" ? `; ${billed.reason}` : ""}`,
    sources: [drug.ref],
    ...(billed.kind === "problem" ? { warning: `${billed.reason}; 1 unit until then` } : {}),
  };
}

const ADMIN: Readonly<Record<string, [string, string]>> = {
  "96372": ["injection, under the skin or into a muscle", "intramuscular or subcutaneous injection"],
  "96374": ["IV push, first drug", "intravenous push"],
  "96375": ["IV push, each additional new drug", "further intravenous push of another drug"],
  "96365": ["IV infusion, first hour", "intravenous infusion"],
};

/** The administration codes of the drugs given: 96372 per IM/SC injection, 96374 first IV push (96375 after), 96365 an infusion. */
function adminLines(drugs: readonly DrugGiven[]): ServiceSuggestion[] {
  const byCode = new Map<string, DrugGiven[]>();
  const add = (code: string, drug: DrugGiven) => byCode.set(code, [...(byCode.get(code) ?? []), drug]);
  const iv = drugs.filter((d) => d.route === "intravenous");
  const infusions = iv.filter((d) => d.infusion);
  infusions.slice(0, 1).forEach((d) => add("96365", d));
  iv.filter((d) => !d.infusion).forEach((d, i) => add(i === 0 && !infusions.length ? "96374" : "96375", d));
  drugs.filter((d) => d.route === "intramuscular" || d.route === "subcutaneous").forEach((d) => add("96372", d));
  return [...byCode].map(([code, given]) => {
    const [label, words] = ADMIN[code] ?? [code, code];
    return { key: `drug-admin-${code}`, kind: "cpt" as const, code, label, units: given.length, reason: `${words}: ${given.map((g) => g.name).join(", ")}`, sources: given.map((g) => g.ref) };
  });
}

/** The J-code of each drug given (units from the dose) and the administration codes. */
export function drugServices(drugs: readonly DrugGiven[]): ServiceSuggestion[] {
  const lines = drugs.flatMap((d) => drugLine(d) ?? []);
  return [...lines, ...adminLines(drugs)];
}
