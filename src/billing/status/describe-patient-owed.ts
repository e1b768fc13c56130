import type { Amount, PatientOwed } from "./claim-status.ts";

const money = (a: Amount): string => `$${a.value.toFixed(2)}${a.currency === "USD" ? "" : ` ${a.currency}`}`;

/**
 * The status line for a claim the payer allowed but paid the provider nothing on, e.g.
 * "Applied to deductible: patient owes $120.00", never "Paid" nor "Denied".
 */
export function describePatientOwed(owed: PatientOwed): string {
  const parts = (["deductible", "copay", "coinsurance"] as const).flatMap((key) => (owed[key] ? [[key, owed[key]] as const] : []));
  if (owed.paidToPatient) return `Paid to the patient: collect ${money(owed.total)} from the patient`;
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && only[1].value === owed.total.value) {
    const label = only[0] === "deductible" ? "Applied to deductible" : only[0] === "copay" ? "Copay" : "Coinsurance";
    return `${label}: patient owes ${money(owed.total)}`;
  }
  const detail = parts.map(([key, amount]) => `${key} ${money(amount)}`).join(", ");
  return `Patient responsibility: patient owes ${money(owed.total)}${detail ? ` (${detail})` : ""}`;
}
