/**
 * Hand-built resources shaped like Epic and Oracle Health data, with stable ids that tests and
 * the launcher rely on. CPT codes carry numbers only (descriptors are AMA-copyrighted): the
 * display texts here are our own plain words.
 */
import type { FhirResource } from "fhir/r4";
import { hand } from "./hand-built-parts.ts";
import { handBuiltVisits } from "./hand-built-visits.ts";
import { handBuiltServiceVisits } from "./hand-built-services.ts";
import { handBuiltNotes } from "./visit-notes.ts";
import { withVisitReasons } from "./visit-reasons.ts";

const { condition, procedure, encounter } = hand;

export const HAND_BUILT_PATIENT_IDS = ["pat-epic-1", "pat-oracle-1", "pat-child-1"];
export const HAND_BUILT_PRACTITIONER_IDS = ["pr-rivera", "pr-chen"];

const encounters: FhirResource[] = [
  encounter({ id: "enc-office-1", patient: "pat-epic-1", practitioner: "pr-rivera", start: "2026-11-20T09:00:00-05:00", minutes: 32, cpt: "99214", text: "Office visit, established patient" }),
  encounter({ id: "enc-office-2", patient: "pat-epic-1", practitioner: "pr-rivera", start: "2026-11-13T14:30:00-05:00", minutes: 18, cpt: "99213", text: "Office visit, cough" }),
  encounter({ id: "enc-office-5", patient: "pat-epic-1", practitioner: "pr-rivera", start: "2026-11-12T16:10:00-05:00", minutes: 17, cpt: "99213", text: "Office visit, chest cold" }),
  encounter({ id: "enc-office-3", patient: "pat-oracle-1", practitioner: "pr-chen", start: "2026-11-18T10:15:00-05:00", minutes: 25, cpt: "99213", text: "Office visit, back pain", oracle: true }),
  encounter({ id: "enc-office-4", patient: "pat-oracle-1", practitioner: "pr-chen", start: "2026-11-06T08:40:00-05:00", minutes: 41, cpt: "99215", text: "Office visit, diabetes follow-up", oracle: true }),
];

const conditions: FhirResource[] = [
  condition("cond-office-1-dm", "enc-office-1", { snomed: ["731000119105", "Chronic kidney disease stage 3 due to type 2 diabetes mellitus"], icd: ["E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"] }),
  // Hypertension with CKD is coded as hypertensive CKD (guideline I.C.9.a.2); the N18 stage follows both etiologies (its "code first" note).
  condition("cond-office-1-htn", "enc-office-1", { snomed: ["59621000", "Essential hypertension"], icd: ["I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"] }),
  condition("cond-office-1-ckd", "enc-office-1", { snomed: ["433144002", "Chronic kidney disease stage 3"], icd: ["N18.30", "Chronic kidney disease, stage 3 unspecified"] }),
  condition("cond-office-2-bronchitis", "enc-office-2", { snomed: ["10509002", "Acute bronchitis"] }),
  condition("cond-office-5-bronchitis", "enc-office-5", { snomed: ["10509002", "Acute bronchitis"] }),
  condition("cond-office-3-text", "enc-office-3", { text: "Low back pain after lifting boxes at work, no radiation" }),
  condition("cond-office-4-dm", "enc-office-4", { snomed: ["44054006", "Diabetes mellitus type 2"], icd: ["E11.9", "Type 2 diabetes mellitus without complications"] }),
  condition("cond-office-4-lipid", "enc-office-4", { snomed: ["55822004", "Hyperlipidemia"], icd: ["E78.5", "Hyperlipidemia, unspecified"] }),
];

const procedures: FhirResource[] = [
  procedure("proc-office-1-venipuncture", "enc-office-1", "36415", "Blood draw from a vein", "82078001", "2026-11-20T09:20:00-05:00"),
  procedure("proc-office-1-ecg", "enc-office-1", "93000", "Heart tracing with report", "29303009", "2026-11-20T09:25:00-05:00"),
  procedure("proc-office-4-a1c", "enc-office-4", "83036", "Hemoglobin A1c test", "43396009", "2026-11-06T08:55:00-05:00"),
];

/** Every hand-built resource (patients, providers, coverage, encounters and their findings, the enc-visit-* office visits, their notes). */
export function handBuiltResources(): FhirResource[] {
  const resources = withVisitReasons([...hand.fixed(), ...encounters, ...conditions, ...procedures, ...handBuiltVisits(), ...handBuiltServiceVisits()]);
  return [...resources, ...handBuiltNotes(resources)];
}
