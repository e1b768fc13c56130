import type { ClaimDraft } from "../claim-draft.ts";
import type { AdjustmentReason, ClaimStatus } from "./claim-status.ts";

/** The part of the draft a reason code asks the coder to look at. */
export type DraftField =
  | "code" | "modifiers" | "diagnoses" | "units" | "placeOfService" | "serviceDate"
  | "renderingProvider" | "coverage" | "patient" | "authorization" | "claim";

const FIELD_BY_CODE: Readonly<Record<string, DraftField>> = {
  "4": "modifiers", "182": "modifiers", "97": "modifiers", "234": "modifiers", "236": "modifiers", M15: "modifiers", M80: "modifiers",
  "11": "diagnoses", "50": "diagnoses", "146": "diagnoses", "167": "diagnoses", M76: "diagnoses", N115: "diagnoses", N386: "diagnoses",
  "181": "code", M51: "code", B15: "code",
  "5": "placeOfService",
  "151": "units", "198": "units",
  "29": "serviceDate",
  "170": "renderingProvider", "185": "renderingProvider", B7: "renderingProvider", N290: "renderingProvider",
  "22": "coverage", "23": "coverage", "27": "coverage", "109": "coverage", "242": "coverage", MA04: "coverage", N4: "coverage",
  "31": "patient", "140": "patient", N382: "patient",
  "197": "authorization",
};

export interface DenialHighlight {
  /** The draft line the reason is about; undefined for the claim as a whole. */
  lineId?: string;
  field: DraftField;
  reason: AdjustmentReason;
}

/**
 * Where to point the coder when reopening a denied claim: each CARC/RARC that asks for a change,
 * mapped to the draft line (claim item sequence = line position) and the field to look at.
 * Patient-share reasons (group PR) and pure write-offs (45, 253) ask for no change: left out.
 */
export function denialHighlights(status: ClaimStatus, draft: ClaimDraft): DenialHighlight[] {
  if (!("reasons" in status)) return [];
  return status.reasons.filter(needsChange).map((reason) => {
    const highlight: DenialHighlight = { field: FIELD_BY_CODE[reason.code] ?? "claim", reason };
    const line = reason.lineSequence === undefined ? undefined : draft.lines[reason.lineSequence - 1];
    if (line) highlight.lineId = line.id;
    return highlight;
  });
}

function needsChange(reason: AdjustmentReason): boolean {
  if (reason.kind === "other" || reason.group === "PR") return false;
  return !["1", "2", "3", "45", "253"].includes(reason.code);
}
