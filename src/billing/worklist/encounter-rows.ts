import type { Claim, CodeableConcept, Coverage, Encounter, Task } from "fhir/r4";
import { CLAIM_ENCOUNTER_SYSTEM, idOf, TASK_TYPE_SYSTEM, READY_FOR_CODING } from "../state/billing-identifiers.ts";
import { filingDeadline, type FilingDeadline, type FilingLimits } from "./filing-deadline.ts";
import { displayOf, payerIdOf, refKey, resolveAs, type ResourceIndex } from "./worklist-resources.ts";
import { payerKind } from "../payer/payer-kind.ts";

/** What a worklist of finished encounters is built from. */
export interface EncounterWorklistInput {
  encounters: readonly Encounter[];
  /** Patients, Practitioners, payer Organizations and Locations read for the rows. */
  index: ResourceIndex;
  coverages: readonly Coverage[];
  /** The app's Claims (any status), matched to encounters through their claim-encounter identifier. */
  claims: readonly Claim[];
  /** Hand-off Tasks ("ready for coding"). */
  tasks: readonly Task[];
  filingLimits?: FilingLimits;
  /** YYYY-MM-DD */
  today: string;
}

export interface HandoffNote {
  text: string;
  author?: string;
  time?: string;
}

/** One finished encounter that still needs a claim. */
export interface EncounterToCodeRow {
  encounterId: string;
  patientId: string;
  patientName: string;
  /** YYYY-MM-DD, as the encounter's start is written. */
  dateOfService?: string;
  /** The encounter's type and reason. */
  service: string;
  provider?: string;
  payer?: string;
  payerId?: string;
  deadline: FilingDeadline;
  /** A draft Claim is saved on the server: work in progress. */
  draftSaved: boolean;
  handoff?: HandoffNote;
}

export type ClaimState = "active" | "draft";

/** Per encounter id: "active" when one of the app's Claims for it is active, else "draft" when one is a draft. */
export function claimStateByEncounter(claims: readonly Claim[]): Map<string, ClaimState> {
  const states = new Map<string, ClaimState>();
  for (const claim of claims) {
    const value = claim.identifier?.find((i) => i.system === CLAIM_ENCOUNTER_SYSTEM)?.value;
    if (!value || (claim.status !== "active" && claim.status !== "draft")) continue;
    const encounterId = idOf(value);
    if (claim.status === "active" || !states.has(encounterId)) states.set(encounterId, claim.status);
  }
  return states;
}

/** The finished encounters with no active claim, oldest date of service first. */
export function buildEncounterRows(input: EncounterWorklistInput): EncounterToCodeRow[] {
  const states = claimStateByEncounter(input.claims);
  const handoffs = handoffByEncounter(input.tasks, input.index);
  const rows = input.encounters
    .filter((e) => e.id && e.status === "finished" && states.get(e.id) !== "active")
    .map((encounter) => encounterRow(encounter, input, states.get(encounter.id ?? "") === "draft", handoffs.get(encounter.id ?? "")));
  return rows.sort((a, b) => (a.dateOfService ?? "9999").localeCompare(b.dateOfService ?? "9999") || a.encounterId.localeCompare(b.encounterId));
}

function encounterRow(encounter: Encounter, input: EncounterWorklistInput, draftSaved: boolean, handoff: HandoffNote | undefined): EncounterToCodeRow {
  const patientRef = refKey(encounter.subject?.reference);
  const dateOfService = encounter.period?.start?.slice(0, 10);
  const coverage = coverageFor(input.coverages, patientRef, dateOfService);
  const payorRef = coverage?.payor?.[0];
  const payerOrganization = resolveAs(input.index, "Organization", payorRef);
  const payerId = payerIdOf(payerOrganization);
  const provider = displayOf(input.index, providerOf(encounter));
  const payer = displayOf(input.index, payorRef);
  return {
    encounterId: encounter.id ?? "",
    patientId: patientRef ? idOf(patientRef) : "",
    patientName: displayOf(input.index, encounter.subject) ?? patientRef ?? "Unknown patient",
    ...(dateOfService ? { dateOfService } : {}),
    service: serviceOf(encounter),
    ...(provider ? { provider } : {}),
    ...(payer ? { payer } : {}),
    ...(payerId ? { payerId } : {}),
    deadline: filingDeadline(dateOfService, payerId, input.filingLimits, input.today, payerKind(coverage, payerOrganization, undefined).kind),
    draftSaved,
    ...(handoff ? { handoff } : {}),
  };
}

const PROVIDER_ROLES = ["PPRF", "ATND", "SPRF", "PART"];

/** The rendering provider: a Practitioner participant, primary performer or attender first. */
function providerOf(encounter: Encounter) {
  const people = (encounter.participant ?? []).filter((p) => /(^|\/)(Practitioner|PractitionerRole)\//.test(p.individual?.reference ?? "") || p.individual?.display);
  const rank = (p: (typeof people)[number]) => {
    const codes = p.type?.flatMap((t) => t.coding?.map((c) => c.code ?? "") ?? []) ?? [];
    const best = Math.min(...codes.map((c) => PROVIDER_ROLES.indexOf(c)).filter((i) => i >= 0));
    return Number.isFinite(best) ? best : PROVIDER_ROLES.length;
  };
  return [...people].sort((a, b) => rank(a) - rank(b))[0]?.individual;
}

function conceptText(concept: CodeableConcept | undefined): string | undefined {
  return concept?.text ?? concept?.coding?.find((c) => c.display)?.display ?? concept?.coding?.[0]?.code;
}

/** "Office visit, established patient · Hypertension": the type, then the reason when it adds something. */
function serviceOf(encounter: Encounter): string {
  const type = conceptText(encounter.type?.[0]) ?? encounter.class?.display ?? encounter.class?.code;
  const reason = conceptText(encounter.reasonCode?.[0]) ?? encounter.reasonReference?.[0]?.display;
  return [type, reason && reason !== type ? reason : undefined].filter(Boolean).join(" · ");
}

/** The patient's active Coverage in force on the date of service (lowest order first). */
export function coverageFor(coverages: readonly Coverage[], patientRef: string | undefined, dateOfService: string | undefined): Coverage | undefined {
  const inForce = (c: Coverage) => !dateOfService || ((!c.period?.start || c.period.start.slice(0, 10) <= dateOfService) && (!c.period?.end || c.period.end.slice(0, 10) >= dateOfService));
  return coverages
    .filter((c) => c.status === "active" && patientRef !== undefined && refKey(c.beneficiary?.reference) === patientRef && inForce(c))
    .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER))[0];
}

function isHandoff(task: Task): boolean {
  return task.status === "requested" && (task.code?.coding ?? []).some((c) => c.system === TASK_TYPE_SYSTEM && c.code === READY_FOR_CODING.code);
}

/** The latest note of each encounter's open hand-off Task. */
export function handoffByEncounter(tasks: readonly Task[], index: ResourceIndex): Map<string, HandoffNote> {
  const notes = new Map<string, HandoffNote>();
  for (const task of tasks.filter(isHandoff)) {
    const encounterRef = refKey(task.encounter?.reference);
    if (!encounterRef?.startsWith("Encounter/")) continue;
    const note = [...(task.note ?? [])].sort((a, b) => (a.time ?? "").localeCompare(b.time ?? "")).at(-1);
    const text = note?.text?.trim() || task.description?.trim() || READY_FOR_CODING.display || "Ready for coding";
    const author = note?.authorString ?? displayOf(index, note?.authorReference ?? task.requester);
    const time = note?.time ?? task.lastModified ?? task.authoredOn;
    notes.set(idOf(encounterRef), { text, ...(author ? { author } : {}), ...(time ? { time } : {}) });
  }
  return notes;
}
