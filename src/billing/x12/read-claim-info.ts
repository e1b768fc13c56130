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


/**
 * CLM05-3 and REF*F8: frequency 7 when Claim.related has relationship "replaces" (or "prior"),
 * with the payer's claim control number of the original claim (related.reference: from the 835's
 * CLP07 or the 277CA's REF*1K). The app's own ids mean nothing to the payer, so without the
 * payer's number the 837P is refused with a finding that says where to find it. Otherwise 1.
 */
export function readFrequency(ctx: ReadContext, claim: Claim): { frequency: "1" | "7"; originalReference?: string } | undefined {
  const found = replacedClaim(claim);
  if (!found) return { frequency: "1" };
  const { related, index } = found;
  const raw = related.reference?.value;
  if (raw === undefined || raw.trim() === "") {
    const text = "This is a corrected claim (frequency 7), and REF*F8 needs the payer's claim control number of the claim it replaces, which is not known yet: it is on the payer's remittance (835 CLP07) or the clearinghouse's claim acknowledgment (277CA REF*1K), and shows in the claim status once the payer has answered.";
    return report(ctx, "x12-missing-data", text, `Claim.related[${index}].reference`);
  }
  const originalReference = readIdentifier(ctx, raw, 50, `Claim.related[${index}].reference`);
  return originalReference ? { frequency: "7", originalReference } : undefined;
}

/** REF*G1: the first prior authorization number on the focal insurance. */
export function readPriorAuthorization(ctx: ReadContext, claim: Claim): string | undefined {
  const index = Math.max(0, (claim.insurance ?? []).findIndex((insurance) => insurance.focal));
  const value = claim.insurance?.[index]?.preAuthRef?.[0];
  return value === undefined ? undefined : readIdentifier(ctx, value, 50, `Claim.insurance[${index}].preAuthRef`);
}
