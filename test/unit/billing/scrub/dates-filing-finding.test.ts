import { describe, expect, it } from "vitest";
import { checkFutureDate, checkTimelyFiling } from "../../../../src/billing/scrub/rule-dates-filing.ts";
import type { ScrubContext } from "../../../../src/billing/scrub/scrub-context.ts";
import { DOS, type LineSpec } from "./claim-builder.ts";
import { expected, ruleInput } from "./rule-input.ts";

// dos-future and timely-filing, read whole: the line, its date and today; tomorrow a warning with the
// time-zone hint, later an error without it; the earliest dated line (whatever its position, lines
// without a date passed over), the days past or left, the limit, and both edges: 30 days left is
// noted, 31 is not; 0 days left is still "in 0 days" (information), 1 day past is a warning.
const input = (lines: LineSpec[], context: Omit<ScrubContext, "index">) => ruleInput({ diagnoses: ["I10"], lines }, context);
const future = (index: number, code: string, date: string, zone: boolean) =>
  expected("dos-future", zone ? "warning" : "error", "invalid", `Line ${index + 1} (${code}) is dated ${date}, after today (${DOS}): a service is billed once it has been given; correct the date${zone ? " (or, if the EMR's time zone is ahead, acknowledge)" : ""}.`, [`Claim.item[${index}].servicedDate`]);
const past = (first: string, days: number, limit: number) =>
  expected("timely-filing", "warning", "business-rule", `The claim's earliest date of service (${first}) is ${days} days past the payer's filing limit of ${limit} days: payers deny late claims; submit only with proof of timely filing or an exception, otherwise write the charge off.`, ["Claim.item"]);
const near = (first: string, days: number, limit: number) =>
  expected("timely-filing", "information", "business-rule", `The claim's earliest date of service (${first}) reaches the payer's filing limit of ${limit} days in ${days} days: submit it now.`, ["Claim.item"]);

describe("dos-future finding", () => {
  it("tomorrow is a warning with the time-zone hint, a later day an error without it, each on its line", () => {
    const lines = [{ code: "99213" }, { code: "96372", date: "2026-05-13" }, { code: "36415", date: "2026-05-20" }];
    expect(checkFutureDate(input(lines, { today: DOS }))).toStrictEqual([future(1, "96372", "2026-05-13", true), future(2, "36415", "2026-05-20", false)]);
  });

  it("lines dated today, in the past or without a date, and a claim without today: no finding", () => {
    expect(checkFutureDate(input([{ code: "99213" }, { code: "96372", date: "2026-05-01" }, { code: "36415", date: "" }], { today: DOS }))).toStrictEqual([]);
    expect(checkFutureDate(input([{ code: "99213", date: "2026-05-20" }], {}))).toStrictEqual([]);
  });
});

describe("timely-filing finding", () => {
  it("the earliest date counts even when a later line comes first: days past the payer's limit", () => {
    const lines = [{ code: "99213" }, { code: "96372", date: "2026-02-01" }];
    expect(checkTimelyFiling(input(lines, { today: "2026-06-01", filingLimitDays: 90 }))).toStrictEqual([past("2026-02-01", 30, 90)]);
  });

  it("a line without a date is passed over", () => {
    const lines = [{ code: "99213", date: "" }, { code: "96372", date: "2026-02-01" }];
    expect(checkTimelyFiling(input(lines, { today: "2026-06-01", filingLimitDays: 90 }))).toStrictEqual([past("2026-02-01", 30, 90)]);
  });

  it("Medicare's 365 days when the context names no limit", () => {
    expect(checkTimelyFiling(input([{ code: "99213" }], { today: "2027-05-20" }))).toStrictEqual([past(DOS, 8, 365)]);
  });

  it("edges: 1 day past warns, 0 and 30 days left are noted, 31 days left is not", () => {
    const at = (today: string) => checkTimelyFiling(input([{ code: "99213" }], { today, filingLimitDays: 90 }));
    expect(at("2026-08-11")).toStrictEqual([past(DOS, 1, 90)]);
    expect(at("2026-08-10")).toStrictEqual([near(DOS, 0, 90)]);
    expect(at("2026-07-11")).toStrictEqual([near(DOS, 30, 90)]);
    expect(at("2026-07-10")).toStrictEqual([]);
  });

  it("a claim without today, or whose lines have no date: no finding", () => {
    expect(checkTimelyFiling(input([{ code: "99213" }], {}))).toStrictEqual([]);
    expect(checkTimelyFiling(input([{ code: "99213", date: "" }], { today: "2027-05-20" }))).toStrictEqual([]);
  });
});
