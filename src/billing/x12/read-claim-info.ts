import type { Claim, ClaimRelated, CodeableConcept } from "fhir/r4";
import { PLACE_OF_SERVICE } from "../../coding/systems.ts";
import { toClaimControlNumber } from "./claim-control-number.ts";
import { readIdentifier, report, type ReadContext } from "./read-context.ts";

/** Relationship codes that make Claim.related the claim this one replaces (frequency 7). */
const REPLACES = new Set(["replaces", "prior"]);

/** The two-digit CMS place-of-service code of a line (Claim.item.locationCodeableConcept). */
export function placeOfServiceCode(location: CodeableConcept | undefined): string | undefined {
  const coding = location?.coding?.find((candidate) => candidate.system === PLACE_OF_SERVICE) ?? location?.coding?.[0];
  const code = coding?.code?.trim();
  return code && /^\d{2}$/.test(code) ? code : undefined;
}

/** CLM01: Claim.identifier (first) or the Claim id; a longer one is written in its stable short form. */
export function readClaimId(ctx: ReadContext, claim: Claim): string | undefined {
  const expression = claim.identifier?.[0]?.value ? "Claim.identifier" : "Claim.id";
  const value = readIdentifier(ctx, claim.identifier?.[0]?.value ?? claim.id, 80, expression);
  if (value === undefined) return undefined;
  const controlNumber = toClaimControlNumber(value);
  if (controlNumber !== value) {
    const text = `${expression} "${value}" does not fit CLM01 (20 characters); the claim goes out as ${controlNumber}, the stable short form payers will echo back.`;
    report(ctx, "x12-text-cleaned", text, expression);
  }
  return controlNumber;
}

/** CLM05-1: the place of service of the first line. */
export function readClaimPlaceOfService(ctx: ReadContext, claim: Claim): string | undefined {
  const code = placeOfServiceCode(claim.item?.[0]?.locationCodeableConcept);
  if (code) return code;
  const text = "Claim.item[0].locationCodeableConcept needs a two-digit CMS place-of-service code.";
  return report(ctx, "x12-missing-data", text, "Claim.item[0].locationCodeableConcept");
}

function replacedClaim(claim: Claim): { related: ClaimRelated; index: number } | undefined {
  const index = (claim.related ?? []).findIndex((related) =>
    related.relationship?.coding?.some((coding) => REPLACES.has(coding.code ?? "")),
  );
  const related = claim.related?.[index];
  return related ? { related, index } : undefined;
}

/** The id part of "Claim/123" (or of an absolute URL ending in it). */
function referencedId(reference: string | undefined): string | undefined {
  return reference ? /([^/]+)$/.exec(reference.replace(/\/_history\/.*$/, ""))?.[1] : undefined;
}

/**
 * CLM05-3 and REF*F8: frequency 7 with the original claim's reference when Claim.related has
 * relationship "replaces" (or "prior"); the reference is related.reference, else the related
 * claim's identifier, else the id of the related claim reference. Otherwise frequency 1.
 */
export function readFrequency(ctx: ReadContext, claim: Claim): { frequency: "1" | "7"; originalReference?: string } | undefined {
  const found = replacedClaim(claim);
  if (!found) return { frequency: "1" };
  const { related, index } = found;
  const raw = related.reference?.value ?? related.claim?.identifier?.value ?? referencedId(related.claim?.reference);
  const originalReference = readIdentifier(ctx, raw, 50, `Claim.related[${index}].reference`);
  return originalReference ? { frequency: "7", originalReference } : undefined;
}

/** REF*G1: the first prior authorization number on the focal insurance. */
export function readPriorAuthorization(ctx: ReadContext, claim: Claim): string | undefined {
  const index = Math.max(0, (claim.insurance ?? []).findIndex((insurance) => insurance.focal));
  const value = claim.insurance?.[index]?.preAuthRef?.[0];
  return value === undefined ? undefined : readIdentifier(ctx, value, 50, `Claim.insurance[${index}].preAuthRef`);
}
