import type { Bundle, Claim, Resource } from "fhir/r4";
import type { ReadyDraft } from "../build/build-context.ts";
import { CLAIM_GENERATION_SYSTEM, idOf } from "../state/billing-identifiers.ts";
import type { WritePathKind } from "./choose-write-path.ts";

export interface PlannedRequest {
  /** What it writes, for progress and per-resource failure reports ("ChargeItem 99214"). */
  label: string;
  method: "POST" | "PUT";
  /** Relative to the server's FHIR base ("" = the base itself), or absolute for a billing endpoint. */
  url: string;
  headers: Record<string, string>;
  body: Resource;
  /** The urn:uuid this request creates: map it to the reference from the Location header. */
  creates?: string;
  /** urn:uuid references in the body to resolve (resolvePlaceholders) before sending. */
  needs: string[];
}

export interface Download {
  fileName: string;
  bundle: Bundle;
  instructions: string;
}

export interface SubmissionPlan {
  kind: WritePathKind;
  /** In order; stop at the first failure, then read the store again and plan again. */
  requests: PlannedRequest[];
  download?: Download;
}

const FHIR_JSON = { "Content-Type": "application/fhir+json", Accept: "application/fhir+json" };

export function operationRequest(label: string, url: string, body: Resource): PlannedRequest {
  return { label, method: "POST", url, headers: { ...FHIR_JSON }, body, needs: [] };
}

/** The claim file to hand to a billing system: named after the encounter and the claim generation. */
export function exportDownload(draft: ReadyDraft, bundle: Bundle): Download {
  const claim = bundle.entry?.find((e) => e.resource?.resourceType === "Claim")?.resource as Claim | undefined;
  const generation = claim?.identifier?.find((i) => i.system === CLAIM_GENERATION_SYSTEM)?.value?.split(":")[2] ?? "1";
  return {
    fileName: `claim-${idOf(draft.encounterRef)}-g${generation}.fhir.json`,
    bundle,
    instructions:
      "Send this file to your billing system or clearinghouse. It is a FHIR R4 transaction Bundle: a FHIR billing server accepts it as is (POST it to the server's base URL), and because every entry is a conditional create, sending it twice creates nothing twice.",
  };
}
