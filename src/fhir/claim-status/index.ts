export * from "./claim-status-query.ts";
export * from "./claim-worklist-query.ts";
export * from "./latest-response.ts";
export * from "./load-claim-statuses.ts";
export * from "./poll-delay.ts";
export * from "./status-source.ts";
export * from "./worklist-filters.ts";
export * from "./poll-claim-statuses.ts";
