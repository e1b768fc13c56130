import { beforeAll, describe, expect, it } from "vitest";
import { CPT, HCPCS, ICD10CM } from "../../../../src/coding/systems.ts";
import { fixtureNames, readFixture } from "./fixture-draft.ts";
import { indexR4Definitions, r4Errors } from "./r4-validation.ts";

beforeAll(() => indexR4Definitions());

describe.each(fixtureNames())("fixture encounter %s", (name) => {
  const resources = readFixture(name);

  it("holds a whole billable visit", () => {
    const types = new Set(resources.map((r) => r.resourceType));
    for (const type of ["Patient", "Encounter", "Coverage", "Practitioner", "Organization", "Location", "Condition", "Procedure"]) {
      expect(types, type).toContain(type);
    }
  });

  it("codes conditions in ICD-10-CM and procedures in CPT or HCPCS", () => {
    for (const r of resources) {
      if (r.resourceType === "Condition") expect(r.code?.coding?.[0]?.system).toBe(ICD10CM);
      if (r.resourceType === "Procedure") expect([CPT, HCPCS]).toContain(r.code?.coding?.[0]?.system);
    }
  });

  it("is valid R4, resource by resource", () => {
    for (const resource of resources) expect(r4Errors(resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
  });
});
