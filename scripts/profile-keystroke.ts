/**
 * Where a keystroke's time goes, in Chromium on the production build (run `npx vite build` first):
 * the sandbox EHR and `vite preview` on free ports, one launch (generic persona, enc-office-1),
 * then the benchmark's typed queries key by key at 70 ms a key. Each keystroke is split into
 *   input -> search posted        (the input event's timestamp to the code worker request, main thread)
 *   posted -> worker received     (message delivery into the worker)
 *   worker received -> answered   (the search itself, in the worker)
 *   answered -> main received     (the answer waiting for the main thread)
 *   received -> results shown     (React rendering the list: the `coding:search-results` mark)
 * Timestamps are epoch milliseconds on both threads (performance.timeOrigin + now). The app's code
 * is not changed: the page's Worker is wrapped before the app runs, and the worker's handlers are
 * wrapped once it exists (the code passed to the browser names no local functions: tsx would wrap
 * them in a helper the page does not have). With `--trace FILE` the typing is also recorded as a
 * Chromium trace.
 * Usage: npx tsx scripts/profile-keystroke.ts [--runs 2] [--trace /tmp/keystrokes.json]
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium, type Frame } from "@playwright/test";
import { chooseOfficeVisit, start, stopGroup, TYPED_QUERIES, waitFor } from "./bench-browser.ts";
import { freePortsSync } from "./free-ports.ts";

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const RUNS = Number(arg("--runs") ?? 2);
const TRACE = arg("--trace");
const [appPort, ehrPort] = freePortsSync(2);
const APP = `http://localhost:${appPort}`;
const EHR = `http://localhost:${ehrPort}`;

interface Stamp { kind: "post" | "reply" | "in" | "out"; id: number; text?: string; at: number }
interface Mark { name: string; at: number; detail: unknown }
const PHASES = ["input -> search posted", "posted -> worker received", "worker received -> answered", "answered -> main received", "received -> results shown", "keystroke to results"] as const;

function quantile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]! : NaN;
}

const servers = [
  start("npx", ["tsx", "smart-launch/main.ts"], { PORT: String(ehrPort), APP_LAUNCH_URL: `${APP}/launch.html`, QUIET: "1", SANDBOX_PROFILE: "generic" }),
  start("npx", ["vite", "preview", "--port", String(appPort), "--strictPort"], {}),
];
try {
  await Promise.all([waitFor(`${EHR}/fhir/.well-known/smart-configuration`), waitFor(`${APP}/index.html`)]);
  const browser = await chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const context = await browser.newContext();
  // The page's side: every search posted to a worker and every answer received, on the epoch clock.
  await context.addInitScript(() => {
    const Original = window.Worker;
    if (!Original) return;
    const stamps: Stamp[] = ((window as unknown as { __keystrokeStamps: Stamp[] }).__keystrokeStamps = []);
    const post = Original.prototype.postMessage;
    Original.prototype.postMessage = function (this: Worker, message: { method?: string; id: number; text?: string }, ...rest: [StructuredSerializeOptions?]) {
      if (message?.method === "search") stamps.push({ kind: "post", id: message.id, text: message.text ?? "", at: performance.timeOrigin + performance.now() });
      return post.call(this, message, ...rest);
    } as typeof post;
    window.Worker = function (this: unknown, ...args: ConstructorParameters<typeof Worker>) {
      const worker = new Original(...args);
      worker.addEventListener("message", (e: MessageEvent<{ id?: number }>) => { if (typeof e.data?.id === "number") stamps.push({ kind: "reply", id: e.data.id, at: performance.timeOrigin + performance.now() }); });
      return worker;
    } as unknown as typeof Worker;
    window.Worker.prototype = Original.prototype;
  });
  const rows: number[][] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await chooseOfficeVisit(page, EHR);
    await page.getByRole("button", { name: "Launch in EHR frame" }).click();
    let frame: Frame | undefined;
    while (!(frame = page.frames().find((f) => f.url().startsWith(`${APP}/index.html`)))) await page.waitForTimeout(25);
    const box = frame.getByRole("combobox", { name: "Search codes" });
    await box.waitFor({ timeout: 30_000 });
    await frame.getByRole("button", { name: /^Accept / }).first().waitFor({ timeout: 30_000 });
    const worker = page.workers().find((w) => w.url().includes("code-worker"));
    if (!worker) throw new Error("the code worker is not running");
    // The worker's side: each search received and each answer posted.
    await worker.evaluate(() => {
      const scope = self as unknown as { onmessage: (e: MessageEvent) => void; postMessage: (m: unknown) => void; __keystrokeStamps: Stamp[] };
      const stamps: Stamp[] = (scope.__keystrokeStamps = []);
        const handle = scope.onmessage;
      scope.onmessage = (e: MessageEvent<{ method?: string; id: number }>) => { if (e.data?.method === "search") stamps.push({ kind: "in", id: e.data.id, at: performance.timeOrigin + performance.now() }); handle(e); };
      const post = scope.postMessage.bind(scope);
      scope.postMessage = (m: unknown) => { const id = (m as { id?: number })?.id; if (typeof id === "number") stamps.push({ kind: "out", id, at: performance.timeOrigin + performance.now() }); post(m); };
    });
    await frame.evaluate(() => { (window as unknown as { __keystrokeStamps: Stamp[] }).__keystrokeStamps.length = 0; performance.clearMarks(); });
    if (TRACE && run === RUNS - 1) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "blink.user_timing"] });
    for (const query of TYPED_QUERIES) {
      await box.fill("");
      await box.pressSequentially(query, { delay: 70 });
      await page.waitForTimeout(150);
    }
    if (TRACE && run === RUNS - 1) writeFileSync(TRACE, await browser.stopTracing());
    const inWorker: Stamp[] = await worker.evaluate(() => (self as unknown as { __keystrokeStamps: Stamp[] }).__keystrokeStamps);
    const onPage = await frame.evaluate(() => ({
      stamps: (window as unknown as { __keystrokeStamps: Stamp[] }).__keystrokeStamps,
      marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime, detail: (m as PerformanceMark).detail as unknown })),
    }));
    const marks: Mark[] = onPage.marks;
    for (const input of marks.filter((m) => m.name === "coding:search-input" && String(m.detail).trim())) {
      const posted = onPage.stamps.find((s) => s.kind === "post" && s.text === input.detail && s.at >= input.at);
      if (!posted) continue;
      const received = inWorker.find((s) => s.kind === "in" && s.id === posted.id);
      const answered = inWorker.find((s) => s.kind === "out" && s.id === posted.id);
      const back = onPage.stamps.find((s) => s.kind === "reply" && s.id === posted.id);
      const shown = marks.find((m) => m.name === "coding:search-results" && m.detail === input.detail && m.at >= input.at);
      if (received && answered && back && shown) rows.push([posted.at - input.at, received.at - posted.at, answered.at - received.at, back.at - answered.at, shown.at - back.at, shown.at - input.at]);
    }
    await page.close();
  }
  await browser.close();
  console.log(`Keystrokes: ${rows.length} over ${RUNS} launch(es), Chromium ${browser.version()}, load average ${loadavg().map((n) => n.toFixed(2)).join(" / ")}\n`);
  console.log("| phase | p50 ms | p95 ms | max ms |\n|---|---|---|---|");
  PHASES.forEach((name, i) => {
    const xs = rows.map((r) => r[i]!);
    console.log(`| ${name} | ${quantile(xs, 0.5).toFixed(1)} | ${quantile(xs, 0.95).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`);
  });
} finally {
  for (const s of servers) stopGroup(s);
}
process.exit(0);
