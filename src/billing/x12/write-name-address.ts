import type { X12Address, X12Name } from "./claim-837-model.ts";
import { segment, type X12Segment } from "./segment.ts";

/** NM1 for a person (NM102 1) or an organization (NM102 2), with its id qualifier and id. */
export function nm1(entity: string, name: X12Name, qualifier: string, id: string): X12Segment {
  if (name.kind === "organization") return segment("NM1", entity, "2", name.name, "", "", "", "", qualifier, id);
  return segment("NM1", entity, "1", name.last, name.first ?? "", name.middle ?? "", "", name.suffix ?? "", qualifier, id);
}

/** N3 (street lines) and N4 (city, state, ZIP). */
export function n3n4(address: X12Address): X12Segment[] {
  return [
    segment("N3", address.line1, address.line2 ?? ""),
    segment("N4", address.city, address.state, address.postalCode),
  ];
}
