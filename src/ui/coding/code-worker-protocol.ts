import type { Claim, Condition } from "fhir/r4";
import type { ScrubRequestContext } from "./code-service.ts";
import type { SearchOptions } from "../../coding/code-index.ts";

/** Messages between the page and the code-set worker. */
export type CodeWorkerRequest =
  | { id: number; method: "search"; text: string; options?: SearchOptions }
  | { id: number; method: "lookup"; system: string; code: string; dateOfService?: string }
  | { id: number; method: "suggest"; condition: Condition; dateOfService?: string }
  | { id: number; method: "scrub"; claim: Claim; context: ScrubRequestContext };

export type CodeWorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
