import type { AdjustmentReason, ClaimStatus, Common, ProcessingError } from "./claim-status.ts";
import { adjudicationLines } from "./adjudication-lines.ts";
import { codingsOf, numberAt, objectAt, objectsAt, stringAt, type JsonObject } from "./json-shape.ts";

const REVIEW_ACTION = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction";
const REVIEW_ACTION_CODE = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode";

/**
 * X12 306 action codes a 278 response carries in HCR01 (Da Vinci PAS reviewActionCode): only A1
 * (certified in total) authorizes a line in full; A2 (certified, partial) and A6 (modified)
 * authorize part of it. Every other code is not an authorization.
 */
const CERTIFIED_IN_TOTAL = "A1";
const CERTIFIED_IN_PART = new Set(["A2", "A6"]);
const NOT_CERTIFIED = "A3";
const PENDED = "A4";
const NOT_AUTHORIZING: Readonly<Record<string, string>> = {
  C: "Cancelled: the payer cancelled the request; it authorizes nothing.",
  CT: "Contact payer: the payer did not decide and asks you to call it about this request.",
  NA: "No action required: the payer took no authorization action; it is not an authorization.",
};

interface ReviewAction { sequence: number; code: string; display?: string }

/**
 * Prior-authorization answers (Da Vinci PAS): the X12 306 review action per item. Any pended (A4)
 * line keeps the request queued; every line certified in total (A1) is authorized; some lines
 * certified (A1, or A2/A6 in part) is partly authorized; nothing certified with A3 is denied; any
 * other action (cancelled, contact payer, no action, unknown) is an error that says what it is.
 * A plain R4 preauthorization without review actions keeps its outcome: complete is authorized.
 */
export function toPreauthorizationStatus(response: JsonObject, common: Common): ClaimStatus {
  const actions = reviewActions(response);
  const lines = adjudicationLines(response);
  const adjudicated = { payment: {}, lines, reasons: lines.flatMap((l) => l.reasons) };
  if (actions.length === 0) return { kind: "authorized", ...common, ...adjudicated };
  if (actions.some((a) => a.code === PENDED)) return { kind: "queued", ...common };
  const reasons = [...actions.flatMap(reasonOf), ...adjudicated.reasons];
  const certified = actions.filter((a) => a.code === CERTIFIED_IN_TOTAL || CERTIFIED_IN_PART.has(a.code));
  if (certified.length === actions.length && certified.every((a) => a.code === CERTIFIED_IN_TOTAL)) return { kind: "authorized", ...common, ...adjudicated };
  if (certified.length > 0) return { kind: "partially-authorized", ...common, ...adjudicated, reasons };
  const other = actions.filter((a) => a.code !== NOT_CERTIFIED);
  if (other.length === 0) return { kind: "denied", ...common, ...adjudicated, reasons };
  return { kind: "error", ...common, errors: other.map(errorOf) };
}

function reasonOf(action: ReviewAction): AdjustmentReason[] {
  const base = { kind: "other" as const, code: action.code, lineSequence: action.sequence };
  if (action.code === NOT_CERTIFIED) {
    return [{ ...base, explanation: action.display ?? "Not certified: the payer did not authorize the service.", fix: "Read the payer's reason, add the missing clinical information and request the authorization again." }];
  }
  if (CERTIFIED_IN_PART.has(action.code)) {
    return [{ ...base, explanation: action.display ?? "Certified in part: the payer authorized less than was asked (fewer units, a shorter period or another service).", fix: "Bill only what was authorized, or ask for the rest with the supporting documents." }];
  }
  if (action.code === CERTIFIED_IN_TOTAL) return [];
  return [{ ...base, explanation: NOT_AUTHORIZING[action.code] ?? `Review action ${action.code}: not a certification.` }];
}

function errorOf(action: ReviewAction): ProcessingError {
  const text = NOT_AUTHORIZING[action.code] ?? `The payer answered with review action ${action.code}${action.display ? ` (${action.display})` : ""}, which is not a certification: the service is not authorized.`;
  return { code: action.code, system: "https://codesystem.x12.org/005010/306", text, lineSequence: action.sequence };
}

function reviewActions(response: JsonObject): ReviewAction[] {
  return objectsAt(response, "item").flatMap((item, index) => {
    const sequence = numberAt(item, "itemSequence") ?? index + 1;
    return objectsAt(item, "adjudication").flatMap((adjudication) =>
      objectsAt(adjudication, "extension")
        .filter((e) => stringAt(e, "url") === REVIEW_ACTION)
        .flatMap((e) => objectsAt(e, "extension"))
        .filter((e) => stringAt(e, "url") === REVIEW_ACTION_CODE)
        .flatMap((e) => codingsOf(objectAt(e, "valueCodeableConcept")))
        .map((c): ReviewAction => ({ sequence, code: c.code, ...(c.display ? { display: c.display } : {}) })),
    );
  });
}
