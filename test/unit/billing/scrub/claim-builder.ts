import type { Claim, ClaimItem, OperationOutcome, OperationOutcomeIssue } from "fhir/r4";
import { CPT, HCPCS, ICD10CM, PLACE_OF_SERVICE } from "../../../../src/coding/systems.ts";

export const DOS = "2026-05-12";

export interface LineSpec {
  code: string;
  modifiers?: string[];
  units?: number | null;
  price?: number | null;
  /** Line total; default price x units; null leaves it out. */
  net?: number | null;
  date?: string;
  pointers?: number[];
  pos?: string | null;
}

export interface ClaimSpec {
  diagnoses: string[];
  lines: LineSpec[];
  coverage?: boolean;
  provider?: string | null;
  careTeam?: string[];
}

function buildItem(spec: LineSpec, index: number): ClaimItem {
  const units = spec.units === undefined ? 1 : spec.units;
  const price = spec.price === undefined ? 100 : spec.price;
  const item: ClaimItem = {
    sequence: index + 1,
    productOrService: { coding: [{ system: /^\d/.test(spec.code) ? CPT : HCPCS, code: spec.code }] },
    servicedDate: spec.date ?? DOS,
    diagnosisSequence: spec.pointers ?? [1],
  };
  if (spec.modifiers) item.modifier = spec.modifiers.map((code) => ({ coding: [{ code }] }));
  if (units !== null) item.quantity = { value: units };
  if (price !== null) item.unitPrice = { value: price, currency: "USD" };
  const net = spec.net === undefined && price !== null && units !== null ? price * units : spec.net;
  if (net !== undefined && net !== null) item.net = { value: net, currency: "USD" };
  if (spec.pos !== null) item.locationCodeableConcept = { coding: [{ system: PLACE_OF_SERVICE, code: spec.pos ?? "11" }] };
  return item;
}

/** A professional Claim as the app's builders make it, from a terse spec. */
export function buildClaim(spec: ClaimSpec): Claim {
  const claim: Claim = {
    resourceType: "Claim",
    status: "draft",
    type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] },
    use: "claim",
    patient: { reference: "Patient/p1" },
    created: `${DOS}T17:00:00Z`,
    priority: { coding: [{ code: "normal" }] },
    billablePeriod: { start: DOS, end: DOS },
    insurance: spec.coverage === false ? [] : [{ sequence: 1, focal: true, coverage: { reference: "Coverage/c1" } }],
    diagnosis: spec.diagnoses.map((code, i) => ({ sequence: i + 1, diagnosisCodeableConcept: { coding: [{ system: ICD10CM, code }] } })),
    item: spec.lines.map(buildItem),
    provider: { reference: spec.provider ?? "Organization/o1" },
  };
  // A claim missing its required provider is exactly what provider-missing must catch.
  if (spec.provider === null) Reflect.deleteProperty(claim, "provider");
  if (spec.careTeam) claim.careTeam = spec.careTeam.map((reference, i) => ({ sequence: i + 1, provider: { reference } }));
  return claim;
}

export const ruleIds = (outcome: OperationOutcome): string[] => outcome.issue.map((issue) => issue.details?.coding?.[0]?.code ?? "");

export const findingsOf = (outcome: OperationOutcome, rule: string): OperationOutcomeIssue[] =>
  outcome.issue.filter((issue) => issue.details?.coding?.[0]?.code === rule);

/** Errors and warnings: what a clean claim must not have. */
export const blocking = (outcome: OperationOutcome): OperationOutcomeIssue[] =>
  outcome.issue.filter((issue) => issue.severity === "error" || issue.severity === "warning");
