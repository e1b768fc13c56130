import type { OperationOutcomeIssue } from "fhir/r4";
import type { MueEntry, MueTable } from "../ncci/mue-table.ts";
import type { LineView, ScrubInput } from "./claim-view.ts";
import { finding } from "./finding.ts";

/** mue: units per code over the Medically Unlikely Edit, per line (MAI 1) or per date (MAI 2/3). */
export function checkMue({ lines, context }: ScrubInput): OperationOutcomeIssue[] {
  const table = context.edits?.mue;
  if (!table) {
    const text = "No NCCI MUE edition is loaded, so units were not checked against Medically Unlikely Edits: load the NCCI tables.";
    return [finding("mue", "information", "informational", text, ["Claim.item"])];
  }
  const medicare = context.payerType !== "other";
  const groups = new Map<string, { entry: MueEntry; lines: LineView[] }>();
  const issues: OperationOutcomeIssue[] = [];
  for (const line of lines) {
    const entry = table.lookup(line.code);
    if (!entry || line.quantity === undefined || !(line.quantity > 0)) continue;
    if (entry.mai === 1) {
      if (line.quantity > entry.value) issues.push(entry.value === 0 ? zeroFinding([line], table, medicare) : perLineFinding(line, entry, table));
      continue;
    }
    const key = `${line.code}|${line.date}`;
    const group = groups.get(key) ?? { entry, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  for (const { entry, lines: group } of groups.values()) {
    const total = group.reduce((sum, line) => sum + (line.quantity ?? 0), 0);
    if (total > entry.value) issues.push(entry.value === 0 ? zeroFinding(group, table, medicare) : perDateFinding(group, total, entry, table));
  }
  return issues;
}

const units = (count: number | undefined): string => `${count} unit${count === 1 ? "" : "s"}`;

/** MUE 0: Medicare pays no units on a practitioner claim (e.g. routine preventive visits); other payers may. */
function zeroFinding(lines: LineView[], table: MueTable, medicare: boolean): OperationOutcomeIssue {
  const code = lines[0]?.code ?? "";
  const text = `Medicare's MUE for ${code} is 0 (${table.edition}): it is not payable on a Medicare practitioner claim, so for Medicare remove it or bill the Medicare equivalent; for a payer that covers it, acknowledge and keep it.`;
  return finding("mue", medicare ? "warning" : "information", "business-rule", text, lines.map((line) => `${line.path}.quantity`));
}

function perLineFinding(line: LineView, entry: MueEntry, table: MueTable): OperationOutcomeIssue {
  const text = `Line ${line.index + 1} reports ${units(line.quantity)} of ${line.code}, over its MUE of ${entry.value} per line (MAI 1, ${table.edition}): reduce the units, or if more were truly given report them on separate lines with an appropriate modifier (76, 91, 59/XS, or RT/LT).`;
  return finding("mue", "error", "business-rule", text, [`${line.path}.quantity`]);
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
