import type { X12Adjustment, X12LineAdjudication, X12OtherPayer, X12ServiceLine } from "./claim-837-model.ts";
import { segment, type X12Segment } from "./segment.ts";
import { n3n4, nm1 } from "./write-name-address.ts";
import { formatCents, formatQuantity } from "./x12-number.ts";

/** CAS segments: one per group, at most six reason/amount pairs each. */
export function cas(adjustments: readonly X12Adjustment[]): X12Segment[] {
  const groups = [...new Set(adjustments.map((a) => a.group))];
  return groups.flatMap((group) => {
    const ofGroup = adjustments.filter((a) => a.group === group);
    const chunks: X12Adjustment[][] = [];
    for (let i = 0; i < ofGroup.length; i += 6) chunks.push(ofGroup.slice(i, i + 6));
    return chunks.map((chunk) => segment("CAS", group, ...chunk.flatMap((a, i) => [a.reason, formatCents(a.amountCents), ...(i < chunk.length - 1 ? [""] : [])])));
  });
}

/**
 * 2320 other subscriber information (SBR, CAS, AMT*D paid, AMT*EAF remaining patient liability,
 * OI), 2330A other subscriber (NM1*IL, N3/N4) and 2330B other payer (NM1*PR with its payer id,
 * DTP*573 adjudication date), for each payer ahead of this one.
 */
export function writeOtherPayerLoops(payers: readonly X12OtherPayer[]): X12Segment[] {
  return payers.flatMap((p) => [
    segment("SBR", p.responsibility, p.relationship, p.groupNumber ?? "", "", "", "", "", "", p.filingIndicator),
    ...cas(p.adjustments),
    segment("AMT", "D", formatCents(p.paidCents)),
    ...(p.patientResponsibilityCents > 0 ? [segment("AMT", "EAF", formatCents(p.patientResponsibilityCents))] : []),
    segment("OI", "", "", "Y", "", "", "Y"),
    nm1("IL", p.subscriber.name, "MI", p.subscriber.memberId),
    ...(p.subscriber.address ? n3n4(p.subscriber.address) : []),
    nm1("PR", { kind: "organization", name: p.payer.name }, "PI", p.payer.payerId),
    segment("DTP", "573", "D8", p.date),
  ]);
}

/** 2430 line adjudication of one service line by each payer ahead of this one: SVD, CAS, DTP*573. */
export function writeLineAdjudicationLoops(line: X12ServiceLine, lineIndex: number, payers: readonly X12OtherPayer[]): X12Segment[] {
  return payers.flatMap((p) => {
    const adjudication: X12LineAdjudication | undefined = p.lines.find((l) => l.lineIndex === lineIndex);
    if (!adjudication) return [];
    return [
      segment("SVD", p.payer.payerId, formatCents(adjudication.paidCents), ["HC", line.code, ...line.modifiers], "", formatQuantity(line.units)),
      ...cas(adjudication.adjustments),
      segment("DTP", "573", "D8", adjudication.date),
    ];
  });
}
