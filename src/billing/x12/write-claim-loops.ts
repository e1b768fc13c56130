import type { Claim837, X12ServiceLine } from "./claim-837-model.ts";
import { segment, type X12Segment } from "./segment.ts";
import { n3n4, nm1 } from "./write-name-address.ts";
import { formatCents, formatQuantity } from "./x12-number.ts";

/** HI: ABK for the principal diagnosis, ABF for the others. */
function hi(diagnoses: readonly string[]): X12Segment {
  return segment("HI", ...diagnoses.map((code, i) => [i === 0 ? "ABK" : "ABF", code]));
}

/** 2300 claim (CLM, REF*F8 for a replacement, HI), 2310B rendering and 2310C service facility. */
export function writeClaimLoops(data: Claim837): X12Segment[] {
  const { claim, renderingProvider, serviceFacility } = data;
  const segments: X12Segment[] = [
    segment("CLM", claim.id, formatCents(claim.totalCents), "", "", [claim.placeOfService, "B", claim.frequency], "Y", "A", "Y", "Y"),
  ];
  if (claim.priorAuthorization) segments.push(segment("REF", "G1", claim.priorAuthorization));
  if (claim.originalReference) segments.push(segment("REF", "F8", claim.originalReference));
  if (claim.cliaNumber) segments.push(segment("REF", "X4", claim.cliaNumber));
  segments.push(hi(claim.diagnoses));
  if (renderingProvider) {
    segments.push(nm1("82", renderingProvider.name, "XX", renderingProvider.npi));
    if (renderingProvider.taxonomy) segments.push(segment("PRV", "PE", "PXC", renderingProvider.taxonomy));
  }
  if (serviceFacility) {
    const name = { kind: "organization" as const, name: serviceFacility.name };
    const facility = serviceFacility.npi ? nm1("77", name, "XX", serviceFacility.npi) : segment("NM1", "77", "2", serviceFacility.name);
    segments.push(facility, ...n3n4(serviceFacility.address));
  }
  return segments;
}

function dtp472(serviceDate: X12ServiceLine["serviceDate"]): X12Segment {
  return typeof serviceDate === "string"
    ? segment("DTP", "472", "D8", serviceDate)
    : segment("DTP", "472", "RD8", `${serviceDate[0]}-${serviceDate[1]}`);
}

/**
 * 2400: LX, SV1 (HC:code:modifiers, charge, UN, units, POS when it differs, pointers), DTP*472,
 * then the line's 2430 loops (`after`: how earlier payers adjudicated it, on a secondary claim).
 */
export function writeServiceLineLoops(lines: readonly X12ServiceLine[], after: (line: X12ServiceLine, index: number) => X12Segment[] = () => []): X12Segment[] {
  return lines.flatMap((line, i) => [
    segment("LX", String(i + 1)),
    segment(
      "SV1",
      ["HC", line.code, ...line.modifiers],
      formatCents(line.chargeCents),
      "UN",
      formatQuantity(line.units),
      line.placeOfService ?? "",
      "",
      line.pointers.map(String),
    ),
    dtp472(line.serviceDate),
    ...after(line, i),
  ]);
}
