import type { Claim, Coding, Condition } from "fhir/r4";
import type { AddedCode } from "../../coding/dynamic-codes.ts";
import type { ScrubRequestContext } from "./code-service.ts";
import type { SearchOptions } from "../../coding/code-index.ts";

/** Messages between the page and the code-set worker. */
export type CodeWorkerRequest =
  | { id: number; method: "search"; text: string; options?: SearchOptions }
  | { id: number; method: "lookup"; system: string; code: string; dateOfService?: string }
  | { id: number; method: "suggest"; condition: Condition; dateOfService?: string }
  | { id: number; method: "scrub"; claim: Claim; context: ScrubRequestContext }
  | { id: number; method: "info" }
  | { id: number; method: "add-codings"; codings: Coding[] }
  | { id: number; method: "add-entries"; entries: AddedCode[]; origin: "licensed" | "terminology-server" };

export type CodeWorkerResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
