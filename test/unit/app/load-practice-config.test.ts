import { describe, expect, it } from "vitest";
import { MPFS_ARTIFACT } from "../../../src/app/default-fees.ts";
import { DEFAULT_FEE_SCHEDULE, DEFAULT_FEES_KEY, FEE_SCHEDULE_NAME_KEY, loadPracticeConfig } from "../../../src/app/load-practice-config.ts";

const BASE = "https://app.example/index.html";
const CONFIG = { submitter: { name: "Practice", id: "P1" }, receiver: { name: "CH", id: "CH1" } };
const FEES = { name: "Test fees", effective: "2026-01-01", currency: "USD", fees: { "99213": { amount: 100 } } };

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

/** Files answered only when the test releases them; records when each was asked. */
function slowFiles(files: Record<string, unknown>) {
  const asked: string[] = [];
  const release: (() => void)[] = [];
  const fetcher = ((input: string | URL) => {
    const name = new URL(String(input)).pathname.slice(1);
    asked.push(name);
    return new Promise<Response>((resolve) => release.push(() => resolve(name in files ? Response.json(files[name]) : new Response("", { status: 404 }))));
  }) as typeof fetch;
  return { fetcher, asked, releaseAll: () => release.splice(0).forEach((r) => r()) };
}

describe("reading the practice's files", () => {
  it("asks for billing-config.json and the fee schedule at the same time", async () => {
    const files = slowFiles({ "billing-config.json": { ...CONFIG, feeSchedule: DEFAULT_FEE_SCHEDULE }, [DEFAULT_FEE_SCHEDULE]: FEES });
    const loading = loadPracticeConfig({ fetch: files.fetcher, base: BASE, storage: memoryStorage() });
    await Promise.resolve();
    expect(files.asked).toEqual(expect.arrayContaining(["billing-config.json", DEFAULT_FEE_SCHEDULE])); // both asked before either answered
    files.releaseAll();
    const config = await loading;
    expect(config.problems.filter((p) => p.includes("billing-config") || p.includes(DEFAULT_FEE_SCHEDULE))).toEqual([]);
    expect(config.billing?.submitter.id).toBe("P1");
    expect(config.chargeFor("99213", [])).toBe(100);
  });

  it("reads the file the config names when it is another one, and asks for that one first next time", async () => {
    const storage = memoryStorage();
    const files = { "billing-config.json": { ...CONFIG, feeSchedule: "our-fees.json" }, [DEFAULT_FEE_SCHEDULE]: { ...FEES, fees: { "99213": { amount: 1 } } }, "our-fees.json": FEES };
    const first = slowFiles(files);
    const loading = loadPracticeConfig({ fetch: first.fetcher, base: BASE, storage });
    for (let i = 0; i < 5 && first.asked.length < 3; i++) { first.releaseAll(); await new Promise((r) => setTimeout(r, 0)); }
    first.releaseAll();
    const config = await loading;
    expect(first.asked.slice(0, 2)).toEqual(expect.arrayContaining(["billing-config.json", DEFAULT_FEE_SCHEDULE]));
    expect(first.asked.indexOf("our-fees.json")).toBeGreaterThan(first.asked.indexOf("billing-config.json"));
    expect(config.chargeFor("99213", [])).toBe(100); // the named file's charge, not the sample's
    expect(storage.getItem(FEE_SCHEDULE_NAME_KEY)).toBe("our-fees.json");

    const second = slowFiles(files);
    const again = loadPracticeConfig({ fetch: second.fetcher, base: BASE, storage });
    await Promise.resolve();
    expect(second.asked).toEqual(expect.arrayContaining(["billing-config.json", "our-fees.json"]));
    expect(second.asked).not.toContain(DEFAULT_FEE_SCHEDULE);
    second.releaseAll();
    expect((await again).chargeFor("99213", [])).toBe(100);
  });

  it("reads the MPFS default fees after the config that asks for them, and with billing-config.json from then on", async () => {
    const storage = memoryStorage();
    const files = { "billing-config.json": { ...CONFIG, defaultFees: { locality: "14212-01" } }, [DEFAULT_FEE_SCHEDULE]: FEES };
    const first = slowFiles(files);
    const loading = loadPracticeConfig({ fetch: first.fetcher, base: BASE, storage });
    await Promise.resolve();
    expect(first.asked).not.toContain(MPFS_ARTIFACT);
    for (let i = 0; i < 5 && !first.asked.includes(MPFS_ARTIFACT); i++) { first.releaseAll(); await new Promise((r) => setTimeout(r, 0)); }
    first.releaseAll();
    await loading;
    expect(first.asked.indexOf(MPFS_ARTIFACT)).toBeGreaterThan(first.asked.indexOf("billing-config.json"));
    expect(storage.getItem(DEFAULT_FEES_KEY)).toBe("yes");

    const second = slowFiles(files);
    const again = loadPracticeConfig({ fetch: second.fetcher, base: BASE, storage });
    await Promise.resolve();
    expect(second.asked).toEqual(expect.arrayContaining(["billing-config.json", DEFAULT_FEE_SCHEDULE, MPFS_ARTIFACT])); // all before any answered
    second.releaseAll();
    expect(second.asked.filter((name) => name === MPFS_ARTIFACT)).toHaveLength(1);
    await again;
    expect(second.asked.filter((name) => name === MPFS_ARTIFACT)).toHaveLength(1);
  });

  it("asks for the MPFS artifact by its content-addressed name, whether with the config or after it", async () => {
    const hashed = "mpfs/mpfs-rvu-2025.json.0123456789ab.gz";
    const artifacts = { [MPFS_ARTIFACT]: { path: hashed, hash: "0123456789ab" } };
    const files = { "billing-config.json": { ...CONFIG, defaultFees: {} }, [DEFAULT_FEE_SCHEDULE]: FEES };
    for (const remembered of [{}, { [DEFAULT_FEES_KEY]: "yes" }] as Record<string, string>[]) {
      const launch = slowFiles(files);
      const loading = loadPracticeConfig({ fetch: launch.fetcher, base: BASE, storage: memoryStorage(remembered), artifacts });
      for (let i = 0; i < 5 && !launch.asked.includes(hashed); i++) { launch.releaseAll(); await new Promise((r) => setTimeout(r, 0)); }
      launch.releaseAll();
      await loading;
      expect(launch.asked.filter((name) => name.startsWith("mpfs/"))).toEqual([hashed]);
    }
  });

  it("reports a missing fee schedule and still answers", async () => {
    const files = slowFiles({ "billing-config.json": CONFIG });
    const loading = loadPracticeConfig({ fetch: files.fetcher, base: BASE, storage: memoryStorage() });
    await Promise.resolve();
    files.releaseAll();
    const config = await loading;
    expect(config.problems).toContain(`${DEFAULT_FEE_SCHEDULE} could not be read (HTTP 404).`);
    expect(config.chargeFor("99213", [])).toBe(0);
  });
});
