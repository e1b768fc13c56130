import { describe, expect, it } from "vitest";
import {
  buildChargeCorrection,
  buildReplacementClaim,
  buildSubmission,
  checkReadyDraft,
  lineIdOf,
  REPLACES_CHARGE_EXTENSION,
  type ReadyDraft,
} from "../../../../src/billing/build/index.ts";
import { fixtureDraft } from "./fixture-draft.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

function ready(revision: number): ReadyDraft {
  const check = checkReadyDraft(fixtureDraft("urgent-care-laceration.fhir.json", revision));
  if (!check.ok) throw new Error("not ready");
  return check.draft;
}

describe("buildReplacementClaim", () => {
  const first = buildSubmission(ready(1), context);
  const previous = { ...first.claim.resource, id: "claim-41" };
  const replacement = buildReplacementClaim(ready(2), previous, context);

  it("links the new Claim to the old one and gives it new identifiers", () => {
    expect(replacement.submission.claim.resource.related?.[0]?.claim?.reference).toBe("Claim/claim-41");
    expect(replacement.submission.claim.ifNoneExist).not.toBe(first.claim.ifNoneExist);
  });

  it("cancels the old Claim and leaves the rest of it untouched", () => {
    expect(replacement.cancelled?.status).toBe("cancelled");
    expect({ ...replacement.cancelled, status: previous.status }).toEqual(previous);
    expect(previous.status).toBe("active");
  });

  it("writes no cancellation when the old Claim read back is already cancelled (a retry)", () => {
    const retried = buildReplacementClaim(ready(2), { ...previous, status: "cancelled" }, context);
    expect(retried.cancelled).toBeUndefined();
    expect(retried.submission.claim.ifNoneExist).toBe(replacement.submission.claim.ifNoneExist);
  });

  it("records the correction as an UPDATE in the Provenance", () => {
    expect(replacement.submission.provenance.resource.activity?.coding?.[0]?.code).toBe("UPDATE");
  });
});

describe("buildChargeCorrection", () => {
  const first = buildSubmission(ready(1), context);
  const previous = first.chargeItems.map((entry, i) => ({ ...entry.resource, id: `ci-${i}` }));
  const second = buildSubmission(ready(2), context);
  const correction = buildChargeCorrection(second, previous);

  it("points each new charge at the previous charge of the same line", () => {
    const pointed = correction.create.map((c) => c.extension?.find((e) => e.url === REPLACES_CHARGE_EXTENSION)?.valueReference?.reference);
    expect(pointed).toEqual(previous.map((p) => `ChargeItem/${p.id}`));
    expect(correction.create.map(lineIdOf)).toEqual(previous.map(lineIdOf));
  });

  it("retires the previous charges as entered-in-error, once", () => {
    expect(correction.retire.map((c) => c.status)).toEqual(previous.map(() => "entered-in-error"));
    expect(buildChargeCorrection(second, correction.retire).retire).toEqual([]);
  });

  it("adds a line that had no previous charge without a replaces link", () => {
    const onlyFirst = buildChargeCorrection(second, previous.slice(0, 1));
    expect(onlyFirst.create[1]?.extension?.some((e) => e.url === REPLACES_CHARGE_EXTENSION) ?? false).toBe(false);
  });
});
