import type { Encounter, Patient } from "fhir/r4";
import type { PriorService } from "../../../../src/billing/scrub/index.ts";
import { DOS, type ClaimSpec } from "./claim-builder.ts";

/** A realistic claim a coder would send, with the patient and history it was coded for. */
export interface CleanCase {
  name: string;
  claim: ClaimSpec;
  patient: Patient;
  priorServices: PriorService[];
  payerType?: "medicare" | "other";
}

const person = (gender: Patient["gender"], birthDate: string): Patient => ({ resourceType: "Patient", id: "p1", gender, birthDate });
const seenBefore: PriorService[] = [{ date: "2025-11-03", practitioner: "Practitioner/dr1", organization: "Organization/o1" }];

export const ENCOUNTER: Encounter = {
  resourceType: "Encounter",
  status: "finished",
  class: { code: "AMB" },
  period: { start: `${DOS}T09:00:00-04:00`, end: `${DOS}T09:45:00-04:00` },
};

export const CLEAN_CASES: CleanCase[] = [
  {
    name: "diabetes follow-up with labs",
    claim: { diagnoses: ["E11.9", "I10", "E78.5"], lines: [{ code: "99214", pointers: [1, 2, 3] }, { code: "83036" }, { code: "36415" }, { code: "80061", pointers: [3] }], careTeam: ["Practitioner/dr1"] },
    patient: person("male", "1970-02-01"),
    priorServices: seenBefore,
  },
  {
    name: "knee osteoarthritis visit with injection",
    claim: { diagnoses: ["M17.11"], lines: [{ code: "99213", modifiers: ["25"] }, { code: "20610", modifiers: ["RT"] }, { code: "J3301", units: 4, price: 2.5 }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "1958-09-30"),
    priorServices: seenBefore,
  },
  {
    name: "two-year well-child visit with MMR",
    claim: { diagnoses: ["Z00.129", "Z23"], lines: [{ code: "99392", modifiers: ["25"] }, { code: "90460", pointers: [2] }, { code: "90707", pointers: [2] }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "2024-03-01"),
    priorServices: seenBefore,
    payerType: "other",
  },
  {
    name: "laceration repair with tetanus booster",
    claim: { diagnoses: ["S61.411A", "W26.0XXA", "Z23"], lines: [{ code: "12002", pointers: [1, 2] }, { code: "90715", pointers: [3] }, { code: "90471", pointers: [3] }], careTeam: ["Practitioner/dr1"] },
    patient: person("male", "1995-06-15"),
    priorServices: seenBefore,
  },
  {
    name: "Alzheimer's dementia and diabetic neuropathy, etiology first",
    claim: { diagnoses: ["G30.1", "F02.80", "E11.42"], lines: [{ code: "99215", pointers: [1, 2, 3] }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "1944-12-01"),
    priorServices: seenBefore,
  },
  {
    name: "new patient with a cold, last seen more than 3 years ago",
    claim: { diagnoses: ["J06.9"], lines: [{ code: "99203" }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "1992-04-20"),
    priorServices: [{ date: "2022-01-05", practitioner: "Practitioner/dr1" }],
  },
  {
    name: "diabetic and hypertensive CKD stage 3 (etiologies first, then the stage), Medicare",
    claim: { diagnoses: ["E11.22", "I12.9", "N18.30"], lines: [{ code: "99214", pointers: [1, 2, 3] }, { code: "36415", pointers: [1] }, { code: "93000", pointers: [2] }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "1950-07-14"),
    priorServices: seenBefore,
    payerType: "medicare",
  },
  {
    name: "hypertensive heart disease with chronic systolic heart failure, level-5 follow-up with ECG, Medicare",
    claim: { diagnoses: ["I11.0", "I50.22"], lines: [{ code: "99215", pointers: [1, 2] }, { code: "93000", pointers: [1] }], careTeam: ["Practitioner/dr1"] },
    patient: person("male", "1948-03-02"),
    priorServices: seenBefore,
    payerType: "medicare",
  },
  {
    name: "prenatal visit at 20 weeks",
    claim: { diagnoses: ["Z34.82", "Z3A.20"], lines: [{ code: "99213", pointers: [1, 2] }, { code: "81002", pointers: [1] }], careTeam: ["Practitioner/dr1"] },
    patient: person("female", "1996-08-08"),
    priorServices: seenBefore,
  },
];
