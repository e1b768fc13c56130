import { toClaimControlNumber } from "../../../../src/billing/x12/claim-control-number.ts";
import { describe, expect, it } from "vitest";
import type { Bundle, Claim, FhirResource, Organization, Practitioner } from "fhir/r4";
import { buildClaim, checkReadyDraft, type ReadyDraft } from "../../../../src/billing/build/index.ts";
import { build837P, check837PData, findingCode } from "../../../../src/billing/x12/index.ts";
import { NPI } from "../../../../src/coding/systems.ts";
import { fixtureDraft, fixtureNames, readFixture } from "../build/fixture-draft.ts";
import { OPTIONS } from "./x12-fixtures.ts";
import { findSegment, parse837P, segmentsTagged } from "./parsed-837p.ts";

/**
 * The Claim the app's builder makes, exported as 837P. The encounter fixtures carry no billing
 * address (and two carry NPIs that fail the check digit), so the parties are completed here
 * the way the sandbox seed must carry them.
 */
const CONTEXT = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };
const VALID_NPIS = ["1456789027", "1234567893"];

function ready(name: string, revision: number): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft(name, revision));
  if (!check.ok) throw new Error(`${name} draft not ready`);
  return check.draft;
}

function completeParties(resources: FhirResource[]): FhirResource[] {
  return resources.map((resource) => {
    if (resource.resourceType === "Organization" && !resource.type) {
      const org: Organization = { ...resource, address: [{ line: ["10 Main St"], city: "Columbus", state: "OH", postalCode: "43215-1001" }] };
      return { ...org, identifier: org.identifier?.map((id) => (id.system === NPI ? { ...id, value: VALID_NPIS[0] } : id)) };
    }
    if (resource.resourceType === "Practitioner") {
      const practitioner: Practitioner = { ...resource };
      return { ...practitioner, identifier: practitioner.identifier?.map((id) => (id.system === NPI ? { ...id, value: VALID_NPIS[1] } : id)) };
    }
    return resource;
  });
}

function bundleOf(claim: Claim, name: string, complete = true): Bundle {
  const resources = complete ? completeParties(readFixture(name)) : readFixture(name);
  return { resourceType: "Bundle", type: "collection", entry: [claim, ...resources].map((resource) => ({ resource })) };
}

describe.each(fixtureNames())("837P from the builder's Claim for %s", (name) => {
  const claim = buildClaim(ready(name, 2), CONTEXT);
  const { x12, outcome } = build837P(bundleOf(claim, name), OPTIONS);
  const parsed = parse837P(x12);

  it("writes CLM01 from the claim's first identifier (as a control number) and CLM02 from Claim.total", () => {
    const clm = findSegment(parsed, "CLM");
    expect(clm[0]).toBe(toClaimControlNumber(claim.identifier?.[0]?.value ?? ""));
    expect(clm[0]).toMatch(/^[A-Za-z0-9\-._]{1,20}$/);
    expect(Number(clm[1])).toBe(claim.total?.value);
    expect(clm[4]).toBe(`${claim.item?.[0]?.locationCodeableConcept?.coding?.[0]?.code}:B:1`);
  });

  it("writes one SV1 per item with the builder's codes, modifiers, charges and pointers", () => {
    const lines = segmentsTagged(parsed, "SV1");
    expect(lines.map((sv1) => sv1[0])).toEqual(
      (claim.item ?? []).map((item) => ["HC", item.productOrService.coding?.[0]?.code, ...(item.modifier ?? []).map((m) => m.coding?.[0]?.code)].join(":")),
    );
    expect(lines.map((sv1) => Number(sv1[1]))).toEqual((claim.item ?? []).map((item) => item.net?.value));
    expect(lines.map((sv1) => sv1[6])).toEqual((claim.item ?? []).map((item) => item.diagnosisSequence?.join(":")));
  });

  it("leaves 2310C out with a warning (the fixture Location has no address)", () => {
    expect(segmentsTagged(parsed, "NM1").map((nm1) => nm1[0])).not.toContain("77");
    expect(outcome.issue.map((issue) => [issue.severity, issue.expression?.[0]])).toContainEqual(["warning", "Location.address"]);
  });

  it("reports what the fixture itself lacks for an 837P: the billing provider's address", () => {
    const issues = check837PData(bundleOf(claim, name, false)).issue;
    expect(issues.map((issue) => [findingCode(issue), issue.expression?.[0]])).toContainEqual(["x12-missing-data", "Organization.address"]);
  });
});

describe("837P from the builder's replacement Claim", () => {
  it("writes frequency 7 and REF*F8 with the payer's claim control number of the replaced claim", () => {
    const [name] = fixtureNames();
    if (!name) throw new Error("no encounter fixture");
    const replacement = buildClaim({ ...ready(name, 2), replacesClaimRef: "Claim/claim-777" }, CONTEXT, { generation: 2, payerClaimNumber: "SBX000000000777" });
    const parsed = parse837P(build837P(bundleOf(replacement, name), OPTIONS).x12);
    expect(findSegment(parsed, "CLM")[4]).toMatch(/:B:7$/);
    expect(findSegment(parsed, "REF", "F8")[1]).toBe("SBX000000000777");
  });

  it("without the payer's number it is refused with a finding that says where to find it, never the app's own id", () => {
    const [name] = fixtureNames();
    if (!name) throw new Error("no encounter fixture");
    const replacement = buildClaim({ ...ready(name, 2), replacesClaimRef: "Claim/claim-777" }, CONTEXT, { generation: 2 });
    const issues = check837PData(bundleOf(replacement, name)).issue;
    const finding = issues.find((issue) => issue.expression?.[0] === "Claim.related[0].reference");
    expect(finding && findingCode(finding)).toBe("x12-missing-data");
    expect(finding?.details?.text ?? finding?.diagnostics ?? "").toMatch(/835 CLP07|277CA REF\*1K/);
  });
});
