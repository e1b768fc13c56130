import { describe, expect, it } from "vitest";
import { isAllowed, judgeDurations, playwrightTimes, vitestTimes, type SlowTestAllowance, type TestTime } from "../../../scripts/test-durations.ts";

const t = (file: string, name: string, ms: number): TestTime => ({ file, name, ms });

describe("test durations", () => {
  const allowances: SlowTestAllowance[] = [
    { file: "test/e2e/a.spec.ts", test: "slow flow", reason: "Waits for the payer's 3 s answer." },
    { file: "test/e2e/b.spec.ts", reason: "Every test here launches two browsers." },
    { file: "test/e2e/c.spec.ts", test: "terse", reason: "slow" },
  ];

  it("names the ten slowest, slowest first", () => {
    const times = Array.from({ length: 12 }, (_, i) => t("test/unit/x.test.ts", `test ${i}`, i * 100));
    const { slowest } = judgeDurations(times, [], 10_000);
    expect(slowest.map((s) => s.name)).toEqual(["test 11", "test 10", "test 9", "test 8", "test 7", "test 6", "test 5", "test 4", "test 3", "test 2"]);
  });

  it("refuses a test over the limit unless its file (and name, when given) has a reason", () => {
    const times = [
      t("test/e2e/a.spec.ts", "slow flow", 12_000),
      t("test/e2e/a.spec.ts", "another flow", 12_000),
      t("test/e2e/b.spec.ts", "anything", 30_000),
      t("test/e2e/c.spec.ts", "terse", 11_000),
      t("test/unit/fast.test.ts", "at the limit", 10_000),
    ];
    const { unexplained } = judgeDurations(times, allowances, 10_000);
    expect(unexplained.map((u) => `${u.file} > ${u.name}`)).toEqual(["test/e2e/a.spec.ts > another flow", "test/e2e/c.spec.ts > terse"]);
  });

  it("a reason of a word or two is no reason", () => {
    expect(isAllowed(t("test/e2e/c.spec.ts", "terse", 11_000), allowances)).toBe(false);
  });

  it("reads both reports: Vitest's full names and Playwright's nested suites", () => {
    const root = new URL("../../..", import.meta.url).pathname;
    const vitest = vitestTimes({ testResults: [{ name: `${root}test/unit/x.test.ts`, assertionResults: [{ fullName: "group case", duration: 42 }, { fullName: "no time", duration: null }] }] });
    expect(vitest).toEqual([t("test/unit/x.test.ts", "group case", 42), t("test/unit/x.test.ts", "no time", 0)]);
    const playwright = playwrightTimes({ suites: [{ title: "a.spec.ts", specs: [{ title: "top", file: "a.spec.ts", tests: [{ results: [{ duration: 5 }] }] }], suites: [{ title: "inner", specs: [{ title: "deep", file: "a.spec.ts", tests: [{ results: [{ duration: 7 }] }] }] }] }] });
    expect(playwright).toEqual([t("test/e2e/a.spec.ts", "top", 5), t("test/e2e/a.spec.ts", "inner deep", 7)]);
  });
});
