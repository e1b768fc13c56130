import type { Claim, Coding, Condition } from "fhir/r4";
import type { AddedCode } from "../../coding/store/index.ts";
import type { ScrubRequestContext } from "./code-service.ts";
import type { SearchOptions } from "../../coding/code-index.ts";

/** Messages between the page and the code-set worker. */
export type CodeWorkerRequest =
  | { id: number; method: "search"; text: string; options?: SearchOptions }
  | { id: number; method: "lookup"; system: string; code: string; dateOfService?: string }
  /** Suggestions for every condition of the chart in one message; each is answered on its own (`part`), best first. */
  | { id: number; method: "suggest"; conditions: Condition[]; dateOfService?: string }
  | { id: number; method: "scrub"; claim: Claim; context: ScrubRequestContext }
  | { id: number; method: "info" }
  /** Fetch the scrubber's code and the NCCI tables now (idle after the encounter shows), so the first review waits for neither. */
  | { id: number; method: "preload-scrub" }
  | { id: number; method: "add-codings"; codings: Coding[] }
  | { id: number; method: "add-entries"; entries: AddedCode[]; origin: "licensed" | "terminology-server" };

/** One answer; a request with several parts ("suggest") gets one answer per part. */
export type CodeWorkerResponse = { id: number; part?: number; ok: true; result: unknown } | { id: number; part?: number; ok: false; error: string };

/** Told by the worker unasked: the code sets are loaded, from the browser's cache of decoded code sets or from the network, in `ms`. */
export type CodeWorkerNotice = { notice: "ready"; from: "cache" | "network"; ms: number; phases?: Record<string, number> };

/**
 * What the worker answers first when several requests wait: what the user is typing (search,
 * lookup) before the review's scrub, before the chart's suggestions, before bookkeeping.
 */
export const PRIORITY: Record<CodeWorkerRequest["method"], number> = {
  search: 0,
  lookup: 0,
  "add-entries": 1,
  "add-codings": 1,
  info: 1,
  scrub: 2,
  suggest: 3,
  /** Work nobody waits for yet (preloading the scrubber, writing the code-set cache): only when nothing else waits. */
  "preload-scrub": 4,
};

/**
 * What a request waits for beyond the index: the Tabular notes (lookups show them, suggestions
 * read their inclusion terms, the scrub's Excludes1 and code-first rules read them, the info names
 * their edition) and the short titles (lookups show them). They are fetched on the first such
 * request, before it joins the line, so searches never wait behind a download.
 */
export const NEEDS: Partial<Record<CodeWorkerRequest["method"], readonly ("notes" | "icd10cmShort")[]>> = {
  lookup: ["notes", "icd10cmShort"],
  suggest: ["notes"],
  scrub: ["notes"],
  info: ["notes"],
};

/** Priority of the worker's own background work (the code-set cache write, decoding preloaded NCCI tables). */
export const BACKGROUND = 4;
