export * from "./build-context.ts";
export * from "./build-charge-items.ts";
export * from "./build-claim.ts";
export * from "./build-provenance.ts";
export * from "./deterministic-uuid.ts";
