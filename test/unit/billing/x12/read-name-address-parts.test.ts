// Pins how FHIR names and addresses become NM1/N3/N4 data: the official name before any other
// current one (an "old" one never), no name or no family reported, the first and second given
// names and only a generational suffix (JR, SR, I to III, IV, V, VI, with or without a dot, trimmed);
// the current street address (not "old", not "postal") before the first one, each missing part
// reported on its own, the post-office box refused in line 1 or 2 where a street address is
// needed, the state checked, and the ZIP code trimmed, 5 or 9 digits anchored at both ends.
import type { Address, OperationOutcomeIssue } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CLAIM_RULE_SYSTEM } from "../../../../src/billing/claim-rule.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import type { ReadContext } from "../../../../src/billing/x12/read-context.ts";
import { readAddress, readOrganizationName, readPersonName } from "../../../../src/billing/x12/read-name-address.ts";

const NAME = "Patient.name";
const ADDRESS = "Patient.address";
const STREET = { zip9: true };
const ANY = { zip9: false };

function context(): ReadContext {
  return { index: indexBundle({ resourceType: "Bundle", type: "collection", entry: [] }), issues: [] };
}

function missing(text: string, expression: string): OperationOutcomeIssue {
  return { severity: "error", code: "required", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-missing-data" }], text }, expression: [expression] };
}

function invalid(text: string, expression: string): OperationOutcomeIssue {
  return { severity: "error", code: "value", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-invalid-data" }], text }, expression: [expression] };
}

function cleaned(expression: string, max: number, value: string): OperationOutcomeIssue {
  const text = `${expression} was cleaned for X12 (delimiters, accents or characters X12 cannot carry replaced, at most ${max} characters): "${value}".`;
  return { severity: "information", code: "informational", details: { coding: [{ system: CLAIM_RULE_SYSTEM, code: "x12-text-cleaned" }], text }, expression: [expression] };
}

function person(last: string, first?: string, middle?: string, suffix?: string) {
  return { kind: "person", last, first, middle, suffix };
}

describe("readPersonName", () => {
  it("reports a patient without names (or with only an old one) as missing a name", () => {
    const ctx = context();
    expect(readPersonName(ctx, undefined, NAME)).toBeUndefined();
    expect(readPersonName(ctx, [], NAME)).toBeUndefined();
    expect(readPersonName(ctx, [{ use: "old", family: "Former" }], NAME)).toBeUndefined();
    const noName = missing(`${NAME} is missing; the 837P needs a name.`, NAME);
    expect(ctx.issues).toStrictEqual([noName, noName, noName]);
  });

  it("takes the official name even when another current name comes first", () => {
    const ctx = context();
    const names = [{ use: "usual" as const, family: "Usual" }, { use: "official" as const, family: "Official", given: ["Ann"] }];
    expect(readPersonName(ctx, names, NAME)).toStrictEqual(person("OFFICIAL", "ANN"));
    expect(ctx.issues).toStrictEqual([]);
  });

  it("without an official name skips an old one and takes the first other name", () => {
    const ctx = context();
    const names = [{ use: "old" as const, family: "Maiden" }, { family: "Married" }, { use: "usual" as const, family: "Later" }];
    expect(readPersonName(ctx, names, NAME)).toStrictEqual(person("MARRIED"));
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a name without a family name and returns nothing", () => {
    const ctx = context();
    expect(readPersonName(ctx, [{ given: ["Ann"] }], NAME)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([missing(`${NAME}.family is empty; the 837P needs it.`, `${NAME}.family`)]);
  });

  it("reads a family name alone, with no given names and no suffix", () => {
    const ctx = context();
    expect(readPersonName(ctx, [{ family: "Doe" }], NAME)).toStrictEqual(person("DOE"));
    expect(ctx.issues).toStrictEqual([]);
  });

  it("cleans the first and the middle given name and reports each under the given names", () => {
    const ctx = context();
    expect(readPersonName(ctx, [{ family: "Doe", given: ["José", "Zoë", "Third"] }], NAME)).toStrictEqual(person("DOE", "JOSE", "ZOE"));
    expect(ctx.issues).toStrictEqual([cleaned(`${NAME}.given`, 35, "JOSE"), cleaned(`${NAME}.given`, 25, "ZOE")]);
  });

  it("keeps only a generational suffix, skipping credentials", () => {
    const ctx = context();
    const read = (suffix: string[]) => readPersonName(ctx, [{ family: "Doe", suffix }], NAME);
    expect(read(["MD", "Jr."])).toStrictEqual(person("DOE", undefined, undefined, "JR."));
    expect(read(["II"])).toStrictEqual(person("DOE", undefined, undefined, "II"));
    expect(read(["iii"])).toStrictEqual(person("DOE", undefined, undefined, "III"));
    expect(read([" sr "])).toStrictEqual(person("DOE", undefined, undefined, "SR"));
    expect(read(["MD", "PhD"])).toStrictEqual(person("DOE"));
    expect(ctx.issues).toStrictEqual([]);
  });

  it("matches the suffix as a whole word: nothing before it and nothing after it", () => {
    const ctx = context();
    const read = (suffix: string[]) => readPersonName(ctx, [{ family: "Doe", suffix }], NAME);
    expect(read(["MDJR", "IV"])).toStrictEqual(person("DOE", undefined, undefined, "IV"));
    expect(read(["JRMD", "V"])).toStrictEqual(person("DOE", undefined, undefined, "V"));
    expect(read(["XIII"])).toStrictEqual(person("DOE"));
    expect(read(["IIII", "VI."])).toStrictEqual(person("DOE", undefined, undefined, "VI."));
    expect(ctx.issues).toStrictEqual([]);
  });
});

describe("readOrganizationName", () => {
  it("reads the name as an organization name", () => {
    const ctx = context();
    expect(readOrganizationName(ctx, "Good Health Clinic", "Organization.name")).toStrictEqual({ kind: "organization", name: "GOOD HEALTH CLINIC" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports a missing name and returns nothing", () => {
    const ctx = context();
    expect(readOrganizationName(ctx, undefined, "Organization.name")).toBeUndefined();
    expect(ctx.issues).toStrictEqual([missing("Organization.name is empty; the 837P needs it.", "Organization.name")]);
  });
});

function address(overrides: Partial<Address> = {}): Address {
  return { line: ["1 Main St"], city: "Boston", state: "MA", postalCode: "02139-1234", ...overrides };
}

const MAIN_ST = { line1: "1 MAIN ST", line2: undefined, city: "BOSTON", state: "MA", postalCode: "021391234" };

describe("readAddress", () => {
  it("reads a street address with its ZIP+4", () => {
    const ctx = context();
    expect(readAddress(ctx, [address({ line: ["1 Main St", "Suite 200"] })], ADDRESS, STREET)).toStrictEqual({ ...MAIN_ST, line2: "SUITE 200" });
    expect(ctx.issues).toStrictEqual([]);
  });

  it("skips an old address and a postal one for the current street address", () => {
    const ctx = context();
    const old = address({ use: "old", line: ["9 Old Rd"] });
    const postal = address({ type: "postal", line: ["8 Mail Rd"] });
    expect(readAddress(ctx, [old, postal, address({ type: "both" })], ADDRESS, STREET)).toStrictEqual(MAIN_ST);
    expect(readAddress(ctx, [postal, address({ use: "home" })], ADDRESS, STREET)).toStrictEqual(MAIN_ST);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("takes the first address when all are old or postal", () => {
    const ctx = context();
    const addresses = [address({ use: "old" }), address({ type: "postal", line: ["8 Mail Rd"] })];
    expect(readAddress(ctx, addresses, ADDRESS, STREET)).toStrictEqual(MAIN_ST);
    expect(ctx.issues).toStrictEqual([]);
  });

  it("reports no address at all", () => {
    const ctx = context();
    expect(readAddress(ctx, undefined, ADDRESS, STREET)).toBeUndefined();
    expect(readAddress(ctx, [], ADDRESS, STREET)).toBeUndefined();
    const none = missing(`${ADDRESS} is missing; the 837P needs a street address.`, ADDRESS);
    expect(ctx.issues).toStrictEqual([none, none]);
  });

  it("reports each missing part on its own and returns nothing", () => {
    const ctx = context();
    expect(readAddress(ctx, [address({ line: undefined })], ADDRESS, ANY)).toBeUndefined();
    expect(readAddress(ctx, [address({ city: undefined })], ADDRESS, ANY)).toBeUndefined();
    expect(readAddress(ctx, [address({ state: undefined })], ADDRESS, ANY)).toBeUndefined();
    expect(readAddress(ctx, [address({ postalCode: undefined })], ADDRESS, ANY)).toBeUndefined();
    expect(readAddress(ctx, [address({ state: "", postalCode: "" })], ADDRESS, ANY)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([
      missing(`${ADDRESS}.line is empty; the 837P needs it.`, `${ADDRESS}.line`),
      missing(`${ADDRESS}.city is empty; the 837P needs it.`, `${ADDRESS}.city`),
      missing(`${ADDRESS}.state is missing.`, `${ADDRESS}.state`),
      missing(`${ADDRESS}.postalCode is missing.`, `${ADDRESS}.postalCode`),
      missing(`${ADDRESS}.state is missing.`, `${ADDRESS}.state`),
      missing(`${ADDRESS}.postalCode is missing.`, `${ADDRESS}.postalCode`),
    ]);
  });

  it("reports the cleaning of line 1 and line 2 under the address lines", () => {
    const ctx = context();
    const read = readAddress(ctx, [address({ line: ["1 Rue Élysée", "Bât* 2"] })], ADDRESS, STREET);
    expect(read).toStrictEqual({ ...MAIN_ST, line1: "1 RUE ELYSEE", line2: "BAT 2" });
    expect(ctx.issues).toStrictEqual([cleaned(`${ADDRESS}.line`, 55, "1 RUE ELYSEE"), cleaned(`${ADDRESS}.line`, 55, "BAT 2")]);
  });

  it("refuses a post-office box in line 1 or line 2 where a street address is needed, and accepts it elsewhere", () => {
    const ctx = context();
    const poBoxLine2 = address({ line: ["1 Main St", "PO Box 12"] });
    expect(readAddress(ctx, [address({ line: ["P.O. Box 12"] })], ADDRESS, STREET)).toBeUndefined();
    expect(readAddress(ctx, [poBoxLine2], ADDRESS, STREET)).toBeUndefined();
    expect(readAddress(ctx, [poBoxLine2], ADDRESS, ANY)).toStrictEqual({ ...MAIN_ST, line2: "PO BOX 12" });
    const box = invalid(`${ADDRESS}.line must be a street address, not a post-office box.`, `${ADDRESS}.line`);
    expect(ctx.issues).toStrictEqual([box, box]);
  });

  it("reads a state name as its USPS code and reports one that is not a state", () => {
    const ctx = context();
    expect(readAddress(ctx, [address({ state: "Massachusetts" })], ADDRESS, STREET)).toStrictEqual(MAIN_ST);
    expect(readAddress(ctx, [address({ state: "Narnia" })], ADDRESS, STREET)).toBeUndefined();
    const text = `${ADDRESS}.state ("Narnia") is neither a USPS state code (e.g. MA) nor the name of a state, DC or a territory.`;
    expect(ctx.issues).toStrictEqual([invalid(text, `${ADDRESS}.state`)]);
  });

  it("trims the ZIP code and takes 5 digits, 9 digits or ZIP+4 with a hyphen where any ZIP will do", () => {
    const ctx = context();
    const zip = (postalCode: string) => readAddress(ctx, [address({ postalCode })], ADDRESS, ANY)?.postalCode;
    expect(zip(" 02139 ")).toBe("02139");
    expect(zip("021391234")).toBe("021391234");
    expect(zip(" 02139-1234 ")).toBe("021391234");
    expect(ctx.issues).toStrictEqual([]);
  });

  it("refuses a ZIP code with anything before or after its digits, or of the wrong length", () => {
    const ctx = context();
    const zip = (postalCode: string) => readAddress(ctx, [address({ postalCode })], ADDRESS, ANY);
    expect(zip("X02139")).toBeUndefined();
    expect(zip("021390")).toBeUndefined();
    expect(zip("02139-12345")).toBeUndefined();
    expect(zip("0213")).toBeUndefined();
    const bad = invalid(`${ADDRESS}.postalCode must be a ZIP code of 5 or 9 digits.`, `${ADDRESS}.postalCode`);
    expect(ctx.issues).toStrictEqual([bad, bad, bad, bad]);
  });

  it("needs the 9-digit ZIP+4 where a street address is needed", () => {
    const ctx = context();
    expect(readAddress(ctx, [address({ postalCode: "02139" })], ADDRESS, STREET)).toBeUndefined();
    expect(ctx.issues).toStrictEqual([invalid(`${ADDRESS}.postalCode must be a 9-digit ZIP+4 code for this loop.`, `${ADDRESS}.postalCode`)]);
  });
});
