import { describe, expect, it } from "vitest";
import type { CpuInfo } from "node:os";
import { busyCpus, cpuTimes, loadFactor } from "../../../scripts/ambient-load.ts";
import { isAllowed, judgeDurations, limitForLoad, playwrightTimes, vitestTimes, type SlowTestAllowance, type TestTime } from "../../../scripts/test-durations.ts";

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

  describe("allowing for load from other programs", () => {
    const cpu = (user: number, nice: number, sys: number, idle: number, irq: number): CpuInfo => ({ model: "x", speed: 1, times: { user, nice, sys, idle, irq } });

    it("sums busy and total time over every CPU; idle is the only time not busy", () => {
      expect(cpuTimes([cpu(100, 5, 20, 800, 3), cpu(50, 0, 10, 900, 1)])).toEqual({ busy: 189, total: 1889 });
    });

    it("counts the CPUs kept busy in the interval, not since boot", () => {
      const before = { busy: 10_000, total: 40_000 };
      expect(busyCpus(before, { busy: 13_000, total: 44_000 }, 2)).toBeCloseTo(1.5, 10);
      expect(busyCpus(before, { busy: 10_000, total: 44_000 }, 2)).toBe(0);
      expect(busyCpus(before, { busy: 14_000, total: 44_000 }, 2)).toBe(2);
      expect(busyCpus(before, before, 2)).toBe(0);
    });

    it("grows the limit by (cores + busy) / cores, never below 1 nor above 3", () => {
      expect(loadFactor(0, 2)).toBe(1);
      expect(loadFactor(1, 2)).toBe(1.5);
      expect(loadFactor(2, 2)).toBe(2);
      expect(loadFactor(2, 4)).toBe(1.5);
      expect(loadFactor(16, 2)).toBe(3);
      expect(loadFactor(-1, 2)).toBe(1);
      expect(loadFactor(Number.NaN, 2)).toBe(1);
    });

    it("takes the larger of the samples before and after the suites; without samples the limit is the base", () => {
      expect(limitForLoad(10_000, "0.10,1.90", 2)).toEqual({ limitMs: 19_500, busy: 1.9, factor: 1.95 });
      expect(limitForLoad(10_000, "2.00,0.02", 2)).toEqual({ limitMs: 20_000, busy: 2, factor: 2 });
      expect(limitForLoad(10_000, undefined, 2)).toEqual({ limitMs: 10_000, busy: 0, factor: 1 });
      expect(limitForLoad(10_000, "junk,", 2)).toEqual({ limitMs: 10_000, busy: 0, factor: 1 });
    });

    it("a 12.8 s test passes under both CPUs kept busy elsewhere and fails on a quiet machine", () => {
      const times = [t("test/e2e/launch.spec.ts", "token refresh", 12_800)];
      expect(judgeDurations(times, [], limitForLoad(10_000, "2.00,1.98", 2).limitMs).unexplained).toEqual([]);
      expect(judgeDurations(times, [], limitForLoad(10_000, "0.03,0.05", 2).limitMs).unexplained).toEqual(times);
    });
  });
});
