export * from "./encounter-searches.ts";
export * from "./encounters-to-code-query.ts";
export * from "./run-searches.ts";
