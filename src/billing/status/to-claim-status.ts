import type { Claim, ClaimResponse, ExplanationOfBenefit } from "fhir/r4";
import type { Adjudicated, Amount, ClaimStatus, Common, PatientOwed, ProcessingError } from "./claim-status.ts";
import { addAmounts, amountOf, amountsByKind, patientShare } from "./adjudication-amounts.ts";
import { adjudicationLines, claimLevelReasons, isPatientShareOrPricing, isUnpaidLine } from "./adjudication-lines.ts";
import { codingsOf, isJsonObject, numberAt, objectAt, objectsAt, stringAt, type JsonObject } from "./json-shape.ts";
import { toPreauthorizationStatus } from "./preauthorization-status.ts";

const OUTCOMES = ["queued", "complete", "error", "partial"];

/**
 * The claim's status from what the payer (or EHR) returned. Never throws: anything that is not
 * a readable ClaimResponse or ExplanationOfBenefit becomes {kind: "invalid", message}.
 */
export function toClaimStatus(response: ClaimResponse | ExplanationOfBenefit | unknown, claim?: Claim): ClaimStatus {
  if (!isJsonObject(response)) return invalid(`Expected a ClaimResponse or ExplanationOfBenefit, got ${describe(response)}.`);
  const source = response.resourceType;
  if (source !== "ClaimResponse" && source !== "ExplanationOfBenefit") {
    return invalid(`Expected a ClaimResponse or ExplanationOfBenefit, got a ${typeof source === "string" ? source : "resource without resourceType"}.`);
  }
  const status = stringAt(response, "status");
  if (status === "entered-in-error" || status === "cancelled") {
    return invalid(`The payer withdrew this ${source} (status ${status}): it does not count as an answer, paid or not; read the payer's current answer.`);
  }
  const outcome = stringAt(response, "outcome");
  if (!outcome || !OUTCOMES.includes(outcome)) {
    return invalid(`The ${source} has ${outcome ? `an unknown outcome "${outcome}"` : "no outcome"} (expected queued, complete, error or partial).`);
  }
  const common = commonOf(response, source);
  if (outcome === "queued") return { kind: "queued", ...common };
  if (outcome === "error") return { kind: "error", ...common, errors: processingErrors(response, common) };
  if (stringAt(response, "use") === "preauthorization") return toPreauthorizationStatus(response, common);
  return adjudicatedStatus(response, outcome, common, claim);
}

function adjudicatedStatus(response: JsonObject, outcome: string, common: Common, claim?: Claim): ClaimStatus {
  const adjudicated = adjudicationOf(response, claim);
  // R4 "partial": some adjudication is done, the rest is under way: not final, whatever it shows.
  if (outcome === "partial") return { kind: "in-process", ...common, ...adjudicated };
  const { payment, reasons, lines, patientResponsibility: patient } = adjudicated;
  if (!payment.amount && reasons.length === 0 && !patient && !adjudicated.paidToPatient) {
    const text = "The payer marked the claim processed but sent no amounts and no reasons: ask the payer for the remittance.";
    return { kind: "error", ...common, errors: [{ code: "no-adjudication", text }] };
  }
  if ((payment.amount?.value ?? 0) > 0) return { kind: lines.some(isUnpaidLine) ? "partially-paid" : "paid", ...common, ...adjudicated };
  const owed = patientOwed(adjudicated);
  if (owed && isPatientShareOrPricing(reasons) && !lines.some(isUnpaidLine)) return { kind: "patient-responsibility", owed, ...common, ...adjudicated };
  return { kind: "denied", ...common, ...adjudicated };
}

function adjudicationOf(response: JsonObject, claim?: Claim): Adjudicated {
  const lines = adjudicationLines(response, claim);
  const totals = amountsByKind(objectsAt(response, "total"));
  const paymentAmount = amountOf(objectAt(objectAt(response, "payment"), "amount")) ?? totals.benefit ?? sumBenefits(lines);
  const payment: Adjudicated["payment"] = {};
  if (paymentAmount) payment.amount = paymentAmount;
  const date = stringAt(objectAt(response, "payment"), "date");
  if (date) payment.date = date;
  const reasons = [...claimLevelReasons(response), ...lines.flatMap((l) => l.reasons)];
  const adjudicated: Adjudicated = { payment, lines, reasons };
  const patient = patientShare(totals) ?? sumPatient(lines);
  if (patient) adjudicated.patientResponsibility = patient;
  const paidToPatient = totals.paidToPatient ?? sumLines(lines, "paidToPatient");
  if (paidToPatient) adjudicated.paidToPatient = paidToPatient;
  if (totals.paidByPatient) adjudicated.paidByPatient = totals.paidByPatient;
  return adjudicated;
}

/** What the patient owes, by part, when that is something; from the totals or the lines. */
function patientOwed(adjudicated: Adjudicated): PatientOwed | undefined {
  const total = adjudicated.patientResponsibility;
  if (!total || total.value <= 0) return undefined;
  const owed: PatientOwed = { total };
  for (const key of ["deductible", "copay", "coinsurance"] as const) {
    const amount = sumLines(adjudicated.lines, key);
    if (amount && amount.value > 0) owed[key] = amount;
  }
  if (adjudicated.paidToPatient && adjudicated.paidToPatient.value > 0) owed.paidToPatient = adjudicated.paidToPatient;
  return owed;
}

function sumLines(lines: Adjudicated["lines"], key: "deductible" | "copay" | "coinsurance" | "paidToPatient"): Amount | undefined {
  return lines.reduce<Amount | undefined>((sum, l) => addAmounts(sum, l[key]), undefined);
}

function sumBenefits(lines: Adjudicated["lines"]) {
  return lines.reduce<Adjudicated["payment"]["amount"]>((sum, l) => (l.benefit ? { value: (sum?.value ?? 0) + l.benefit.value, currency: l.benefit.currency } : sum), undefined);
}

function sumPatient(lines: Adjudicated["lines"]) {
  return lines.reduce<Adjudicated["patientResponsibility"]>((sum, l) => (l.patientResponsibility ? { value: (sum?.value ?? 0) + l.patientResponsibility.value, currency: l.patientResponsibility.currency } : sum), undefined);
}

function commonOf(response: JsonObject, source: "ClaimResponse" | "ExplanationOfBenefit"): Common {
  const common: Common = { source };
  const disposition = stringAt(response, "disposition");
  if (disposition) common.disposition = disposition;
  const claimRef = stringAt(objectAt(response, source === "ClaimResponse" ? "request" : "claim"), "reference");
  if (claimRef) common.claimRef = claimRef;
  const created = stringAt(response, "created");
  if (created) common.created = created;
  const notes = objectsAt(response, "processNote").flatMap((n) => stringAt(n, "text") ?? []);
  if (notes.length) common.notes = notes;
  return common;
}

/** ClaimResponse.error entries; an EOB (no error element) falls back to its notes or disposition. */
function processingErrors(response: JsonObject, common: Common): ProcessingError[] {
  const errors = objectsAt(response, "error").flatMap((error): ProcessingError[] => {
    const coding = codingsOf(objectAt(error, "code"))[0];
    if (!coding) return [];
    const result: ProcessingError = { code: coding.code, text: coding.display ?? `Error ${coding.code}` };
    if (coding.system) result.system = coding.system;
    const line = numberAt(error, "itemSequence");
    if (line !== undefined) result.lineSequence = line;
    return [result];
  });
  if (errors.length > 0) return errors;
  const notes = objectsAt(response, "processNote").flatMap((n) => stringAt(n, "text") ?? []);
  const texts = [...notes, ...(common.disposition ? [common.disposition] : [])];
  if (texts.length === 0) texts.push("The payer could not process the claim and gave no reason.");
  return texts.map((text) => ({ code: "unspecified", text }));
}

function invalid(message: string): ClaimStatus {
  return { kind: "invalid", message };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}
