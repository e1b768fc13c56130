/**
 * Generic finished office visits enc-visit-01 … enc-visit-12 for the hand-built patients, spread
 * over the three weeks before the seed's newest encounter (enc-office-1), so that tests can each
 * work on an encounter of their own. Same shape as enc-office-1 (pat-epic-1, Epic-like) and
 * enc-office-3/4 (pat-oracle-1, Oracle-like): SNOMED + ICD-10-CM Conditions (one SNOMED-only),
 * CPT Procedures, participant, location and visit times. Every pat-oracle-1 visit is older than
 * enc-office-3, which stays that patient's most recent encounter. CPT displays are our own words.
 */
import type { FhirResource } from "fhir/r4";
import { hand, type CodeSpec, type EncounterSpec } from "./hand-built-parts.ts";

interface ProcedureSpec { key: string; cpt: string; words: string; snomed: string; at: string }
interface VisitSpec extends EncounterSpec { conditions: (CodeSpec & { key: string })[]; procedures: ProcedureSpec[] }

const epic = { patient: "pat-epic-1", practitioner: "pr-rivera" };
const oracle = { patient: "pat-oracle-1", practitioner: "pr-chen", oracle: true };
const VENIPUNCTURE = { key: "venipuncture", cpt: "36415", words: "Blood draw from a vein", snomed: "82078001" };
const ECG = { key: "ecg", cpt: "93000", words: "Heart tracing with report", snomed: "29303009" };
const A1C = { key: "a1c", cpt: "83036", words: "Hemoglobin A1c test", snomed: "43396009" };

const VISITS: VisitSpec[] = [
  { id: "enc-visit-01", ...epic, start: "2026-11-02T08:30:00-05:00", minutes: 30, cpt: "99214", text: "Office visit, diabetes follow-up",
    conditions: [{ key: "dm", snomed: ["44054006", "Diabetes mellitus type 2"], icd: ["E11.9", "Type 2 diabetes mellitus without complications"] }, { key: "lipid", snomed: ["55822004", "Hyperlipidemia"], icd: ["E78.5", "Hyperlipidemia, unspecified"] }],
    procedures: [{ ...VENIPUNCTURE, at: "08:45" }, { ...A1C, at: "08:50" }] },
  { id: "enc-visit-02", ...epic, start: "2026-11-04T13:00:00-05:00", minutes: 20, cpt: "99213", text: "Office visit, urinary symptoms",
    conditions: [{ key: "cystitis", snomed: ["38822007", "Cystitis"], icd: ["N30.00", "Acute cystitis without hematuria"] }],
    procedures: [{ key: "urine-culture", cpt: "87086", words: "Urine culture with colony count", snomed: "117010004", at: "13:10" }] },
  { id: "enc-visit-03", ...epic, start: "2026-11-06T10:00:00-05:00", minutes: 15, cpt: "99213", text: "Office visit, sore throat",
    conditions: [{ key: "strep", snomed: ["43878008", "Streptococcal sore throat"], icd: ["J02.0", "Streptococcal pharyngitis"] }],
    procedures: [{ key: "throat-culture", cpt: "87070", words: "Throat culture", snomed: "117015009", at: "10:05" }] },
  { id: "enc-visit-04", ...epic, start: "2026-11-10T15:45:00-05:00", minutes: 25, cpt: "99213", text: "Office visit, knee pain",
    conditions: [{ key: "knee-oa", snomed: ["239873007", "Osteoarthritis of knee"], icd: ["M17.11", "Unilateral primary osteoarthritis, right knee"] }],
    procedures: [{ key: "knee-xray", cpt: "73560", words: "Knee X-ray, two views", snomed: "74016001", at: "16:00" }] },
  { id: "enc-visit-05", ...epic, start: "2026-11-16T09:20:00-05:00", minutes: 40, cpt: "99215", text: "Office visit, heart failure follow-up",
    conditions: [{ key: "htn", snomed: ["59621000", "Essential hypertension"], icd: ["I11.0", "Hypertensive heart disease with heart failure"] }, { key: "chf", snomed: ["88805009", "Chronic congestive heart failure"], icd: ["I50.22", "Chronic systolic (congestive) heart failure"] }],
    procedures: [{ ...ECG, at: "09:40" }, { key: "chest-xray", cpt: "71046", words: "Chest X-ray, two views", snomed: "399208008", at: "09:50" }] },
  { id: "enc-visit-06", ...epic, start: "2026-11-19T11:00:00-05:00", minutes: 22, cpt: "99213", text: "Office visit, depression follow-up",
    conditions: [{ key: "depression", snomed: ["370143000", "Major depression disorder"], icd: ["F32.1", "Major depressive disorder, single episode, moderate"] }],
    procedures: [{ key: "phq", cpt: "96127", words: "Depression questionnaire, scored", snomed: "171207006", at: "11:05" }] },
  { id: "enc-visit-07", ...oracle, start: "2026-11-03T09:10:00-05:00", minutes: 25, cpt: "99213", text: "Office visit, hypertension follow-up",
    conditions: [{ key: "htn", snomed: ["38341003", "Hypertension"], icd: ["I10", "Essential (primary) hypertension"] }],
    procedures: [{ ...ECG, at: "09:25" }] },
  { id: "enc-visit-08", ...oracle, start: "2026-11-05T14:00:00-05:00", minutes: 30, cpt: "99214", text: "Office visit, atrial fibrillation",
    conditions: [{ key: "afib", snomed: ["49436004", "Atrial fibrillation"], icd: ["I48.91", "Unspecified atrial fibrillation"] }],
    procedures: [{ ...ECG, at: "14:10" }, { ...VENIPUNCTURE, at: "14:20" }] },
  { id: "enc-visit-09", ...oracle, start: "2026-11-09T10:30:00-05:00", minutes: 20, cpt: "99213", text: "Office visit, gout flare",
    conditions: [{ key: "gout", snomed: ["90560007", "Gout"], icd: ["M10.9", "Gout, unspecified"] }],
    procedures: [{ ...VENIPUNCTURE, at: "10:45" }] },
  { id: "enc-visit-10", ...oracle, start: "2026-11-12T08:15:00-05:00", minutes: 35, cpt: "99214", text: "Office visit, COPD follow-up",
    conditions: [{ key: "copd", snomed: ["185086009", "Chronic obstructive bronchitis"], icd: ["J44.9", "Chronic obstructive pulmonary disease, unspecified"] }],
    procedures: [{ key: "spirometry", cpt: "94010", words: "Breathing test (spirometry)", snomed: "127783003", at: "08:30" }] },
  { id: "enc-visit-11", ...oracle, start: "2026-11-13T11:45:00-05:00", minutes: 15, cpt: "99212", text: "Office visit, rash",
    conditions: [{ key: "dermatitis", snomed: ["40275004", "Contact dermatitis"] }],
    procedures: [] },
  { id: "enc-visit-12", ...oracle, start: "2026-11-17T16:00:00-05:00", minutes: 30, cpt: "99214", text: "Office visit, diabetes and kidney follow-up",
    conditions: [{ key: "dm-ckd", snomed: ["127013003", "Diabetic renal disease"], icd: ["E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"] }, { key: "ckd", snomed: ["431855005", "Chronic kidney disease stage 1"], icd: ["N18.1", "Chronic kidney disease, stage 1"] }],
    procedures: [{ ...VENIPUNCTURE, at: "16:10" }, { ...A1C, at: "16:15" }] },
];

/** The visit's Encounter, its Conditions and its Procedures (performed at `at`, local time of the visit's day). */
function visitResources(spec: VisitSpec): FhirResource[] {
  const { conditions, procedures, ...encounterSpec } = spec;
  const visit = { patient: spec.patient, date: spec.start.slice(0, 10) };
  const suffix = spec.id.slice("enc-".length);
  const performedAt = (time: string): string => `${spec.start.slice(0, 11)}${time}:00${spec.start.slice(19)}`;
  return [
    hand.encounter(encounterSpec),
    ...conditions.map(({ key, ...codes }) => hand.condition(`cond-${suffix}-${key}`, spec.id, codes, visit)),
    ...procedures.map((p) => hand.procedure(`proc-${suffix}-${p.key}`, spec.id, p.cpt, p.words, p.snomed, performedAt(p.at), visit)),
  ];
}

/** The Encounters, Conditions and Procedures of enc-visit-01 … enc-visit-12. */
export function handBuiltVisits(): FhirResource[] {
  return VISITS.flatMap(visitResources);
}
