import type { Encounter } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { classifyPatientStatus } from "../../../../src/coding/em/patient-status.ts";

const DOS = "2025-03-15";
const context = { practitionerRefs: ["Practitioner/dr-a"], organizationRef: "Organization/clinic", dateOfService: DOS };

function visit(start: string, extra: Partial<Encounter> = {}): Encounter {
  return {
    resourceType: "Encounter", status: "finished", class: { code: "AMB" }, period: { start },
    participant: [{ individual: { reference: "Practitioner/dr-a" } }], ...extra,
  };
}

describe("classifyPatientStatus: 3 years back from the date of service", () => {
  it.each([
    ["exactly 3 years before", "2022-03-15", "established"],
    ["3 years and 1 day before", "2022-03-14", "new"],
    ["the day before", "2025-03-14", "established"],
    ["the same day (the visit itself)", "2025-03-15T08:00:00Z", "new"],
    ["after the date of service", "2025-04-01", "new"],
  ])("a finished visit %s -> %s", (_name, start, status) => {
    expect(classifyPatientStatus([visit(start)], context).status).toBe(status);
  });

  it("counts the same organization with another practitioner", () => {
    const other = visit("2024-01-10", { participant: [{ individual: { reference: "Practitioner/dr-b" } }], serviceProvider: { reference: "Organization/clinic" } });
    expect(classifyPatientStatus([other], context)).toMatchObject({ status: "established", lastVisit: "2024-01-10" });
  });

  it("ignores another practitioner of another organization", () => {
    const other = visit("2024-01-10", { participant: [{ individual: { reference: "Practitioner/dr-b" } }], serviceProvider: { reference: "Organization/elsewhere" } });
    expect(classifyPatientStatus([other], context).status).toBe("new");
  });

  it.each(["planned", "cancelled", "entered-in-error", "in-progress"] as const)("ignores a %s encounter", (status) => {
    expect(classifyPatientStatus([visit("2024-06-01", { status })], context).status).toBe("new");
  });

  it("reports the most recent qualifying visit, using period.end when start is missing", () => {
    const result = classifyPatientStatus([visit("2023-01-01"), visit("2024-11-20"), visit("", { period: { end: "2024-12-05T10:00:00Z" } })], context);
    expect(result).toMatchObject({ status: "established", lastVisit: "2024-12-05" });
    expect(result.reason).toContain("2024-12-05");
  });

  it("new with no history at all, and says the window it looked at", () => {
    const result = classifyPatientStatus([], context);
    expect(result.status).toBe("new");
    expect(result.reason).toContain("2022-03-15");
    expect(result.lastVisit).toBeUndefined();
  });
});
