import type { Immunization } from "fhir/r4";
import { givenAtVisit, type VisitRef } from "./given-at-visit.ts";
import { routeOf } from "./route-of-administration.ts";
import { Z23, type ServiceSuggestion } from "./service-suggestion.ts";
import { chooseVaccineProduct } from "./vaccine-product.ts";
import { CVX_SYSTEM, NDC_SYSTEM, vaccineByCvx, vaccineByNdc, type MedicareVaccineGroup, type Vaccine } from "./vaccine-table.ts";

/** One vaccine given at the visit, as the administration codes count it. */
export interface VaccineGiven {
  ref: string;
  vaccine: Vaccine;
  /** Intranasal or oral vaccines have their own administration codes (90473/90474). */
  nasalOrOral: boolean;
  /** Counselling by the physician or other qualified professional is documented. */
  counselled: boolean;
  /** The dose volume in mL, when the Immunization states it (doseQuantity). */
  doseMl?: number;
}

export interface VaccinePatient {
  /** Completed years on the date of service. */
  ageYears: number;
  medicare: boolean;
}

const COUNSEL = /counsel|discussed|vis (given|provided)|vaccine information statement/i;

function vaccineOf(immunization: Immunization): Vaccine | undefined {
  const codings = immunization.vaccineCode.coding ?? [];
  const cvx = codings.find((c) => c.system === CVX_SYSTEM && c.code)?.code;
  const ndc = codings.find((c) => c.system === NDC_SYSTEM && c.code)?.code;
  return (cvx !== undefined ? vaccineByCvx(cvx) : undefined) ?? (ndc !== undefined ? vaccineByNdc(ndc) : undefined);
}

function doseMl(immunization: Immunization): number | undefined {
  const dose = immunization.doseQuantity;
  if (dose?.value === undefined) return undefined;
  const unit = (dose.code ?? dose.unit ?? "").trim().toLowerCase();
  return unit === "ml" ? dose.value : undefined;
}

function nasalOrOral(immunization: Immunization, vaccine: Vaccine): boolean {
  const route = routeOf(immunization.route);
  if (route !== undefined) return route === "intranasal" || route === "oral";
  return /intranasal|rotavirus|oral|cholera/i.test(vaccine.name);
}

/** Completed Immunizations of this visit whose CVX or NDC maps to a CPT vaccine product. */
export function vaccinesGiven(immunizations: readonly Immunization[], visit: VisitRef): VaccineGiven[] {
  return immunizations.flatMap((immunization) => {
    if (immunization.status !== "completed" || immunization.id === undefined) return [];
    if (!givenAtVisit(immunization.encounter, immunization.occurrenceDateTime, visit)) return [];
    const vaccine = vaccineOf(immunization);
    if (!vaccine) return [];
    const counselled = (immunization.education?.length ?? 0) > 0 || (immunization.note ?? []).some((n) => COUNSEL.test(n.text));
    const ml = doseMl(immunization);
    return [{ ref: `Immunization/${immunization.id}`, vaccine, nasalOrOral: nasalOrOral(immunization, vaccine), counselled, ...(ml !== undefined ? { doseMl: ml } : {}) }];
  });
}

function productLine(given: VaccineGiven, ageYears: number): ServiceSuggestion {
  const { code, because, undecided } = chooseVaccineProduct(given.vaccine.cpt, ageYears, given.doseMl);
  return {
    key: `vaccine-${given.ref}`,
    kind: "cpt",
    code,
    label: `${given.vaccine.name} vaccine`,
    units: 1,
    reason: `CVX ${given.vaccine.cvx} given at the visit (${given.ref})${because ? `; ${code} of ${given.vaccine.cpt.join(" or ")}: ${because}` : ""}`,
    sources: [given.ref],
    diagnosis: Z23,
    ...(undecided?.length ? { warning: `the CDC also maps CVX ${given.vaccine.cvx} to ${undecided.join(", ")} and neither age ${ageYears}${given.doseMl !== undefined ? ` nor the ${given.doseMl} mL dose` : ""} settles which: choose by the product and dose given` } : {}),
  };
}

const MEDICARE_CODE: Readonly<Record<MedicareVaccineGroup, [string, string]>> = {
  flu: ["G0008", "influenza"],
  pneumococcal: ["G0009", "pneumococcal"],
  "hepatitis-b": ["G0010", "hepatitis B"],
};

function adminLine(code: string, label: string, units: number, given: readonly VaccineGiven[], reason: string): ServiceSuggestion {
  return { key: `vaccine-admin-${code}`, kind: code.startsWith("G") ? "hcpcs" : "cpt", code, label, units, reason, sources: given.map((g) => g.ref), diagnosis: Z23 };
}

const names = (given: readonly VaccineGiven[]) => given.map((g) => g.vaccine.name).join(", ");

/** 90460 per vaccine and 90461 per additional component: under 19 with counselling. */
function counselledAdmin(given: readonly VaccineGiven[], ageYears: number): ServiceSuggestion[] {
  const extra = given.reduce((sum, g) => sum + g.vaccine.components - 1, 0);
  const why = `age ${ageYears} (under 19) with counselling documented`;
  const lines = [adminLine("90460", "vaccine administration with counselling, first component of each vaccine", given.length, given, `${why}: one per vaccine (${names(given)})`)];
  if (extra > 0) lines.push(adminLine("90461", "each additional vaccine component, with counselling", extra, given, `${why}: ${given.map((g) => `${g.vaccine.name} ${g.vaccine.components}`).join(", ")} components, ${extra} beyond the first of each`));
  return lines;
}

/** 90471/90472 for injections, 90473/90474 for intranasal or oral; one "first" code per visit. */
function plainAdmin(given: readonly VaccineGiven[], why: string): ServiceSuggestion[] {
  const injected = given.filter((g) => !g.nasalOrOral);
  const nasal = given.filter((g) => g.nasalOrOral);
  const lines: ServiceSuggestion[] = [];
  if (injected.length) {
    lines.push(adminLine("90471", "vaccine administration, first injection", 1, injected.slice(0, 1), `${why}: first injected vaccine (${names(injected.slice(0, 1))})`));
    if (injected.length > 1) lines.push(adminLine("90472", "vaccine administration, each additional injection", injected.length - 1, injected.slice(1), `${why}: ${names(injected.slice(1))}`));
  }
  const firstNasal = injected.length ? 0 : 1;
  if (firstNasal && nasal.length) lines.push(adminLine("90473", "vaccine administration, first intranasal or oral", 1, nasal.slice(0, 1), `${why}: ${names(nasal.slice(0, 1))}`));
  if (nasal.length > firstNasal) lines.push(adminLine("90474", "vaccine administration, each additional intranasal or oral", nasal.length - firstNasal, nasal.slice(firstNasal), `${why}: ${names(nasal.slice(firstNasal))}`));
  return lines;
}

/** Medicare: G0008/G0009/G0010 for flu, pneumococcal and hepatitis B vaccines, one each. */
function medicareAdmin(given: readonly VaccineGiven[]): ServiceSuggestion[] {
  return (Object.keys(MEDICARE_CODE) as MedicareVaccineGroup[]).flatMap((group) => {
    const of = given.filter((g) => g.vaccine.medicareGroup === group);
    if (!of.length) return [];
    const [code, words] = MEDICARE_CODE[group];
    return [adminLine(code, `${words} vaccine administration (Medicare)`, of.length, of, `Medicare pays the ${words} vaccine's administration under ${code} (${names(of)})`)];
  });
}

/**
 * The vaccine product lines and their administration: 90460 + 90461 (each additional component)
 * under 19 with counselling documented, else 90471/90472 (90473/90474 intranasal or oral);
 * for Medicare, G0008/G0009/G0010 for flu, pneumococcal and hepatitis B. Every line points at Z23.
 */
export function vaccineServices(given: readonly VaccineGiven[], patient: VaccinePatient): ServiceSuggestion[] {
  if (!given.length) return [];
  const products = given.map((g) => productLine(g, patient.ageYears));
  const medicareOwn = patient.medicare ? given.filter((g) => g.vaccine.medicareGroup !== undefined) : [];
  const rest = given.filter((g) => !medicareOwn.includes(g));
  const counselled = rest.filter((g) => g.counselled && patient.ageYears < 19);
  const plain = rest.filter((g) => !counselled.includes(g));
  const why = patient.ageYears < 19 ? `age ${patient.ageYears}, no counselling documented` : `age ${patient.ageYears} (19 or over)`;
  return [
    ...products,
    ...(counselled.length ? counselledAdmin(counselled, patient.ageYears) : []),
    ...(plain.length ? plainAdmin(plain, why) : []),
    ...medicareAdmin(medicareOwn),
  ];
}
