import type { Address, HumanName } from "fhir/r4";
import type { X12Address, X12Name } from "./claim-837-model.ts";
import { readOptionalText, readText, report, type ReadContext } from "./read-context.ts";
import { uspsStateCode } from "./usps-state.ts";

/** A person's name for NM1 (last 60, first 35, middle 25, suffix 10), the official one first. */
export function readPersonName(ctx: ReadContext, names: HumanName[] | undefined, expression: string): X12Name | undefined {
  const name = names?.find((candidate) => candidate.use === "official") ?? names?.find((candidate) => candidate.use !== "old");
  if (!name) return report(ctx, "x12-missing-data", `${expression} is missing; the 837P needs a name.`, expression);
  const last = readText(ctx, name.family, 60, `${expression}.family`);
  if (last === undefined) return undefined;
  const first = readOptionalText(ctx, name.given?.[0], 35, `${expression}.given`);
  const middle = readOptionalText(ctx, name.given?.[1], 25, `${expression}.given`);
  const suffix = readOptionalText(ctx, name.suffix?.find(isGenerationalSuffix), 10, `${expression}.suffix`);
  return { kind: "person", last, first, middle, suffix };
}

/** NM107 carries JR, SR, II, III ...; credentials (MD, DO, NP) in HumanName.suffix are left out. */
function isGenerationalSuffix(suffix: string): boolean {
  return /^(JR|SR|I{1,3}|IV|V|VI)\.?$/i.test(suffix.trim());
}

export function readOrganizationName(ctx: ReadContext, name: string | undefined, expression: string): X12Name | undefined {
  const value = readText(ctx, name, 60, expression);
  return value === undefined ? undefined : { kind: "organization", name: value };
}

export interface AddressRules {
  /** 2010AA and 2310C need a street address: a 9-digit ZIP code (ZIP+4) and no post-office box. */
  zip9: boolean;
}

const POST_OFFICE_BOX = /\b(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCK\s*BOX)\b/i;

/** The current address for N3/N4 (lines 55, city 30, two-letter state, ZIP 5 or 9 digits). */
export function readAddress(
  ctx: ReadContext,
  addresses: Address[] | undefined,
  expression: string,
  rules: AddressRules,
): X12Address | undefined {
  const address = addresses?.find((candidate) => candidate.use !== "old" && candidate.type !== "postal") ?? addresses?.[0];
  if (!address) return report(ctx, "x12-missing-data", `${expression} is missing; the 837P needs a street address.`, expression);
  const line1 = readText(ctx, address.line?.[0], 55, `${expression}.line`);
  const line2 = readOptionalText(ctx, address.line?.[1], 55, `${expression}.line`);
  const city = readText(ctx, address.city, 30, `${expression}.city`);
  const state = readState(ctx, address.state, `${expression}.state`);
  const postalCode = readPostalCode(ctx, address.postalCode, `${expression}.postalCode`, rules);
  if (line1 === undefined || city === undefined || state === undefined || postalCode === undefined) return undefined;
  if (rules.zip9 && POST_OFFICE_BOX.test(`${line1} ${line2 ?? ""}`)) {
    return report(ctx, "x12-invalid-data", `${expression}.line must be a street address, not a post-office box.`, `${expression}.line`);
  }
  return { line1, line2, city, state, postalCode };
}

function readState(ctx: ReadContext, state: string | undefined, expression: string): string | undefined {
  if (!state) return report(ctx, "x12-missing-data", `${expression} is missing.`, expression);
  const value = uspsStateCode(state);
  if (value === undefined) {
    return report(ctx, "x12-invalid-data", `${expression} ("${state}") is neither a USPS state code (e.g. MA) nor the name of a state, DC or a territory.`, expression);
  }
  return value;
}

function readPostalCode(ctx: ReadContext, raw: string | undefined, expression: string, rules: AddressRules): string | undefined {
  if (!raw) return report(ctx, "x12-missing-data", `${expression} is missing.`, expression);
  const trimmed = raw.trim();
  const digits = /^\d{5}(-?\d{4})?$/.test(trimmed) ? trimmed.replace("-", "") : undefined;
  if (digits === undefined) {
    return report(ctx, "x12-invalid-data", `${expression} must be a ZIP code of 5 or 9 digits.`, expression);
  }
  if (rules.zip9 && digits.length !== 9) {
    return report(ctx, "x12-invalid-data", `${expression} must be a 9-digit ZIP+4 code for this loop.`, expression);
  }
  return digits;
}
