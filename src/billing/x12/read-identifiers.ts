import type { Identifier } from "fhir/r4";
import { NPI, TAX_ID } from "../../coding/systems.ts";
import { isValidNpi } from "./npi.ts";
import { PAYER_ID_SYSTEMS, PAYER_ID_TYPE_CODES } from "../payer/payer-id.ts";
import { readIdentifier, report, type ReadContext } from "./read-context.ts";

/** The NPI (system http://hl7.org/fhir/sid/us-npi), 10 digits passing the NPI Luhn check. */
export function readNpi(ctx: ReadContext, identifiers: Identifier[] | undefined, expression: string): string | undefined {
  const value = identifiers?.find((identifier) => identifier.system === NPI)?.value?.trim();
  if (!value) {
    return report(ctx, "x12-missing-data", `${expression} has no NPI (system ${NPI}).`, expression);
  }
  if (!isValidNpi(value)) {
    return report(ctx, "npi-invalid", `${expression}: ${value} is not a valid NPI (10 digits with the NPI Luhn check digit).`, expression);
  }
  return value;
}

/** The NPI when there is one; a wrong one is still reported. */
export function readOptionalNpi(ctx: ReadContext, identifiers: Identifier[] | undefined, expression: string): string | undefined {
  if (!identifiers?.some((identifier) => identifier.system === NPI)) return undefined;
  return readNpi(ctx, identifiers, expression);
}

/** The federal tax id (EIN, system urn:oid:2.16.840.1.113883.4.4): 9 digits, a hyphen is allowed and dropped. */
export function readTaxId(ctx: ReadContext, identifiers: Identifier[] | undefined, expression: string): string | undefined {
  const value = identifiers?.find((identifier) => identifier.system === TAX_ID)?.value?.trim();
  if (!value) {
    return report(ctx, "x12-missing-data", `${expression} has no tax id (system ${TAX_ID}).`, expression);
  }
  if (!/^\d{2}-?\d{7}$/.test(value)) {
    return report(ctx, "x12-invalid-data", `${expression}: the tax id must be 9 digits (EIN).`, expression);
  }
  return value.replace("-", "");
}

/** Identifier systems and type codes accepted as the payer id (src/billing/payer/payer-id.ts). */
export { PAYER_ID_SYSTEMS, PAYER_ID_TYPE_CODES };

/** The payer id: an identifier with an accepted system, or whose type has code NIIP or PAYERID. */
export function readPayerId(ctx: ReadContext, identifiers: Identifier[] | undefined, expression: string): string | undefined {
  const identifier = identifiers?.find(
    (candidate) =>
      PAYER_ID_SYSTEMS.includes(candidate.system ?? "") ||
      candidate.type?.coding?.some((coding) => PAYER_ID_TYPE_CODES.includes(coding.code ?? "")),
  );
  if (!identifier?.value) {
    const text = `${expression} has no payer id (system ${PAYER_ID_SYSTEMS.join(", ")} or type ${PAYER_ID_TYPE_CODES.join("/")}).`;
    return report(ctx, "x12-missing-data", text, expression);
  }
  return readIdentifier(ctx, identifier.value, 80, expression);
}
