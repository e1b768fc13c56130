import type { Immunization } from "fhir/r4";
import { drugServices, drugsGiven, type DrugChart } from "./drug-services.ts";
import type { VisitRef } from "./given-at-visit.ts";
import type { ServiceSuggestion } from "./service-suggestion.ts";
import { vaccineServices, vaccinesGiven, type VaccinePatient } from "./vaccine-services.ts";

export type { ServiceSuggestion } from "./service-suggestion.ts";
export type { VisitRef } from "./given-at-visit.ts";
export { proceduresToCode, type ProcedureToCode } from "./procedures-to-code.ts";
export { drugsGiven, drugServices, type DrugGiven } from "./drug-services.ts";
export { vaccinesGiven, vaccineServices, type VaccineGiven } from "./vaccine-services.ts";

export interface VisitChart extends DrugChart {
  immunizations?: readonly Immunization[];
}

/** Every service line the chart suggests for the visit: vaccines and their administration, drugs given and theirs. */
export function suggestVisitServices(chart: VisitChart, visit: VisitRef, patient: VaccinePatient): ServiceSuggestion[] {
  return [...vaccineServices(vaccinesGiven(chart.immunizations ?? [], visit), patient), ...drugServices(drugsGiven(chart, visit))];
}
