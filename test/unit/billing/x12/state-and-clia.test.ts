import { describe, expect, it } from "vitest";
import { build837P, check837PData, findingCode } from "../../../../src/billing/x12/index.ts";
import { CLIA_SYSTEM } from "../../../../src/billing/x12/read-clia.ts";
import { uspsStateCode } from "../../../../src/billing/x12/usps-state.ts";
import { OPTIONS, claimOf, loadBundle, organizationOf, patientOf } from "./x12-fixtures.ts";

describe("N4 state: USPS codes from codes or full names", () => {
  it.each([
    ["Massachusetts", "MA"], ["ma", "MA"], [" new  york ", "NY"], ["District of Columbia", "DC"], ["Puerto Rico", "PR"],
    ["U.S. Virgin Islands", "VI"], ["Guam", "GU"], ["Northern Mariana Islands", "MP"], ["American Samoa", "AS"], ["Armed Forces Europe", "AE"],
  ])("%s -> %s", (text, code) => expect(uspsStateCode(text)).toBe(code));

  it.each(["XX", "Mass.", "Atlantis", ""])("%j is not a state", (text) => expect(uspsStateCode(text)).toBeUndefined());

  it("a patient address with the state's full name makes a file with N4*...*MA; an unknown one is refused", () => {
    const bundle = loadBundle("simple-claim");
    const address = patientOf(bundle).address?.[0];
    if (!address) throw new Error("fixture patient has no address");
    address.state = "Massachusetts";
    expect(build837P(bundle, OPTIONS).x12).toMatch(/N4\*[^*~]*\*MA\*/);
    address.state = "Atlantis";
    const issue = check837PData(bundle).issue.find((i) => i.expression?.[0] === "Patient.address.state");
    expect(issue && findingCode(issue)).toBe("x12-invalid-data");
    expect(issue?.details?.text).toMatch(/"Atlantis"\) is neither a USPS state code/);
  });
});

describe("REF*X4: the CLIA number of a claim with a CLIA-waived test (QW)", () => {
  const withQw = () => {
    const bundle = loadBundle("simple-claim");
    const item = claimOf(bundle).item?.[0];
    if (!item) throw new Error("fixture claim has no line");
    item.modifier = [{ coding: [{ system: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", code: "QW" }] }];
    return bundle;
  };

  it("without a CLIA number the export reports the line and where to add it", () => {
    const issue = check837PData(withQw()).issue.find((i) => i.expression?.[0] === "Claim.item[0].modifier");
    expect(issue).toMatchObject({ severity: "error" });
    expect(issue && findingCode(issue)).toBe("x12-missing-data");
    expect(issue?.details?.text).toMatch(/CLIA-waived test: the 837P needs the lab's CLIA certificate number \(REF\*X4\)\. Add "cliaNumber" to billing-config\.json/);
  });

  it("from billing-config or the billing Organization's CLIA identifier, written after CLM", () => {
    expect(build837P(withQw(), { ...OPTIONS, cliaNumber: "22D0999999" }).x12).toMatch(/~REF\*X4\*22D0999999~/);
    const bundle = withQw();
    organizationOf(bundle, "prov").identifier?.push({ system: CLIA_SYSTEM, value: "05d0987654" });
    expect(build837P(bundle, OPTIONS).x12).toMatch(/~REF\*X4\*05D0987654~/);
  });

  it("a malformed CLIA number is refused; no QW line, no REF*X4", () => {
    const issue = check837PData(withQw(), { cliaNumber: "CLIA-1" }).issue.find((i) => i.expression?.[0] === "Claim.item[0].modifier");
    expect(issue && findingCode(issue)).toBe("x12-invalid-data");
    expect(build837P(loadBundle("simple-claim"), { ...OPTIONS, cliaNumber: "22D0999999" }).x12).not.toMatch(/REF\*X4/);
  });
});
