import { describe, expect, it } from "vitest";
import { canReadAcrossPatients } from "../../../src/smart/granted-scopes.ts";

describe("canReadAcrossPatients", () => {
  it.each([
    ["launch openid fhirUser user/*.rs", true],
    ["user/Encounter.rs user/Patient.rs", true],
    ["user/Encounter.read user/Patient.read", true],
    ["user/*.*", true],
    ["user/Encounter.r user/Encounter.s user/Patient.cruds", true],
    ["system/*.rs", true],
    ["launch patient/*.rs", false],
    ["patient/*.cruds user/Practitioner.rs", false],
    ["user/Encounter.rs", false],
    ["user/Encounter.r user/Patient.rs", false],
    ["user/Encounter.rs?status=finished user/Patient.rs", false],
    ["", true],
  ])("%s: %s", (scope, expected) => {
    expect(canReadAcrossPatients(scope, ["Encounter", "Patient"])).toBe(expected);
  });
});
