import { describe, expect, it } from "vitest";
import type { Bundle } from "fhir/r4";
import { build837P, check837PData, findingCode } from "../../../../src/billing/x12/index.ts";
import { OPTIONS, coverageOf, loadBundle, organizationOf, patientOf } from "./x12-fixtures.ts";
import { findSegment, parse837P } from "./parsed-837p.ts";

/** Delimiters and accents in the patient's and the billing provider's names and addresses. */
function withSpecialCharacters(): Bundle {
  const bundle = loadBundle("simple-claim");
  const patient = patientOf(bundle);
  patient.name = [{ use: "official", family: "O'Brien*Núñez", given: ["Zoë~Ann", "Mary:Jo"] }];
  patient.address = [{ line: ["48 Elm St: Apt ~4", "Rear^Door"], city: "Spring*field", state: "il", postalCode: "62704" }];
  const billing = organizationOf(bundle, "prov");
  billing.name = "Riverside Family Medicine: Pediatrics*Adults";
  return bundle;
}

const DELIMITER = /[*~:^]/;

describe("special characters: free text is cleaned and reported, identifiers are refused", () => {
  it("cleans names and addresses so no delimiter reaches an element", () => {
    const parsed = parse837P(build837P(withSpecialCharacters(), OPTIONS).x12);
    const subscriber = findSegment(parsed, "NM1", "IL");
    expect(subscriber.slice(2, 5)).toEqual(["O'BRIEN NUNEZ", "ZOE ANN", "MARY JO"]);
    expect(findSegment(parsed, "N3", "48 ELM ST APT 4")).toEqual(["48 ELM ST APT 4", "REAR DOOR"]);
    expect(findSegment(parsed, "N4", "SPRING FIELD")).toEqual(["SPRING FIELD", "IL", "62704"]);
    expect(findSegment(parsed, "NM1", "85")[2]).toBe("RIVERSIDE FAMILY MEDICINE PEDIATRICS ADULTS");
  });

  it("keeps the element count of every segment it cleaned (nothing split by a stray delimiter)", () => {
    const parsed = parse837P(build837P(withSpecialCharacters(), OPTIONS).x12);
    for (const segment of parsed.segments) {
      for (const element of segment.elements) {
        if (segment.tag === "SV1" || segment.tag === "HI" || segment.tag === "CLM") continue;
        expect(element.value, `${segment.tag}`).not.toMatch(DELIMITER);
      }
    }
    expect(findSegment(parsed, "NM1", "IL")).toHaveLength(9);
  });

  it("reports each cleaning as information naming the element cleaned", () => {
    const { outcome } = build837P(withSpecialCharacters(), OPTIONS);
    const cleaned = outcome.issue.filter((issue) => findingCode(issue) === "x12-text-cleaned");
    expect(cleaned.every((issue) => issue.severity === "information")).toBe(true);
    expect(cleaned.map((issue) => issue.expression?.[0])).toEqual(
      expect.arrayContaining(["Patient.name.family", "Patient.name.given", "Patient.address.line", "Patient.address.city", "Organization.name"]),
    );
    expect(check837PData(withSpecialCharacters()).issue).toEqual(outcome.issue);
  });

  it("refuses a member id holding a delimiter rather than changing it", () => {
    const bundle = loadBundle("simple-claim");
    coverageOf(bundle).subscriberId = "XJH*482913307";
    const issues = check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.severity, issue.expression?.[0]]);
    expect(issues).toContainEqual(["x12-invalid-data", "error", "Coverage.subscriberId"]);
    expect(() => build837P(bundle, OPTIONS)).toThrow(/Coverage.subscriberId/);
  });

  it("refuses a payer id holding a delimiter", () => {
    const bundle = loadBundle("simple-claim");
    const payer = organizationOf(bundle, "pay");
    payer.identifier = [{ system: "urn:smart-coding-billing:payer-id", value: "600:54" }];
    expect(check837PData(bundle).issue.map((issue) => [findingCode(issue), issue.expression?.[0]])).toContainEqual([
      "x12-invalid-data",
      "Organization.identifier",
    ]);
  });

  it("cleans delimiters out of the submitter and receiver names given as options", () => {
    const options = { ...OPTIONS, receiver: { name: "Clear*Claims~Hub", id: "CLRCLM01" } };
    const parsed = parse837P(build837P(loadBundle("simple-claim"), options).x12);
    expect(findSegment(parsed, "NM1", "40")[2]).toBe("CLEAR CLAIMS HUB");
  });
});
