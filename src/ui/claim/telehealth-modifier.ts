import type { Coverage, Organization } from "fhir/r4";
import { payerIdOf } from "../../billing/worklist/worklist-resources.ts";

/** What a payer wants on a telehealth E/M: modifier 95 (synchronous audio-video), or no modifier (POS alone). Audio-only is 93 unless "none". */
export type TelehealthModifier = "95" | "none";

/** billing-config.json `telehealthModifiers`: { "default": "95", "byPayerId": { "SBXMCR": "none" } }. */
export interface TelehealthModifiers {
  default?: TelehealthModifier;
  byPayerId?: Record<string, TelehealthModifier>;
}

const VALUES: readonly string[] = ["95", "none"];

/** What is wrong with `telehealthModifiers`. */
export function telehealthModifiersProblems(value: unknown): string[] {
  if (value === undefined) return [];
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== "object" || Array.isArray(v)) return ["telehealthModifiers must be an object with default and byPayerId."];
  const problems: string[] = [];
  if (v["default"] !== undefined && !VALUES.includes(v["default"] as string)) problems.push('telehealthModifiers.default must be "95" or "none".');
  const byPayer = v["byPayerId"];
  if (byPayer !== undefined && (typeof byPayer !== "object" || byPayer === null || Array.isArray(byPayer))) problems.push("telehealthModifiers.byPayerId must map payer ids to \"95\" or \"none\".");
  else for (const [payerId, m] of Object.entries(byPayer ?? {})) if (!VALUES.includes(m as string)) problems.push(`telehealthModifiers.byPayerId.${payerId} must be "95" or "none".`);
  return problems;
}

/** The telehealth modifier the coverage's payer wants (its payer id in the config, else the default, else 95). */
export function telehealthModifierFor(config: TelehealthModifiers | undefined, coverage: Coverage | undefined, organizations: readonly Organization[]): TelehealthModifier {
  const ref = coverage?.payor?.[0]?.reference;
  const payer = organizations.find((o) => ref !== undefined && `Organization/${o.id ?? ""}` === ref);
  const payerId = payerIdOf(payer);
  const byPayer = config?.byPayerId;
  const own = payerId !== undefined && byPayer && Object.hasOwn(byPayer, payerId) ? byPayer[payerId] : undefined;
  return own ?? config?.default ?? "95";
}
