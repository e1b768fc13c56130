import { CARC_EXPLANATIONS } from "./carc-codes.ts";
import { RARC_EXPLANATIONS } from "./rarc-codes.ts";

export interface ReasonExplanation {
  explanation: string;
  fix?: string;
}

/** Our plain words for a CARC or RARC; an unknown code is shown as the code itself. */
export function explainReasonCode(kind: "carc" | "rarc", code: string): ReasonExplanation {
  const table = kind === "carc" ? CARC_EXPLANATIONS : RARC_EXPLANATIONS;
  const known = Object.hasOwn(table, code) ? table[code] : undefined;
  if (known) return { explanation: known[0], fix: known[1] };
  return { explanation: `${kind === "carc" ? "Adjustment reason" : "Remark"} ${code}` };
}
