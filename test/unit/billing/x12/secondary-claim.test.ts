import type { Bundle, ClaimResponse, Coverage, Organization } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CARC } from "../../../../src/coding/systems.ts";
import { check837PData, claimTo837P, findingCode } from "../../../../src/billing/x12/index.ts";
import { OPTIONS, claimOf, loadBundle } from "./x12-fixtures.ts";
import { parse837P, segmentsTagged, valuesOf } from "./parsed-837p.ts";

const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const SOPT = "https://nahdo.org/sopt";

const adjudication = (category: string, value: number, reason?: string) => ({
  category: { coding: [{ system: ADJUDICATION, code: category }] },
  amount: { value, currency: "USD" },
  ...(reason ? { reason: { coding: [{ system: CARC, code: reason }] } } : {}),
});

/** The primary's answer: 99214 (150) allowed 110, 20 to the deductible, 90 paid; 83036 (25.5) denied CO-50. */
function primaryResponse(): ClaimResponse {
  return {
    resourceType: "ClaimResponse", id: "cr-primary", status: "active", type: { coding: [{ code: "professional" }] }, use: "claim",
    patient: { reference: "Patient/pat-501" }, created: "2026-12-01", insurer: { reference: "Organization/org-medicare" }, outcome: "complete",
    request: { reference: "Claim/claim-primary" },
    item: [
      { itemSequence: 1, adjudication: [adjudication("submitted", 150), adjudication("eligible", 110), adjudication("noncovered", 40, "CO-45"), adjudication("deductible", 20, "PR-1"), adjudication("benefit", 90)] },
      { itemSequence: 2, adjudication: [adjudication("submitted", 25.5), adjudication("eligible", 0, "CO-50"), adjudication("benefit", 0)] },
    ],
    payment: { type: { coding: [{ code: "complete" }] }, amount: { value: 90, currency: "USD" }, date: "2026-12-03" },
  };
}

/** simple-claim sent to its payer as the secondary, after Medicare (SOPT 1) as primary. */
function secondaryBundle(response: ClaimResponse | undefined = primaryResponse()): Bundle {
  const bundle = loadBundle("simple-claim");
  const medicare: Organization = { resourceType: "Organization", id: "org-medicare", name: "Medicare Part B", identifier: [{ type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "NIIP" }] }, value: "00882" }] };
  const primary: Coverage = {
    resourceType: "Coverage", id: "cov-medicare", status: "active", type: { coding: [{ system: SOPT, code: "1" }] },
    subscriberId: "1EG4TE5MK72", beneficiary: { reference: "Patient/pat-501" }, subscriber: { reference: "Patient/pat-501" },
    relationship: { coding: [{ code: "self" }] }, payor: [{ reference: "Organization/org-medicare" }],
  };
  bundle.entry?.push({ resource: medicare }, { resource: primary }, ...(response ? [{ resource: response }] : []));
  const claim = claimOf(bundle);
  claim.insurance = [
    { sequence: 1, focal: false, coverage: { reference: "Coverage/cov-medicare" }, ...(response ? { claimResponse: { reference: "ClaimResponse/cr-primary" } } : {}) },
    { sequence: 2, focal: true, coverage: { reference: "Coverage/cov-501" } },
  ];
  return bundle;
}

describe("a secondary claim carries the primary's adjudication", () => {
  const parsed = parse837P(claimTo837P(secondaryBundle(), OPTIONS));
  const tags = parsed.segments.map((s) => s.tag);

  it("2000B names this payer secondary; 2320 names the primary with what it paid and what the patient owes", () => {
    const sbr = segmentsTagged(parsed, "SBR");
    expect(sbr[0]?.[0]).toBe("S");
    expect(sbr[1]).toEqual(["P", "18", "", "", "", "", "", "", "MB"]);
    expect(segmentsTagged(parsed, "AMT")).toEqual([["D", "90"], ["EAF", "20"]]);
    expect(segmentsTagged(parsed, "OI")).toEqual([["", "", "Y", "", "", "Y"]]);
  });

  it("2330A is the primary's subscriber by its member id, 2330B the primary payer with its id and adjudication date", () => {
    const nm1 = segmentsTagged(parsed, "NM1");
    expect(nm1).toContainEqual(expect.arrayContaining(["IL", "MI", "1EG4TE5MK72"]));
    expect(nm1.filter((v) => v[0] === "PR").map((v) => v.slice(-2))).toEqual([["PI", expect.any(String)], ["PI", "00882"]]);
    const otherPayer = parsed.segments.findIndex((s, i) => i > tags.indexOf("OI") && s.tag === "NM1" && valuesOf(s)[0] === "PR");
    expect(valuesOf(parsed.segments[otherPayer + 1]!)).toEqual(["573", "D8", "20261203"]);
  });

  it("2430 per line: SVD paid, CAS that balance the charge, DTP*573; placed after the line's DTP*472", () => {
    expect(segmentsTagged(parsed, "SVD")).toEqual([["00882", "90", "HC:99214", "", "1"], ["00882", "0", "HC:83036", "", "1"]]);
    const cas = segmentsTagged(parsed, "CAS");
    expect(cas).toEqual([["CO", "45", "40"], ["PR", "1", "20"], ["CO", "50", "25.5"]]);
    const firstSvd = tags.indexOf("SVD");
    expect(tags.slice(firstSvd - 3, firstSvd)).toEqual(["LX", "SV1", "DTP"]);
    expect(valuesOf(parsed.segments[firstSvd + 3]!)).toEqual(["573", "D8", "20261203"]);
  });

  it("2320 comes after the claim's 2310 loops and before the first service line", () => {
    expect(tags.indexOf("OI")).toBeLessThan(tags.indexOf("LX"));
    expect(tags.indexOf("HI")).toBeLessThan(tags.lastIndexOf("SBR"));
  });
});

describe("a secondary claim the primary's adjudication does not support is refused with the reason", () => {
  const issues = (bundle: Bundle) => check837PData(bundle).issue.filter((i) => i.severity === "error").map((i) => [findingCode(i), i.expression?.[0], i.details?.text ?? ""]);

  it("no ClaimResponse or EOB of the primary", () => {
    expect(issues(secondaryBundle(null as unknown as undefined))).toContainEqual(["x12-missing-data", "Claim.insurance[0].claimResponse", expect.stringMatching(/adjudication.*Post that payer's remittance first/)]);
  });

  it("a queued answer is no adjudication", () => {
    expect(issues(secondaryBundle({ ...primaryResponse(), outcome: "queued" }))).toContainEqual(["x12-missing-data", "Claim.insurance[0].claimResponse", expect.any(String)]);
  });

  it("a line its adjudication does not balance", () => {
    const response = primaryResponse();
    response.item![0]!.adjudication = [adjudication("submitted", 150), adjudication("benefit", 90)];
    expect(issues(secondaryBundle(response))).toContainEqual(["x12-invalid-data", "Claim.insurance[0].claimResponse", expect.stringMatching(/line 1.*does not balance.*60 unexplained/)]);
  });

  it("a primary claim (one insurance) writes no 2320 loop", () => {
    const parsed = parse837P(claimTo837P(loadBundle("simple-claim"), OPTIONS));
    expect([segmentsTagged(parsed, "OI"), segmentsTagged(parsed, "SVD")]).toEqual([[], []]);
  });
});

describe("the rendering provider by its care team role", () => {
  it("CARIN 'rendering' (what the app writes) and 'primary' (older claims) both name 2310B, before another practitioner", () => {
    for (const code of ["rendering", "primary"]) {
      const bundle = loadBundle("simple-claim");
      const claim = claimOf(bundle);
      const other = { resourceType: "Practitioner" as const, id: "pract-other", name: [{ family: "Other", given: ["Ann"] }], identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1245319599" }] };
      bundle.entry?.push({ resource: other });
      const rendering = claim.careTeam?.[0];
      claim.careTeam = [{ sequence: 2, provider: { reference: "Practitioner/pract-other" } }, { ...rendering!, role: { coding: [{ code }] } }];
      const nm1 = segmentsTagged(parse837P(claimTo837P(bundle, OPTIONS)), "NM1").find((v) => v[0] === "82");
      expect(nm1?.[2]).toBe("LOPEZ");
    }
  });
});
