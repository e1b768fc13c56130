import type { OperationOutcomeIssue } from "fhir/r4";
import type { MueEntry, MueTable } from "../ncci/mue-table.ts";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";
import { MUE_DISTINCT_MODIFIERS, NCCI_ANATOMIC_MODIFIERS } from "./known-modifiers.ts";

/** mue: units per code over the Medically Unlikely Edit, per line (MAI 1: identical lines summed) or per date (MAI 2/3). */
export function checkMue({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const table = context.edits?.mue;
  if (!table) {
    const text = "No NCCI MUE edition is loaded, so units were not checked against Medically Unlikely Edits: load the NCCI tables.";
    return [finding("mue", "information", "informational", text, ["Claim.item"])];
  }
  const payer = context.payerType;
  const groups = new Map<string, { entry: MueEntry; lines: LineView[] }>();
  const issues: OperationOutcomeIssue[] = [];
  for (const line of lines) {
    const entry = table.lookup(line.code);
    if (!entry || line.quantity === undefined || !(line.quantity > 0)) continue;
    const key = entry.mai === 1 ? `${line.code}|${line.date}|${distinctModifiers(line)}` : `${line.code}|${line.date}`;
    const group = groups.get(key) ?? { entry, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  for (const { entry, lines: group } of groups.values()) {
    const total = group.reduce((sum, line) => sum + (line.quantity ?? 0), 0);
    if (total <= entry.value) continue;
    if (entry.value === 0) { if (payer !== "other") issues.push(zeroFinding(group, table, payer === "medicare")); }
    else issues.push(entry.mai === 1 ? perLineFinding(group, total, entry, table) : perDateFinding(group, total, entry, table));
  }
  return issues;
}

const units = (count: number | undefined): string => `${count} unit${count === 1 ? "" : "s"}`;

/** MUE 0: Medicare pays no units on a practitioner claim (e.g. routine preventive visits); other payers may, so they see nothing. */
function zeroFinding(lines: LineView[], table: MueTable, medicare: boolean): OperationOutcomeIssue {
  const code = lines[0]?.code ?? "";
  const text = medicare
    ? `Medicare's MUE for ${code} is 0 (${table.edition}): it is not payable on a Medicare practitioner claim: remove it or bill the Medicare equivalent.`
    : `Medicare's MUE for ${code} is 0 (${table.edition}) and the payer's kind is unknown (no Source of Payment Typology code on the coverage): if the payer is Medicare remove it or bill the Medicare equivalent; for a payer that covers it, acknowledge and keep it.`;
  return finding("mue", "warning", "business-rule", text, lines.map((line) => `${line.path}.quantity`));
}

/**
 * The modifiers that make a repeated line a separate MAI 1 claim line (76, 77, 91, 59/X, anatomic),
 * sorted: identical lines otherwise (whatever other modifiers they carry) are one line to the payer.
 */
function distinctModifiers(line: LineView): string {
  return line.modifiers.filter((modifier) => MUE_DISTINCT_MODIFIERS.has(modifier) || NCCI_ANATOMIC_MODIFIERS.has(modifier)).sort().join(",");
}

function perLineFinding(group: LineView[], total: number, entry: MueEntry, table: MueTable): OperationOutcomeIssue {
  const first = group[0];
  const where = group.length === 1 ? `Line ${(first?.index ?? 0) + 1} reports` : `Identical lines ${group.map((line) => line.index + 1).join(", ")} (counted as one line) report`;
  const text = `${where} ${units(total)} of ${first?.code}, over its MUE of ${entry.value} per line (MAI 1, ${table.edition}): reduce the units, or if more were truly given report them on separate lines with an appropriate modifier (76, 91, 59/XS, or RT/LT).`;
  return finding("mue", "error", "business-rule", text, group.map((line) => `${line.path}.quantity`));
}

function perDateFinding(group: LineView[], total: number, entry: MueEntry, table: MueTable): OperationOutcomeIssue {
  const first = group[0];
  const where = group.length === 1 ? `Line ${(first?.index ?? 0) + 1} reports` : `Lines ${group.map((line) => line.index + 1).join(", ")} report`;
  const base = `${where} ${units(total)} of ${first?.code} on ${first?.date}, over its MUE of ${entry.value} per day`;
  const text =
    entry.mai === 2
      ? `${base} (MAI 2, a policy limit that cannot be appealed, ${table.edition}): reduce the units to ${entry.value}.`
      : `${base} (MAI 3, clinical, ${table.edition}): reduce the units to ${entry.value}, or if more were medically necessary bill them and appeal the denial with documentation.`;
  return finding("mue", "error", "business-rule", text, group.map((line) => `${line.path}.quantity`));
}
