export * from "./execute-plan.ts";
export * from "./send-planned-request.ts";
export * from "./submission-outcome.ts";
