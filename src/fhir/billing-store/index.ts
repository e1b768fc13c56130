export * from "./billing-reads.ts";
export * from "./load-billing-state.ts";
export * from "./run-store-action.ts";
export * from "./run-oracle-charges.ts";
