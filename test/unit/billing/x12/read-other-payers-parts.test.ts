// Pins how the 837P reader builds 2320/2330A/2330B for the payers ahead of the claim's payer:
// which insurances count as earlier (lower sequence than the focal one, never the focal one),
// which adjudication is used (the named ClaimResponse unless cancelled, entered in error or queued,
// else the first ExplanationOfBenefit of that coverage, active and not queued), the date (payment
// date, else created), and the exact findings and results when a part is missing.
import type { Bundle, Claim, ClaimInsurance, ClaimResponse, Coverage, ExplanationOfBenefit, FhirResource, Organization, OperationOutcomeIssue, Patient } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { CARC } from "../../../../src/coding/systems.ts";
import type { X12OtherPayer, X12ServiceLine } from "../../../../src/billing/x12/claim-837-model.ts";
import { indexBundle } from "../../../../src/billing/x12/bundle-index.ts";
import { x12Finding } from "../../../../src/billing/x12/findings.ts";
import { readOtherPayers } from "../../../../src/billing/x12/read-other-payers.ts";

const ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
const SOPT = "https://nahdo.org/sopt";

const adjudication = (category: string, value: number, reason?: string) => ({
  category: { coding: [{ system: ADJUDICATION, code: category }] },
  amount: { value, currency: "USD" },
  ...(reason ? { reason: { coding: [{ system: CARC, code: reason }] } } : {}),
});

function patient(): Patient {
  return {
    resourceType: "Patient", id: "pat-1", name: [{ family: "Doe", given: ["Jane"] }], gender: "female", birthDate: "1980-04-12",
    address: [{ line: ["48 Elm Street"], city: "Springfield", state: "IL", postalCode: "62704" }],
  };
}

function payerOrganization(id: string, name: string, payerId: string): Organization {
  return { resourceType: "Organization", id, name, identifier: [{ type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "NIIP" }] }, value: payerId }] };
}

/** The patient's own coverage with a payer: SOPT 1 (Medicare, SBR09 MB), group GRP-7. */
function coverage(id: string, payer: string, parts: Partial<Coverage> = {}): Coverage {
  return {
    resourceType: "Coverage", id, status: "active", type: { coding: [{ system: SOPT, code: "1" }] }, subscriberId: "1EG4TE5MK72",
    beneficiary: { reference: "Patient/pat-1" }, subscriber: { reference: "Patient/pat-1" }, relationship: { coding: [{ code: "self" }] },
    payor: [{ reference: `Organization/${payer}` }], class: [{ type: { coding: [{ code: "group" }] }, value: "GRP-7" }],
    ...parts,
  };
}

/** The 99214 line (150.00) adjudicated: CO-45 40, deductible PR-1 20, 90 paid; OA-23 5 at claim level. */
function response(id: string, parts: Partial<ClaimResponse> = {}): ClaimResponse {
  return {
    resourceType: "ClaimResponse", id, status: "active", type: { coding: [{ code: "professional" }] }, use: "claim",
    patient: { reference: "Patient/pat-1" }, created: "2026-12-01", insurer: { reference: "Organization/org-medicare" }, outcome: "complete",
    item: [{ itemSequence: 1, adjudication: [adjudication("submitted", 150), adjudication("eligible", 110), adjudication("noncovered", 40, "CO-45"), adjudication("deductible", 20, "PR-1"), adjudication("benefit", 90)] }],
    adjudication: [adjudication("noncovered", 5, "OA-23")],
    payment: { type: { coding: [{ code: "complete" }] }, amount: { value: 90, currency: "USD" }, date: "2026-12-03" },
    ...parts,
  };
}

/** The same adjudication as an ExplanationOfBenefit naming the coverages it is for. */
function eob(coverages: string[], parts: Partial<ExplanationOfBenefit> = {}): ExplanationOfBenefit {
  return {
    resourceType: "ExplanationOfBenefit", id: "eob-1", status: "active", type: { coding: [{ code: "professional" }] }, use: "claim",
    patient: { reference: "Patient/pat-1" }, created: "2026-12-02", insurer: { reference: "Organization/org-medicare" }, provider: { reference: "Organization/o1" },
    outcome: "complete",
    insurance: coverages.map((reference) => ({ focal: true, coverage: { reference } })),
    item: [{ sequence: 1, productOrService: { text: "99214" }, adjudication: [adjudication("submitted", 150), adjudication("noncovered", 40, "CO-45"), adjudication("deductible", 20, "PR-1"), adjudication("benefit", 90)] }],
    payment: { amount: { value: 90, currency: "USD" }, date: "2026-12-04" },
    ...parts,
  };
}

function bundleOf(...resources: FhirResource[]): Bundle {
  return { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) };
}

/** A Claim for pat-1 with these insurances (Claim.insurance may be absent). */
function claimWith(insurance: ClaimInsurance[] | undefined): Claim {
  return { resourceType: "Claim", status: "active", type: { text: "professional" }, use: "claim", patient: { reference: "Patient/pat-1" }, created: "2026-11-24", provider: { reference: "Organization/o1" }, priority: { text: "normal" }, ...(insurance ? { insurance } : {}) } as Claim;
}

/** The claim to the secondary (cov-2, focal) after Medicare (cov-medicare) answered with cr-1 when given. */
function secondaryClaim(claimResponse?: string): Claim {
  return claimWith([
    { sequence: 1, focal: false, coverage: { reference: "Coverage/cov-medicare" }, ...(claimResponse ? { claimResponse: { reference: claimResponse } } : {}) },
    { sequence: 2, focal: true, coverage: { reference: "Coverage/cov-2" } },
  ]);
}

function lines(): X12ServiceLine[] {
  return [{ code: "99214", modifiers: [], chargeCents: 15000, units: 1, pointers: [1], serviceDate: "20261120" }];
}

function read(bundle: Bundle, claim: Claim): { payers: X12OtherPayer[] | undefined; issues: OperationOutcomeIssue[] } {
  const ctx = { index: indexBundle(bundle), issues: [] as OperationOutcomeIssue[] };
  const payers = readOtherPayers(ctx, claim, lines());
  return { payers, issues: ctx.issues };
}

/** What Medicare's answer becomes (date: its DTP*573). */
function medicarePayer(date: string, responsibility: X12OtherPayer["responsibility"] = "P"): X12OtherPayer {
  return {
    responsibility, relationship: "18", groupNumber: "GRP-7", filingIndicator: "MB",
    adjustments: [{ group: "OA", reason: "23", amountCents: 500 }],
    paidCents: 9000, patientResponsibilityCents: 2000,
    subscriber: {
      name: { kind: "person", last: "DOE", first: "JANE", middle: undefined, suffix: undefined },
      memberId: "1EG4TE5MK72",
      address: { line1: "48 ELM STREET", line2: undefined, city: "SPRINGFIELD", state: "IL", postalCode: "62704" },
    },
    payer: { name: "MEDICARE PART B", payerId: "00882" },
    date,
    lines: [{ lineIndex: 0, paidCents: 9000, adjustments: [{ group: "CO", reason: "45", amountCents: 4000 }, { group: "PR", reason: "1", amountCents: 2000 }], date }],
  };
}

function noAdjudication(index: number, sequence: number): OperationOutcomeIssue {
  const at = `Claim.insurance[${index}]`;
  return x12Finding(
    "x12-missing-data",
    `This claim goes to a later payer (insurance sequence ${sequence}) than the one in ${at}: it must carry that payer's adjudication (${at}.claimResponse -> its ClaimResponse, or its ExplanationOfBenefit, in the Bundle) for the 2320/2330 loops. Post that payer's remittance first.`,
    `${at}.claimResponse`,
  );
}

describe("which insurances are other payers", () => {
  it("none for a claim without insurance or with an empty list", () => {
    expect(read(bundleOf(patient()), claimWith(undefined))).toStrictEqual({ payers: [], issues: [] });
    expect(read(bundleOf(patient()), claimWith([]))).toStrictEqual({ payers: [], issues: [] });
  });

  it("none for a claim to the primary, even with a later insurance listed (not in the Bundle)", () => {
    const claim = claimWith([
      { sequence: 1, focal: true, coverage: { reference: "Coverage/cov-2" } },
      { sequence: 2, focal: false, coverage: { reference: "Coverage/cov-absent" } },
    ]);
    expect(read(bundleOf(patient()), claim)).toStrictEqual({ payers: [], issues: [] });
  });

  it("none for an insurance with the same sequence as the focal one", () => {
    const claim = claimWith([
      { sequence: 1, focal: false, coverage: { reference: "Coverage/cov-absent" } },
      { sequence: 1, focal: true, coverage: { reference: "Coverage/cov-2" } },
    ]);
    expect(read(bundleOf(patient()), claim)).toStrictEqual({ payers: [], issues: [] });
  });

  it("both earlier payers of a claim to the tertiary, in order, as P and S", () => {
    const claim = claimWith([
      { sequence: 1, focal: false, coverage: { reference: "Coverage/cov-medicare" }, claimResponse: { reference: "ClaimResponse/cr-1" } },
      { sequence: 2, focal: false, coverage: { reference: "Coverage/cov-medigap" }, claimResponse: { reference: "ClaimResponse/cr-2" } },
      { sequence: 3, focal: true, coverage: { reference: "Coverage/cov-3" } },
    ]);
    const bundle = bundleOf(
      patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"),
      response("cr-1"), coverage("cov-medigap", "org-medicare"), response("cr-2", { payment: { type: { text: "complete" }, amount: { value: 90, currency: "USD" }, date: "2026-12-09" } }),
    );
    expect(read(bundle, claim)).toStrictEqual({ payers: [medicarePayer("20261203", "P"), medicarePayer("20261209", "S")], issues: [] });
  });
});

describe("an earlier payer beyond the tertiary", () => {
  it("is refused (SBR01 has P, S and T here, never a second P for a fourth payer)", () => {
    const claim = claimWith([
      { sequence: 4, focal: false, coverage: { reference: "Coverage/cov-medicare" }, claimResponse: { reference: "ClaimResponse/cr-1" } },
      { sequence: 5, focal: true, coverage: { reference: "Coverage/cov-5" } },
    ]);
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), response("cr-1"));
    expect(read(bundle, claim)).toStrictEqual({
      payers: undefined,
      issues: [
        x12Finding(
          "x12-invalid-data",
          "Claim.insurance[0].sequence is 4: the 837P is written for earlier payers that are primary, secondary or tertiary (2320 SBR01 P, S or T); a fourth or later payer (SBR01 A to H) is not supported.",
          "Claim.insurance[0].sequence",
        ),
      ],
    });
  });
});

describe("the earlier payer's coverage and adjudication", () => {
  it("reads the named ClaimResponse: subscriber, group, payer, amounts and its payment date", () => {
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), response("cr-1"));
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({ payers: [medicarePayer("20261203")], issues: [] });
  });

  it("leaves the group number out when the coverage has none", () => {
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare", { class: [] }), response("cr-1"));
    const { groupNumber: _, ...withoutGroup } = medicarePayer("20261203");
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({ payers: [withoutGroup], issues: [] });
  });

  it("takes the created date when the payment has no date", () => {
    const answer = response("cr-1", { payment: { type: { text: "complete" }, amount: { value: 90, currency: "USD" } } });
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), answer);
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({ payers: [medicarePayer("20261201")], issues: [] });
  });

  it("refuses an adjudication with neither payment date nor created date", () => {
    const answer = response("cr-1", { payment: { type: { text: "complete" }, amount: { value: 90, currency: "USD" } } });
    delete (answer as Partial<ClaimResponse>).created;
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), answer);
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({
      payers: undefined,
      issues: [x12Finding("x12-missing-data", "Claim.insurance[0]: the other payer's adjudication has no payment date or created date (DTP*573).", "Claim.insurance[0].claimResponse")],
    });
  });

  it("refuses an earlier insurance whose Coverage is not in the Bundle", () => {
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), response("cr-1"));
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({
      payers: undefined,
      issues: [
        x12Finding(
          "x12-missing-data",
          "Claim.insurance[0].coverage must reference the other payer's Coverage included in the Bundle (a claim to a later payer names the earlier ones).",
          "Claim.insurance[0].coverage",
        ),
      ],
    });
  });

  it("gives nothing when the earlier coverage has no member id", () => {
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare", { subscriberId: undefined }), response("cr-1"));
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({
      payers: undefined,
      issues: [x12Finding("x12-missing-data", "Coverage.subscriberId is missing; the 837P needs it.", "Coverage.subscriberId")],
    });
  });

  it("gives nothing when the earlier payer's Organization is not in the Bundle", () => {
    const bundle = bundleOf(patient(), coverage("cov-medicare", "org-medicare"), response("cr-1"));
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({
      payers: undefined,
      issues: [x12Finding("x12-missing-data", "Coverage.payor must reference the payer Organization included in the Bundle.", "Coverage.payor")],
    });
  });

  it("names the focal insurance's sequence when an earlier payer's adjudication is missing", () => {
    const claim = claimWith([
      { sequence: 1, focal: false, coverage: { reference: "Coverage/cov-medicare" } },
      { sequence: 3, focal: true, coverage: { reference: "Coverage/cov-3" } },
    ]);
    const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"));
    expect(read(bundle, claim)).toStrictEqual({ payers: undefined, issues: [noAdjudication(0, 3)] });
  });

  it("does not take a ClaimResponse that is cancelled, entered in error or queued", () => {
    const answers = [response("cr-1", { status: "cancelled" }), response("cr-1", { status: "entered-in-error" }), response("cr-1", { outcome: "queued" })];
    for (const answer of answers) {
      const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), answer);
      expect([answer.status, answer.outcome, read(bundle, secondaryClaim("ClaimResponse/cr-1"))]).toStrictEqual([
        answer.status,
        answer.outcome,
        { payers: undefined, issues: [noAdjudication(0, 2)] },
      ]);
    }
  });
});

describe("an ExplanationOfBenefit in place of the ClaimResponse", () => {
  it("is used when the insurance names no ClaimResponse and one of its insurances is that coverage", () => {
    const bundle = bundleOf(
      patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"),
      eob(["Coverage/cov-other", "Coverage/cov-medicare"]),
    );
    const expected = { ...medicarePayer("20261204"), adjustments: [] };
    expect(read(bundle, secondaryClaim())).toStrictEqual({ payers: [expected], issues: [] });
  });

  it("is used when the named ClaimResponse is cancelled", () => {
    const bundle = bundleOf(
      patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"),
      response("cr-1", { status: "cancelled" }), eob(["Coverage/cov-medicare"]),
    );
    const expected = { ...medicarePayer("20261204"), adjustments: [] };
    expect(read(bundle, secondaryClaim("ClaimResponse/cr-1"))).toStrictEqual({ payers: [expected], issues: [] });
  });

  it("is not used when it is for another coverage, has no coverage reference or no insurance, is not active, or is queued", () => {
    const eobs = [
      eob(["Coverage/cov-other"]),
      { ...eob([]), insurance: [{ focal: true, coverage: { display: "Medicare" } }] },
      { ...eob([]), insurance: undefined } as unknown as ExplanationOfBenefit,
      eob(["Coverage/cov-medicare"], { status: "cancelled" }),
      eob(["Coverage/cov-medicare"], { outcome: "queued" }),
    ];
    for (const candidate of eobs) {
      const bundle = bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), candidate);
      expect(read(bundle, secondaryClaim())).toStrictEqual({ payers: undefined, issues: [noAdjudication(0, 2)] });
    }
  });
});

describe("the paid amount and the subscriber relationship of an earlier payer", () => {
  it("the payment amount the payer stated wins over the lines' paid sum; without one, the lines' sum is the paid amount", () => {
    const stated = read(bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"),
      response("cr-1", { payment: { type: { coding: [{ code: "complete" }] }, amount: { value: 85.5, currency: "USD" }, date: "2026-12-03" } })), secondaryClaim("ClaimResponse/cr-1"));
    expect(stated).toStrictEqual({ payers: [{ ...medicarePayer("20261203"), paidCents: 8550 }], issues: [] });

    const twoLines = (): ClaimResponse => {
      const base = response("cr-1");
      const item = base.item?.[0];
      if (!item) throw new Error("the fixture has a line");
      return { ...base, item: [item, { itemSequence: 2, adjudication: [adjudication("submitted", 50), adjudication("noncovered", 20, "CO-45"), adjudication("benefit", 30)] }] };
    };
    const { payment: _, ...unstated } = twoLines();
    const ctx = { index: indexBundle(bundleOf(patient(), payerOrganization("org-medicare", "Medicare Part B", "00882"), coverage("cov-medicare", "org-medicare"), unstated as ClaimResponse)), issues: [] as OperationOutcomeIssue[] };
    const twoServiceLines: X12ServiceLine[] = [...lines(), { code: "36415", modifiers: [], chargeCents: 5000, units: 1, pointers: [1], serviceDate: "20261120" }];
    const payers = readOtherPayers(ctx, secondaryClaim("ClaimResponse/cr-1"), twoServiceLines);
    expect(ctx.issues).toStrictEqual([]);
    expect(payers?.map((p) => ({ paidCents: p.paidCents, lines: p.lines.map((l) => l.paidCents) }))).toStrictEqual([{ paidCents: 12000, lines: [9000, 3000] }]);
  });

  it("a subscriber who is not the patient gives the patient's relationship to them (a spouse: 01), not 18", () => {
    const spouse: FhirResource = {
      resourceType: "RelatedPerson", id: "rp-1", patient: { reference: "Patient/pat-1" }, name: [{ family: "Doe", given: ["John"] }],
      address: [{ line: ["48 Elm Street"], city: "Springfield", state: "IL", postalCode: "62704" }],
    };
    const bundle = bundleOf(patient(), spouse, payerOrganization("org-medicare", "Medicare Part B", "00882"),
      coverage("cov-medicare", "org-medicare", { subscriber: { reference: "RelatedPerson/rp-1" }, relationship: { coding: [{ code: "spouse" }] } }), response("cr-1"));
    const result = read(bundle, secondaryClaim("ClaimResponse/cr-1"));
    expect(result.issues).toStrictEqual([]);
    expect(result.payers?.map((p) => ({ relationship: p.relationship, subscriber: p.subscriber.name }))).toStrictEqual([
      { relationship: "01", subscriber: { kind: "person", last: "DOE", first: "JOHN", middle: undefined, suffix: undefined } },
    ]);
  });
});
