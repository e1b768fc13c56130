/**
 * Pins the default place of service: a two-digit code from a place-of-service coding on the
 * Location's type wins over the encounter class; codings of other systems, other code shapes,
 * a Location without type and an encounter without class (or no encounter) are handled.
 */
import type { Encounter, Location } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { defaultPlaceOfService } from "../../../../src/billing/draft/place-of-service.ts";

const POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
const encounter = (classCode: string | undefined): Encounter => ({
  resourceType: "Encounter", status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", ...(classCode === undefined ? {} : { code: classCode }) },
});
const location = (type: Location["type"]): Location => ({ resourceType: "Location", ...(type === undefined ? {} : { type }) });

describe("defaultPlaceOfService", () => {
  it("takes the first two-digit code of a place-of-service coding over the encounter class", () => {
    const at = location([
      { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: "ER" }, { system: "http://example.org/ward", code: "42" }] },
      { text: "Emergency department" },
      { coding: [{ code: "23" }, { system: POS }, { system: POS, code: "123" }, { system: POS, code: "ab" }, { system: POS, code: "1" }, { system: POS, code: "23" }, { system: POS, code: "11" }] },
    ]);
    expect(defaultPlaceOfService(encounter("AMB"), at)).toBe("23");
  });

  it("accepts the system spelt place-of-service or place_of_service in any case", () => {
    const at = (system: string) => location([{ coding: [{ system, code: "22" }] }]);
    expect(["http://example.org/place-of-service", "urn:x:PLACE_OF_SERVICE", "http://example.org/placeofservice"].map((s) => defaultPlaceOfService(encounter("AMB"), at(s)))).toStrictEqual(["22", "22", "22"]);
  });

  it("falls back to the encounter class when the Location's type names no place of service", () => {
    const at = location([{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode", code: "HOSP" }] }]);
    expect(defaultPlaceOfService(encounter("AMB"), at)).toBe("11");
  });

  it("falls back to the encounter class for a Location without type, and reads the class in any case", () => {
    expect(defaultPlaceOfService(encounter("emer"), location(undefined))).toBe("23");
  });

  it("maps each encounter class it knows and says nothing for others", () => {
    const classes = ["AMB", "VR", "HH", "EMER", "IMP", "ACUTE", "NONAC", "OBSENC", "SS", "FLD"];
    expect(classes.map((c) => defaultPlaceOfService(encounter(c), undefined))).toStrictEqual(["11", "10", "12", "23", "21", "21", "21", "22", "24", undefined]);
  });

  it("says nothing without an encounter, without a class code, or when a server sent an encounter without class", () => {
    // Encounter.class is required in R4, but a server may still leave it out.
    const classless = { resourceType: "Encounter", status: "finished" } as Encounter;
    expect([defaultPlaceOfService(undefined, undefined), defaultPlaceOfService(encounter(undefined), undefined), defaultPlaceOfService(classless, undefined)])
      .toStrictEqual([undefined, undefined, undefined]);
  });
});
