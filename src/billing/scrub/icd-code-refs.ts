/** The ICD-10-CM code-reference parser lives with the code sets; the scrubber reads it from there. */
export * from "../../coding/icd-code-refs.ts";
