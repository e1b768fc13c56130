export * from "./capability-facts.ts";
export * from "./choose-write-path.ts";
export * from "./oracle-bill-codes.ts";
export * from "./oracle-charge-operations.ts";
export * from "./placeholders.ts";
export * from "./plan-submission.ts";
export * from "./write-path-explanation.ts";
