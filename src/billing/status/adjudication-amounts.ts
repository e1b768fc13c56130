import type { Amount } from "./claim-status.ts";
import { codingsOf, numberAt, objectAt, stringAt, type JsonObject } from "./json-shape.ts";

export type AmountKind = "submitted" | "eligible" | "deductible" | "copay" | "coinsurance" | "benefit" | "patient" | "noncovered" | "paidToPatient" | "paidByPatient";

/**
 * Adjudication category codes (HL7 adjudication and CARIN C4BBAdjudication) by what they mean.
 * CARIN: paidtoprovider is the payer's payment to the provider, paidtopatient its payment to the
 * patient (the provider collects it from the patient), memberliability what the member owes, and
 * paidbypatient (cash/other) what the patient already paid: money received, not money owed.
 */
const CATEGORY_KIND: ReadonlyMap<string, AmountKind> = new Map(Object.entries({
  submitted: "submitted",
  eligible: "eligible",
  deductible: "deductible",
  copay: "copay",
  coinsurance: "coinsurance",
  benefit: "benefit",
  paidtoprovider: "benefit",
  paidtopatient: "paidToPatient",
  paidbypatient: "paidByPatient",
  paidbypatientcash: "paidByPatient",
  paidbypatientother: "paidByPatient",
  memberliability: "patient",
  noncovered: "noncovered",
} satisfies Record<string, AmountKind>));

/** The kind of amount an adjudication carries, from its category code. */
export function amountKindOf(adjudication: JsonObject): AmountKind | undefined {
  for (const coding of codingsOf(objectAt(adjudication, "category"))) {
    const kind = CATEGORY_KIND.get(coding.code);
    if (kind) return kind;
  }
  return undefined;
}

export function amountOf(value: JsonObject | undefined): Amount | undefined {
  const amount = numberAt(value, "value");
  return amount === undefined ? undefined : { value: amount, currency: stringAt(value, "currency") ?? "USD" };
}

/**
 * Sums the amounts of a list of adjudications (or ClaimResponse.total entries) per kind.
 * CARIN sends both benefit and paidtoprovider at times: benefit wins.
 */
export function amountsByKind(adjudications: JsonObject[]): Partial<Record<AmountKind, Amount>> {
  const sums: Partial<Record<AmountKind, Amount>> = {};
  const paidToProvider = adjudications.some((a) => hasCategory(a, "benefit"));
  for (const adjudication of adjudications) {
    const kind = amountKindOf(adjudication);
    const amount = amountOf(objectAt(adjudication, "amount"));
    if (!kind || !amount) continue;
    if (kind === "benefit" && paidToProvider && !hasCategory(adjudication, "benefit")) continue;
    sums[kind] = addAmounts(sums[kind], amount);
  }
  return sums;
}

function hasCategory(adjudication: JsonObject, code: string): boolean {
  return codingsOf(objectAt(adjudication, "category")).some((c) => c.code === code);
}

export function addAmounts(a: Amount | undefined, b: Amount | undefined): Amount | undefined {
  if (!a) return b;
  if (!b) return a;
  return { value: Math.round((a.value + b.value) * 100) / 100, currency: a.currency };
}

/**
 * What the patient owes: stated directly (member liability), or deductible + copay + coinsurance;
 * plus what the payer paid to the patient, which the patient owes the provider.
 */
export function patientShare(amounts: Partial<Record<AmountKind, Amount>>): Amount | undefined {
  const share = amounts.patient ?? addAmounts(addAmounts(amounts.deductible, amounts.copay), amounts.coinsurance);
  return addAmounts(share, amounts.paidToPatient);
}
