/** The ICD-10-CM code-reference parser lives with the code sets; the scrubber reads it from there. */
export { isInIcdRange, parseIcdCodeRefs, parseRangeText, type IcdCodeRange } from "../../coding/conventions/index.ts";
