/**
 * The reason for visit of every hand-built encounter, as EHRs send it: Encounter.reasonCode with a
 * SNOMED CT concept and its display (the chief complaint for acute visits; the condition followed
 * up, with its ICD-10-CM code as Epic adds it, for follow-ups), and on enc-office-4 an
 * Encounter.reasonReference to the visit's Condition instead, as Oracle Health sends it.
 */
import type { CodeableConcept, Condition, Encounter, FhirResource } from "fhir/r4";

const SNOMED = "http://snomed.info/sct";

/** A chief complaint: SNOMED concept, display and the words the clinic typed. */
type Complaint = { snomed: string; display: string; text: string };
/** The condition followed up: its code (SNOMED and ICD-10-CM) becomes the reasonCode. */
type FollowUp = { condition: string };
/** Oracle-style: Encounter.reasonReference to the visit's Condition. */
type Reference = { reference: string };
type Reason = Complaint | FollowUp | Reference;

const REASONS: Readonly<Record<string, readonly Reason[]>> = {
  "enc-office-1": [{ condition: "cond-office-1-dm" }, { condition: "cond-office-1-htn" }],
  "enc-office-2": [{ snomed: "49727002", display: "Cough", text: "Cough for 10 days" }],
  "enc-office-5": [{ snomed: "49727002", display: "Cough", text: "Chest cold with cough" }],
  "enc-office-3": [{ snomed: "279039007", display: "Low back pain", text: "Low back pain" }],
  "enc-office-4": [{ reference: "cond-office-4-dm" }],
  "enc-visit-01": [{ condition: "cond-visit-01-dm" }],
  "enc-visit-02": [{ snomed: "49650001", display: "Dysuria", text: "Burning on urination" }],
  "enc-visit-03": [{ snomed: "162397003", display: "Pain in throat", text: "Sore throat" }],
  "enc-visit-04": [{ snomed: "30989003", display: "Knee pain", text: "Right knee pain" }],
  "enc-visit-05": [{ condition: "cond-visit-05-chf" }],
  "enc-visit-06": [{ condition: "cond-visit-06-depression" }],
  "enc-visit-07": [{ condition: "cond-visit-07-htn" }],
  "enc-visit-08": [{ snomed: "80313002", display: "Palpitations", text: "Palpitations" }],
  "enc-visit-09": [{ snomed: "57676002", display: "Joint pain", text: "Painful swollen big toe" }],
  "enc-visit-10": [{ condition: "cond-visit-10-copd" }],
  "enc-visit-11": [{ snomed: "271807003", display: "Eruption of skin", text: "Rash on both forearms" }],
  "enc-visit-12": [{ condition: "cond-visit-12-dm-ckd" }],
  "enc-wellchild-1": [{ condition: "cond-wellchild-1-exam" }],
  "enc-ed-1": [{ snomed: "247373008", display: "Ankle pain", text: "Right ankle pain after a fall" }],
  "enc-injection-1": [{ snomed: "49727002", display: "Cough", text: "Cough and fever" }, { snomed: "386661006", display: "Fever", text: "Fever" }],
};

function conceptOf(reason: Complaint | FollowUp, conditions: ReadonlyMap<string, Condition>): CodeableConcept {
  if ("snomed" in reason) return { coding: [{ system: SNOMED, code: reason.snomed, display: reason.display }], text: reason.text };
  const code = conditions.get(reason.condition)?.code;
  if (!code?.coding?.length) throw new Error(`visit reason: no coded Condition ${reason.condition}`);
  const snomed = code.coding.find((c) => c.system === SNOMED);
  return { coding: code.coding, text: snomed?.display ?? code.text ?? "" };
}

/** The hand-built resources with each listed encounter's reasonCode or reasonReference. */
export function withVisitReasons(resources: readonly FhirResource[]): FhirResource[] {
  const conditions = new Map(resources.filter((r): r is Condition => r.resourceType === "Condition").map((c) => [c.id ?? "", c]));
  const seen = new Set<string>();
  const out = resources.map((r): FhirResource => {
    const reasons = r.resourceType === "Encounter" ? REASONS[r.id ?? ""] : undefined;
    if (r.resourceType !== "Encounter" || !reasons || !Object.hasOwn(REASONS, r.id ?? "")) return r;
    seen.add(r.id ?? "");
    const codes = reasons.filter((x): x is Complaint | FollowUp => !("reference" in x)).map((x) => conceptOf(x, conditions));
    const refs = reasons.filter((x): x is Reference => "reference" in x).map((x) => {
      const condition = conditions.get(x.reference);
      if (!condition) throw new Error(`visit reason: no Condition ${x.reference}`);
      return { reference: `Condition/${x.reference}`, display: condition.code?.text ?? "" };
    });
    const encounter: Encounter = { ...r, ...(codes.length ? { reasonCode: codes } : {}), ...(refs.length ? { reasonReference: refs } : {}) };
    return encounter;
  });
  const missing = Object.keys(REASONS).filter((id) => !seen.has(id));
  if (missing.length) throw new Error(`visit reason for unknown encounter(s): ${missing.join(", ")}`);
  return out;
}
