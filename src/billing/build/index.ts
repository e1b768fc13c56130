export * from "./build-context.ts";
export * from "./build-charge-items.ts";
export * from "./build-claim.ts";
export * from "./build-corrections.ts";
export * from "./build-provenance.ts";
export * from "./build-submission.ts";
export * from "./deterministic-uuid.ts";
export * from "./submission-identifiers.ts";
