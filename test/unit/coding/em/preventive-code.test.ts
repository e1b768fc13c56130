import { describe, expect, it } from "vitest";
import { preventiveCode } from "../../../../src/coding/em/preventive-code.ts";

const BORN = "2000-06-15";

describe("preventiveCode: age bands on the date of service, birthdays count on the day", () => {
  it.each([
    ["2000-06-15", 0, "99381", "99391"],
    ["2001-06-14", 0, "99381", "99391"],
    ["2001-06-15", 1, "99382", "99392"],
    ["2005-06-14", 4, "99382", "99392"],
    ["2005-06-15", 5, "99383", "99393"],
    ["2012-06-14", 11, "99383", "99393"],
    ["2012-06-15", 12, "99384", "99394"],
    ["2018-06-14", 17, "99384", "99394"],
    ["2018-06-15", 18, "99385", "99395"],
    ["2040-06-14", 39, "99385", "99395"],
    ["2040-06-15", 40, "99386", "99396"],
    ["2065-06-14", 64, "99386", "99396"],
    ["2065-06-15", 65, "99387", "99397"],
    ["2099-01-01", 98, "99387", "99397"],
  ])("on %s (age %i): new %s, established %s", (dateOfService, age, newCode, establishedCode) => {
    expect(preventiveCode(BORN, dateOfService, "new")).toMatchObject({ code: newCode, ageYears: age });
    expect(preventiveCode(BORN, dateOfService, "established")).toMatchObject({ code: establishedCode, ageYears: age });
  });

  it("a Feb 29 birthday turns a year older on Mar 1 in common years", () => {
    expect(preventiveCode("2004-02-29", "2005-02-28", "new")).toMatchObject({ code: "99381", ageYears: 0 });
    expect(preventiveCode("2004-02-29", "2005-03-01", "new")).toMatchObject({ code: "99382", ageYears: 1 });
  });

  it("accepts dateTimes and refuses a visit before birth or a malformed date", () => {
    expect(preventiveCode("1960-01-10", "2025-01-10T09:30:00-05:00", "established")?.code).toBe("99397");
    expect(preventiveCode(BORN, "1999-12-31", "new")).toBeUndefined();
    expect(preventiveCode("June 2000", "2025-01-01", "new")).toBeUndefined();
  });

  it("labels in our own words", () => {
    expect(preventiveCode(BORN, "2030-01-01", "new")?.label).toBe("Preventive visit, new patient, age 18-39");
  });
});
