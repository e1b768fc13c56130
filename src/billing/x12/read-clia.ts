import type { Claim, Organization } from "fhir/r4";
import { report, type ReadContext } from "./read-context.ts";

/** The CLIA certificate number's identifier system (CMS CLIA OID). */
export const CLIA_SYSTEM = "urn:oid:2.16.840.1.113883.4.7";
/** A CLIA number: 2 digits, "D", 7 digits (e.g. 22D0999999). */
const CLIA_NUMBER = /^\d{2}D\d{7}$/;

const hasQw = (item: NonNullable<Claim["item"]>[number]): boolean =>
  (item.modifier ?? []).some((modifier) => modifier.coding?.some((coding) => coding.code?.trim().toUpperCase() === "QW"));

/**
 * REF*X4 (2300): the lab's CLIA certificate number, needed when a line is a CLIA-waived test
 * (modifier QW). From the practice's setting (billing-config cliaNumber), else the billing
 * provider Organization's identifier with the CLIA system. Undefined when no line needs it.
 */
export function readClia(ctx: ReadContext, claim: Claim, configured: string | undefined): string | undefined {
  const index = (claim.item ?? []).findIndex(hasQw);
  if (index < 0) return undefined;
  const organization: Organization | undefined = ctx.index.resolve(claim.provider, "Organization");
  const value = (configured ?? organization?.identifier?.find((i) => i.system === CLIA_SYSTEM)?.value)?.trim().toUpperCase();
  const expression = `Claim.item[${index}].modifier`;
  const where = `Line ${index + 1} (${claim.item?.[index]?.productOrService.coding?.[0]?.code ?? ""}-QW) is a CLIA-waived test`;
  if (!value) {
    const text = `${where}: the 837P needs the lab's CLIA certificate number (REF*X4). Add "cliaNumber" to billing-config.json, or an identifier with system ${CLIA_SYSTEM} to the billing provider Organization.`;
    return report(ctx, "x12-missing-data", text, expression);
  }
  if (!CLIA_NUMBER.test(value)) return report(ctx, "x12-invalid-data", `The CLIA number "${value}" is not 2 digits, D and 7 digits (e.g. 22D0999999): correct it.`, expression);
  return value;
}
