/**
 * The browser benchmark (`npm run bench` runs it under the e2e lock): the production build served
 * by `vite preview`, the sandbox EHR, Debian's Chromium driven by Playwright. Each launch starts
 * with the click on "Launch in EHR frame" in the sandbox launcher and reads the User Timing marks
 * the app leaves (src/ui/shell/perf-marks.ts) on the same clock (epoch milliseconds):
 * encounter visible, first diagnosis suggestion, first search answer (a phrase typed as soon as
 * the box appears), keystroke to results over a fixed set of typed queries, the first review of a
 * 12-diagnosis, 20-line claim, and where the code sets came from (decoded structures in IndexedDB
 * or inflated and decoded). Cold launches use a new browser context (empty cache and storage);
 * warm launches relaunch in the same context, and count the bytes the app's own files cost.
 * Usage: npx tsx scripts/bench-browser.ts [--runs 5] [--json out.json] [--no-build]
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type BrowserContext, type Frame, type Page } from "@playwright/test";
import { freePortsSync } from "./free-ports.ts";

const root = resolve(import.meta.dirname, "..");
// The app and the sandbox listen on ports chosen free when the benchmark starts (benchBrowser).
let APP = "";
let EHR = "";
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const RUNS = Number(arg("--runs") ?? 5);

/** How clinicians type a diagnosis (not the index's own titles): the first search of each launch. */
export const FIRST_PHRASES = ["sugar diabetes with kidney disease", "high blood pressure", "chest pain on exertion", "burning on urination", "lower back pain after lifting", "sore throat and fever", "copd flare", "a fib on warfarin", "bad knee arthritis", "feeling depressed"];
/** Typed key by key after the first answer: keystroke-to-results latency. */
export const TYPED_QUERIES = ["htn", "type 2 dm w ckd", "acute bronchitis", "chf exacerbation", "left ankle sprain", "99213", "E11.9", "migraine no aura", "gerd", "vit d deficiency", "shortness of breath", "uti in pregnancy"];
/** The claim reviewed: 12 diagnoses, 20 lines (CPT/HCPCS numbers only). */
const DIAGNOSES = ["E11.22", "N18.30", "I10", "E78.5", "J45.909", "M54.50", "K21.9", "F41.1", "G47.33", "E66.9", "R51.9", "Z79.4"];
const SERVICES = ["99214", "93000", "36415", "81002", "85025", "80053", "71046", "90471", "90686", "96127", "99406", "94010", "87880", "82947", "83036", "80061", "84443", "87086", "81003", "20610"];

interface Mark { name: string; at: number; detail: unknown }
export interface LaunchFigures {
  kind: "cold" | "warm";
  encounterMs?: number;
  firstSuggestionMs?: number;
  firstSearchMs?: number;
  codeSets?: { from: string; ms: number };
  keystrokesMs: number[];
  /** Keystroke to the code worker's answer arriving on the main thread (the rest is rendering it). */
  keystrokeAnswersMs?: number[];
  reviewMs?: number;
  appBytes: number;
  appRequests: number;
  appRevalidated: number;
  appFromCache: number;
  appDownloaded: string[];
}

export function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM"); // the group is gone already, or the platform has none
  }
}

export function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so stopping it stops what npx started under it (vite preview, the sandbox).
  return spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

export async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    if (Date.now() > until) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** In the sandbox launcher at `ehr`: user pr-rivera, patient pat-epic-1, encounter enc-office-1 (not launched yet). */
export async function chooseOfficeVisit(page: Page, ehr: string): Promise<void> {
  await page.goto(`${ehr}/`);
  await page.getByLabel("User", { exact: true }).selectOption("pr-rivera");
  await page.getByLabel("Patient", { exact: true }).selectOption("pat-epic-1");
  const encounter = page.getByLabel("Encounter", { exact: true });
  await encounter.locator("option").first().waitFor({ state: "attached" });
  await encounter.selectOption("enc-office-1");
}

async function marks(frame: Frame): Promise<Mark[]> {
  return frame.evaluate(() => performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime, detail: (m as PerformanceMark).detail as unknown })));
}

async function waitForMark(frame: Frame, name: string, timeoutMs = 30_000): Promise<Mark | undefined> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = (await marks(frame).catch(() => [])).find((m) => m.name === name);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  return undefined;
}

/** The app's frame once it is on index.html. */
async function appFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 400; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(`${APP}/index.html`));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error("the app frame did not open");
}

/** Counts what the app's own origin cost over the network (CDP), from now on. */
async function watchNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const requests = new Map<string, { url: string; status?: number; wireStatus?: number; cached?: boolean }>();
  let bytes = 0;
  cdp.on("Network.requestWillBeSent", (e) => { if (e.request.url.startsWith(APP)) requests.set(e.requestId, { url: e.request.url }); });
  cdp.on("Network.responseReceived", (e) => { const r = requests.get(e.requestId); if (r) { r.status = e.response.status; r.cached = Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker); } });
  // The status on the wire: a revalidation shows 304 here while the response the page sees is the cached 200.
  cdp.on("Network.responseReceivedExtraInfo", (e) => { const r = requests.get(e.requestId); if (r) r.wireStatus = e.statusCode; });
  cdp.on("Network.requestServedFromCache", (e) => { const r = requests.get(e.requestId); if (r) r.cached = true; });
  cdp.on("Network.loadingFinished", (e) => { if (requests.has(e.requestId)) bytes += e.encodedDataLength; });
  return () => {
    const all = [...requests.values()];
    return {
      appBytes: bytes,
      appRequests: all.length,
      appRevalidated: all.filter((r) => r.status === 304 || r.wireStatus === 304).length,
      appFromCache: all.filter((r) => r.cached && r.wireStatus === undefined).length,
      appDownloaded: all.filter((r) => (r.wireStatus ?? r.status) === 200 && !(r.cached && r.wireStatus === undefined)).map((r) => new URL(r.url).pathname),
    };
  };
}

async function launch(context: BrowserContext, kind: "cold" | "warm", phrase: string, withReview: boolean): Promise<LaunchFigures> {
  const page = await context.newPage();
  const network = await watchNetwork(page);
  await chooseOfficeVisit(page, EHR);
  const button = page.getByRole("button", { name: "Launch in EHR frame" });
  await button.waitFor();
  // The launcher navigates on the click: the click's time (epoch ms) is kept in its sessionStorage.
  await page.evaluate(() => document.addEventListener("click", (e) => sessionStorage.setItem("bench:clickedAt", String(performance.timeOrigin + e.timeStamp)), { capture: true, once: true }));
  await button.click();
  const frame = await appFrame(page);
  const clickedAt = Number(await page.evaluate(() => sessionStorage.getItem("bench:clickedAt")));
  // The first search: typed as soon as the box appears.
  const box = frame.getByRole("combobox", { name: "Search codes" });
  await box.waitFor({ timeout: 30_000 });
  await box.fill(phrase);
  const [enc, sugg, search, ready] = await Promise.all(["coding:encounter-visible", "coding:first-suggestion", "coding:first-search-results", "coding:code-sets-ready"].map((n) => waitForMark(frame, n)));
  // Keystroke to results: each query typed key by key at a typist's pace.
  const before = (await marks(frame)).length;
  for (const query of TYPED_QUERIES) {
    await box.fill("");
    await box.pressSequentially(query, { delay: 70 });
    await page.waitForTimeout(150);
  }
  const typed = (await marks(frame)).slice(before);
  const keystrokesMs: number[] = [];
  const keystrokeAnswersMs: number[] = [];
  typed.forEach((m, i) => {
    if (m.name !== "coding:search-input" || !String(m.detail).trim()) return;
    const shown = typed.slice(i + 1).find((r) => r.name === "coding:search-results" && r.detail === m.detail);
    // The answer's arrival from the code worker, before React renders it.
    const arrived = typed.slice(i + 1).find((r) => r.name === "coding:search-answer" && r.detail === m.detail);
    if (shown) keystrokesMs.push(shown.at - m.at);
    if (shown && arrived) keystrokeAnswersMs.push(arrived.at - m.at);
  });
  await box.fill("");
  let reviewMs: number | undefined;
  if (withReview) {
    const clicked = await frame.evaluate(() => {
      const review = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Review claim");
      const at = performance.timeOrigin + performance.now();
      review?.click();
      return review ? at : undefined;
    });
    const checked = clicked === undefined ? undefined : await waitForMark(frame, "coding:review-checked", 30_000);
    if (clicked !== undefined && checked) reviewMs = checked.at - clicked;
  }
  const net = network();
  await page.close();
  const since = (m: Mark | undefined) => (m ? m.at - clickedAt : undefined);
  const detail = ready?.detail as { from: string; ms: number } | undefined;
  return {
    kind,
    ...(enc ? { encounterMs: since(enc) } : {}),
    ...(sugg ? { firstSuggestionMs: since(sugg) } : {}),
    ...(search ? { firstSearchMs: since(search) } : {}),
    ...(detail ? { codeSets: detail } : {}),
    keystrokesMs,
    keystrokeAnswersMs,
    ...(reviewMs !== undefined ? { reviewMs } : {}),
    ...net,
  };
}

/** The encounter's draft as the app saves it, grown to 12 diagnoses and 20 lines. */
async function reviewDraft(context: BrowserContext): Promise<{ key: string; value: string }> {
  const page = await context.newPage();
  await chooseOfficeVisit(page, EHR);
  await page.getByRole("button", { name: "Launch in EHR frame" }).click();
  const frame = await appFrame(page);
  const accept = frame.getByRole("button", { name: /^Accept / }).first();
  await accept.waitFor({ timeout: 30_000 });
  await accept.click();
  const saved = await frame.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("coding-draft:v2:"));
    return key ? { key, value: localStorage.getItem(key) as string } : undefined;
  });
  await page.close();
  if (!saved) throw new Error("the app saved no draft");
  const stored = JSON.parse(saved.value) as { draft: { diagnoses: unknown[]; lines: Record<string, unknown>[]; revision: number }; savedAt: string };
  const template = stored.draft.lines[0] ?? { system: "http://www.ama-assn.org/go/cpt", modifiers: [], units: 1, placeOfService: "11", unitCharge: 50, serviceDate: "2026-11-20" };
  stored.draft.diagnoses = DIAGNOSES.map((code) => ({ code, display: code }));
  stored.draft.lines = SERVICES.map((code, i) => ({
    ...template, id: `bench-${i + 1}`, code, display: code, modifiers: code === "20610" ? ["RT"] : [], units: 1,
    system: /^[A-Z]/.test(code) ? "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets" : "http://www.ama-assn.org/go/cpt",
    diagnosisPointers: [(i % 12) + 1], unitCharge: 50, procedureRef: undefined,
  }));
  return { key: saved.key, value: JSON.stringify(stored) };
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN; };

export interface BrowserBench { launches: LaunchFigures[]; chromium: string; runs: number }

export async function benchBrowser(options: { runs?: number; build?: boolean } = {}): Promise<BrowserBench> {
  const runs = options.runs ?? RUNS;
  if (options.build !== false) {
    const built = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (built.status !== 0) throw new Error("vite build failed");
  }
  const [appPort, ehrPort] = freePortsSync(2);
  APP = `http://localhost:${appPort}`;
  EHR = `http://localhost:${ehrPort}`;
  const servers = [
    start("npx", ["tsx", "smart-launch/main.ts"], { PORT: String(ehrPort), APP_LAUNCH_URL: `${APP}/launch.html`, QUIET: "1", SANDBOX_PROFILE: "generic", PAYER_DELAY_MS: "3000" }),
    start("npx", ["vite", "preview", "--port", String(appPort), "--strictPort"], {}),
  ];
  try {
    await Promise.all([waitFor(`${EHR}/fhir/.well-known/smart-configuration`), waitFor(`${APP}/index.html`)]);
    const browser = await chromium.launch({
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    const launches: LaunchFigures[] = [];
    try {
      const setup = await browser.newContext();
      const draft = await reviewDraft(setup);
      await setup.close();
      for (let run = 0; run < runs; run++) {
        // Cold: a new context (empty HTTP cache, IndexedDB, storage) with the review's draft in place.
        const context = await browser.newContext();
        await context.addInitScript(({ key, value, origin }) => { if (location.origin === origin) localStorage.setItem(key, value); }, { ...draft, origin: APP });
        launches.push(await launch(context, "cold", FIRST_PHRASES[run % FIRST_PHRASES.length]!, true));
        // Warm: the same context launched again.
        launches.push(await launch(context, "warm", FIRST_PHRASES[(run + 5) % FIRST_PHRASES.length]!, true));
        await context.close();
        process.stderr.write(`browser bench: run ${run + 1}/${runs}\n`);
      }
      return { launches, chromium: browser.version(), runs };
    } finally {
      await browser.close();
    }
  } finally {
    for (const s of servers) stopGroup(s);
  }
}

/** Median [min-max] of one figure over launches of a kind. */
export function spread(launches: LaunchFigures[], kind: "cold" | "warm", pick: (l: LaunchFigures) => number | undefined): { median: number; min: number; max: number; n: number } {
  const xs = launches.filter((l) => l.kind === kind).map(pick).filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

export function keystrokes(launches: LaunchFigures[], kind: "cold" | "warm", part: "shown" | "answer" = "shown"): { p50: number; p95: number; n: number } {
  const xs = launches.filter((l) => l.kind === kind).flatMap((l) => (part === "shown" ? l.keystrokesMs : l.keystrokeAnswersMs ?? []));
  return { p50: pct(xs, 50), p95: pct(xs, 95), n: xs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchBrowser({ build: !process.argv.includes("--no-build") });
  const out = arg("--json");
  if (out) writeFileSync(out, JSON.stringify(result));
  else console.log(JSON.stringify(result, null, 1));
  process.exit(0);
}
