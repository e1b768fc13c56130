import vaccines from "./data/vaccines.json" with { type: "json" };
import { ownValue } from "../own-value.ts";
import { normalizeNdc } from "./ndc.ts";

/** Medicare's own administration codes: G0008 flu, G0009 pneumococcal, G0010 hepatitis B. */
export type MedicareVaccineGroup = "flu" | "pneumococcal" | "hepatitis-b";

export interface Vaccine {
  cvx: string;
  /** The CDC's CVX short description ("DTaP"): our label, never a CPT descriptor. */
  name: string;
  /** CPT vaccine-product numbers the CDC maps to the CVX, the usual one first. */
  cpt: string[];
  /** Antigen components counted for 90460/90461. */
  components: number;
  medicareGroup?: MedicareVaccineGroup;
}

export const CVX_SYSTEM = "http://hl7.org/fhir/sid/cvx";
export const NDC_SYSTEM = "http://hl7.org/fhir/sid/ndc";

type CvxRow = [string, string[], number, string];
const CVX = vaccines.cvx as unknown as Readonly<Record<string, CvxRow>>;
const NDC = vaccines.ndc as Readonly<Record<string, string>>;

function fromRow(cvx: string, row: CvxRow): Vaccine {
  const [name, cpt, components, group] = row;
  return { cvx, name, cpt, components, ...(group ? { medicareGroup: group as MedicareVaccineGroup } : {}) };
}

/** The vaccine a CVX code names ("20", "020" and "20" alike), when the CDC maps it to a CPT product code. */
export function vaccineByCvx(code: string): Vaccine | undefined {
  const key = code.trim().replace(/^0+(?=\d{2})/, "").padStart(2, "0");
  const row = ownValue(CVX, key);
  return row ? fromRow(key, row) : undefined;
}

/** The vaccine an NDC (any usual form) belongs to. */
export function vaccineByNdc(code: string): Vaccine | undefined {
  const ndc = normalizeNdc(code);
  const cvx = ndc === undefined ? undefined : ownValue(NDC, ndc);
  return cvx === undefined ? undefined : vaccineByCvx(cvx);
}
