export * from "./adjustment-reasons.ts";
export * from "./carc-codes.ts";
export * from "./claim-status.ts";
export * from "./claim-status-polling.ts";
export * from "./denial-highlights.ts";
export * from "./explain-reason-code.ts";
export * from "./rarc-codes.ts";
export * from "./to-claim-status.ts";
