import { describe, expect, it } from "vitest";
import { checkNewEstablished, threeYearsBefore } from "../../../../src/billing/scrub/rule-em-new-established.ts";
import type { PriorService, ScrubContext } from "../../../../src/billing/scrub/scrub-context.ts";
import type { LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// em-new-established, read whole: which earlier service makes the patient established (the same
// practitioner, a group colleague of the same specialty, a colleague whose specialty is unknown),
// the 3-year window's two ends, which of several services is named, the established code offered
// for a new-patient one and the new code for an established one; silence without prior services.
const ME = "Practitioner/me";
const GROUP = "Organization/o1"; // the claim's billing provider (claim-builder's default)
const check = (lines: LineSpec[], priorServices: PriorService[] | undefined, extra: Omit<ScrubContext, "index"> = {}) =>
  checkNewEstablished(ruleInput({ diagnoses: ["E11.9"], lines, careTeam: [ME] }, { priorServices, ...extra }));
const warning = (index: number, text: string) => expected("em-new-established", "warning", "business-rule", text, [`Claim.item[${index}].productOrService`]);
const information = (index: number, text: string) => expected("em-new-established", "information", "business-rule", text, [`Claim.item[${index}].productOrService`]);
const newBilled = (line: number, code: string, by: string, how: string, date: string, established: string) =>
  `Line ${line} bills new-patient ${code}, but the patient had a professional service from ${by}${how} on ${date} (within 3 years): bill the established-patient code ${established} instead.`;
const establishedBilled = (line: number, code: string, date: string, newCode: string) =>
  `Line ${line} bills established-patient ${code}, but no professional service from this practitioner, or from the same specialty in the group, is recorded in the 3 years before ${date}: if the patient is new, bill ${newCode}.`;
const UNKNOWN = " (same group; the specialties are not known, so check that it was a different specialty before billing a new-patient visit)";

describe("em-new-established finding", () => {
  it("says nothing when earlier services are unknown; with none recorded an established visit is questioned", () => {
    expect(check([{ code: "99213" }], undefined)).toStrictEqual([]);
    expect(check([{ code: "99213" }, { code: "36415" }, { code: "99395" }], [])).toStrictEqual([
      information(0, establishedBilled(1, "99213", "2026-05-12", "99203")),
      information(2, establishedBilled(3, "99395", "2026-05-12", "99385")),
    ]);
  });

  it("the same practitioner within 3 years: bill the established code; nothing for an established code", () => {
    const prior = [{ date: "2024-01-15T09:30:00Z", practitioner: ME }];
    expect(check([{ code: "99204" }, { code: "99383" }], prior)).toStrictEqual([
      warning(0, newBilled(1, "99204", ME, "", "2024-01-15", "99214")),
      warning(1, newBilled(2, "99383", ME, "", "2024-01-15", "99393")),
    ]);
    expect(check([{ code: "99214" }, { code: "81002" }], prior)).toStrictEqual([]);
  });

  it("the window is the 3 years before the date of service: its first day counts, the day before and the same day do not", () => {
    expect(check([{ code: "99203" }], [{ date: "2023-05-12", practitioner: ME }])).toStrictEqual([warning(0, newBilled(1, "99203", ME, "", "2023-05-12", "99213"))]);
    expect(check([{ code: "99203" }], [{ date: "2023-05-11", practitioner: ME }])).toStrictEqual([]);
    expect(check([{ code: "99203" }], [{ date: "2026-05-12", practitioner: ME }])).toStrictEqual([]);
    expect(check([{ code: "99213" }], [{ date: "2026-05-12", practitioner: ME }])).toStrictEqual([information(0, establishedBilled(1, "99213", "2026-05-12", "99203"))]);
  });

  it("each line is judged on its own date", () => {
    const prior = [{ date: "2023-05-20", practitioner: ME }];
    expect(check([{ code: "99203", date: "2026-05-19" }, { code: "99203", date: "2026-05-21" }], prior)).toStrictEqual([
      warning(0, newBilled(1, "99203", ME, "", "2023-05-20", "99213")),
    ]);
  });

  it("a group colleague counts only in the same specialty; when either specialty is unknown the text says to check", () => {
    const colleague = (specialties?: string[]): PriorService => ({ date: "2025-03-01", practitioner: "Practitioner/other", organization: GROUP, ...(specialties ? { specialties } : {}) });
    const mine = { specialties: ["207Q00000X", "207R00000X"] };
    expect(check([{ code: "99205" }], [colleague(["207R00000X"])], mine)).toStrictEqual([
      warning(0, newBilled(1, "99205", "Practitioner/other", " (same group, same specialty)", "2025-03-01", "99215")),
    ]);
    expect(check([{ code: "99205" }], [colleague(["208D00000X"])], mine)).toStrictEqual([]);
    expect(check([{ code: "99205" }], [colleague(["208D00000X", "207Q00000X"])], mine)).toStrictEqual([
      warning(0, newBilled(1, "99205", "Practitioner/other", " (same group, same specialty)", "2025-03-01", "99215")),
    ]);
    expect(check([{ code: "99215" }], [colleague(["208D00000X"])], mine)).toStrictEqual([information(0, establishedBilled(1, "99215", "2026-05-12", "99205"))]);
    expect(check([{ code: "99205" }], [colleague()], mine)).toStrictEqual([warning(0, newBilled(1, "99205", "Practitioner/other", UNKNOWN, "2025-03-01", "99215"))]);
    expect(check([{ code: "99205" }], [colleague([])], mine)).toStrictEqual([warning(0, newBilled(1, "99205", "Practitioner/other", UNKNOWN, "2025-03-01", "99215"))]);
    expect(check([{ code: "99205" }], [colleague(["207R00000X"])], { specialties: [] })).toStrictEqual([warning(0, newBilled(1, "99205", "Practitioner/other", UNKNOWN, "2025-03-01", "99215"))]);
    expect(check([{ code: "99205" }], [colleague(["207R00000X"])])).toStrictEqual([warning(0, newBilled(1, "99205", "Practitioner/other", UNKNOWN, "2025-03-01", "99215"))]);
  });

  it("a service with no practitioner is named by its group; another group's or an unattributed service does not count", () => {
    expect(check([{ code: "99202" }], [{ date: "2025-03-01", organization: GROUP }])).toStrictEqual([warning(0, newBilled(1, "99202", GROUP, UNKNOWN, "2025-03-01", "99212"))]);
    expect(check([{ code: "99202" }], [{ date: "2025-03-01", practitioner: "Practitioner/other", organization: "Organization/elsewhere" }, { date: "2025-04-01" }])).toStrictEqual([]);
  });

  it("the closest relation is named, whatever the order of the services: same practitioner, then same specialty, then unknown specialty", () => {
    const unknown: PriorService = { date: "2026-01-01", practitioner: "Practitioner/a", organization: GROUP };
    const sameSpecialty: PriorService = { date: "2025-01-01", practitioner: "Practitioner/b", organization: GROUP, specialties: ["207Q00000X"] };
    const same: PriorService = { date: "2024-01-01", practitioner: ME };
    const mine = { specialties: ["207Q00000X"] };
    expect(check([{ code: "99204" }], [unknown, sameSpecialty, same], mine)).toStrictEqual([warning(0, newBilled(1, "99204", ME, "", "2024-01-01", "99214"))]);
    expect(check([{ code: "99204" }], [unknown, sameSpecialty], mine)).toStrictEqual([warning(0, newBilled(1, "99204", "Practitioner/b", " (same group, same specialty)", "2025-01-01", "99214"))]);
  });

  it("the billing provider and every care team member are this claim's clinicians", () => {
    const prior = [{ date: "2025-06-01", practitioner: "Practitioner/second" }];
    const input = ruleInput({ diagnoses: ["E11.9"], lines: [{ code: "99203" }], careTeam: [ME, "Practitioner/second"] }, { priorServices: prior });
    expect(checkNewEstablished(input)).toStrictEqual([warning(0, newBilled(1, "99203", "Practitioner/second", "", "2025-06-01", "99213"))]);
    const byProvider = ruleInput({ diagnoses: ["E11.9"], lines: [{ code: "99203" }], provider: "Practitioner/solo" }, { priorServices: [{ date: "2025-06-01", practitioner: "Practitioner/solo" }] });
    expect(checkNewEstablished(byProvider)).toStrictEqual([warning(0, newBilled(1, "99203", "Practitioner/solo", "", "2025-06-01", "99213"))]);
  });
});

describe("three years before", () => {
  it("keeps the month and day, pads the year, and moves Feb 29 to Feb 28", () => {
    expect(threeYearsBefore("2026-05-12")).toBe("2023-05-12");
    expect(threeYearsBefore("2024-02-29")).toBe("2021-02-28");
    expect(threeYearsBefore("2024-02-28")).toBe("2021-02-28");
    expect(threeYearsBefore("0005-01-31")).toBe("0002-01-31");
  });
});
