import type { ClaimStatus, Common } from "./claim-status.ts";
import { adjudicationLines } from "./adjudication-lines.ts";
import { codingsOf, objectAt, objectsAt, stringAt, type JsonObject } from "./json-shape.ts";

const REVIEW_ACTION = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction";
const REVIEW_ACTION_CODE = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode";

/**
 * Prior-authorization answers (Da Vinci PAS): X12 306 review action per item.
 * A3 not certified -> denied; A4 pended -> queued; any other certification -> authorized.
 */
export function toPreauthorizationStatus(response: JsonObject, common: Common): ClaimStatus {
  const actions = reviewActions(response);
  const lines = adjudicationLines(response);
  const adjudicated = { payment: {}, lines, reasons: lines.flatMap((l) => l.reasons) };
  if (actions.some((a) => a.code === "A3")) {
    const reasons = actions.filter((a) => a.code === "A3").map((a) => ({
      kind: "other" as const,
      code: a.code,
      explanation: a.display ?? "Not certified: the payer did not authorize the service.",
      fix: "Read the payer's reason, add the missing clinical information and request the authorization again.",
    }));
    return { kind: "denied", ...common, ...adjudicated, reasons: [...reasons, ...adjudicated.reasons] };
  }
  if (actions.length > 0 && actions.every((a) => a.code === "A4")) return { kind: "queued", ...common };
  return { kind: "authorized", ...common, ...adjudicated };
}

function reviewActions(response: JsonObject): { code: string; display?: string }[] {
  return objectsAt(response, "item").flatMap((item) => objectsAt(item, "adjudication")).flatMap((adjudication) =>
    objectsAt(adjudication, "extension")
      .filter((e) => stringAt(e, "url") === REVIEW_ACTION)
      .flatMap((e) => objectsAt(e, "extension"))
      .filter((e) => stringAt(e, "url") === REVIEW_ACTION_CODE)
      .flatMap((e) => codingsOf(objectAt(e, "valueCodeableConcept"))),
  );
}
