export * from "./claim-summary.ts";
export * from "./encounter-rows.ts";
export * from "./filing-deadline.ts";
export * from "./my-work.ts";
export * from "./worklist-resources.ts";
