import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultFeesOf, MPFS_ARTIFACT, mpfsArtifactPath, readMpfsArtifact } from "../../../src/app/default-fees.ts";
import { chargeForPractice } from "../../../src/coding/fee-schedule/price-line.ts";

const BASE = "https://app.example/index.html";
const bytes = readFileSync(resolve(import.meta.dirname, "../../../public", MPFS_ARTIFACT));
const serve = (status: number) => (async (input: string | URL) => {
  expect(String(input)).toBe(`https://app.example/${MPFS_ARTIFACT}`);
  return status === 200 ? new Response(bytes) : new Response("", { status });
}) as typeof fetch;
const CONFIG = { submitter: { name: "P", id: "P" }, receiver: { name: "C", id: "C" } };

describe("the default fee schedule read by the app", () => {
  it("reads the gzipped artifact and prices by the configured locality and multiplier", async () => {
    const artifact = await readMpfsArtifact(serve(200), BASE);
    if (typeof artifact === "string") throw new Error(artifact);
    const problems: string[] = [];
    const chargeFor = chargeForPractice(undefined, defaultFeesOf(artifact, { ...CONFIG, defaultFees: { locality: "14212-01", multiplier: 1.5 } }, problems));
    expect(problems).toEqual([]);
    expect(chargeFor("99213", [], "11")).toBe(148.47); // 98.98 x 1.5, to the cent
    expect(chargeFor("99213", [], "21")).toBeLessThan(chargeFor("99213", [], "11")); // facility rate
  });

  it("an unknown locality is a problem, and national amounts are used", async () => {
    const artifact = await readMpfsArtifact(serve(200), BASE);
    if (typeof artifact === "string") throw new Error(artifact);
    const problems: string[] = [];
    const fees = defaultFeesOf(artifact, { ...CONFIG, defaultFees: { locality: "99999-99" } }, problems);
    expect(problems).toEqual([expect.stringMatching(/defaultFees.locality "99999-99" is not a CY2025 Medicare payment locality/)]);
    expect(chargeForPractice(undefined, fees)("99213", [], "11")).toBe(88.95);
  });

  it("fetches the artifact by the content-addressed name the build gives it", async () => {
    const names = { [MPFS_ARTIFACT]: { path: "mpfs/mpfs-rvu-2025.json.0123456789ab.gz", hash: "0123456789ab" } };
    expect(mpfsArtifactPath(names)).toBe("mpfs/mpfs-rvu-2025.json.0123456789ab.gz");
    expect(mpfsArtifactPath({})).toBe(MPFS_ARTIFACT); // no build manifest (vite dev serves public/ as is)
    const asked: string[] = [];
    const fetcher = (async (input: string | URL) => {
      asked.push(String(input));
      return String(input).endsWith(".0123456789ab.gz") ? new Response(bytes) : new Response("", { status: 404 });
    }) as typeof fetch;
    const artifact = await readMpfsArtifact(fetcher, BASE, names);
    expect(asked).toEqual(["https://app.example/mpfs/mpfs-rvu-2025.json.0123456789ab.gz"]);
    expect(typeof artifact === "string" ? artifact : artifact.year).toBe(2025);
  });

  it("a missing artifact leaves lines unpriced and says why", async () => {
    const missing = await readMpfsArtifact(serve(404), BASE);
    expect(missing).toMatch(/could not be read \(HTTP 404\)/);
    const chargeFor = chargeForPractice(undefined, undefined, missing as string);
    expect(chargeFor("99213", [])).toBe(0);
    expect(chargeFor.why?.("99213", [])).toMatch(/^No price: 99213 is not in the practice fee schedule, and the default fee schedule .* could not be read \(HTTP 404\)\. Enter the charge\.$/);
  });
});
