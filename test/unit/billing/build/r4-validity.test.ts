import { beforeAll, describe, expect, it } from "vitest";
import {
  buildChargeCorrection,
  buildReplacementClaim,
  buildSubmission,
  buildSubmissionBundle,
  checkReadyDraft,
  type ReadyDraft,
} from "../../../../src/billing/build/index.ts";
import { fixtureDraft, fixtureNames } from "./fixture-draft.ts";
import { indexR4Definitions, r4Errors } from "./r4-validation.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

function ready(name: string, revision = 1): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft(name, revision));
  if (!check.ok) throw new Error(JSON.stringify(check.outcome));
  return check.draft;
}

beforeAll(() => indexR4Definitions());

describe.each(fixtureNames())("every built resource is valid R4: %s", (name) => {
  const submission = buildSubmission(ready(name), context);

  it("ChargeItems", () => {
    expect(submission.chargeItems.length).toBeGreaterThan(0);
    for (const entry of submission.chargeItems) expect(r4Errors(entry.resource)).toEqual([]);
  });

  it("Claim", () => {
    expect(r4Errors(submission.claim.resource)).toEqual([]);
  });

  it("Provenance", () => {
    expect(r4Errors(submission.provenance.resource)).toEqual([]);
  });

  it("the transaction Bundle", () => {
    expect(r4Errors(buildSubmissionBundle(submission))).toEqual([]);
  });

  it("a replacement Claim, the cancelled one, and corrected charges", () => {
    const previous = { ...submission.claim.resource, id: "claim-7" };
    const replacement = buildReplacementClaim(ready(name, 2), previous, context);
    expect(r4Errors(replacement.submission.claim.resource)).toEqual([]);
    expect(replacement.cancelled && r4Errors(replacement.cancelled)).toEqual([]);
    const old = submission.chargeItems.map((entry, i) => ({ ...entry.resource, id: `ci-${i}` }));
    const correction = buildChargeCorrection(replacement.submission, old);
    for (const item of [...correction.create, ...correction.retire]) expect(r4Errors(item)).toEqual([]);
  });
});

describe("the validator used above", () => {
  it("rejects a Claim without its required elements", () => {
    const claim = buildSubmission(ready(fixtureNames()[0] ?? ""), context).claim.resource;
    const broken = { ...claim, insurance: undefined, type: undefined } as unknown as typeof claim;
    expect(r4Errors(broken).join("\n")).toMatch(/Claim\.(type|insurance)/);
  });
});
