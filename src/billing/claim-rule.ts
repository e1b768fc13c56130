/** The app's own CodeSystem for scrubber and export findings (rule ids as codes). */
export const CLAIM_RULE_SYSTEM = "https://smart-coding-billing.example/CodeSystem/claim-rule";
