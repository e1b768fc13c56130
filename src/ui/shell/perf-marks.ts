/**
 * Performance marks the app leaves on the page's timeline (User Timing), for the browser
 * benchmark (scripts/bench-browser.ts) and the browser's profiler: when the encounter showed,
 * the first suggestion, each search answer, the first review. They cost a few microseconds and
 * never change what the app does.
 */
const marked = new Set<string>();

function timeline(): Performance | undefined {
  return typeof performance !== "undefined" && typeof performance.mark === "function" ? performance : undefined;
}

/** Marks `name` the first time only (a launch's milestone). */
export function markOnce(name: string, detail?: unknown): void {
  if (marked.has(name)) return;
  marked.add(name);
  mark(name, detail);
}

/** Marks `name` every time (each search answer), optionally at an earlier `startTime` (an event's timeStamp). */
export function mark(name: string, detail?: unknown, startTime?: number): void {
  try {
    timeline()?.mark(name, { ...(detail === undefined ? {} : { detail }), ...(startTime === undefined ? {} : { startTime }) });
  } catch {
    // A timeline that refuses marks changes nothing.
  }
}
