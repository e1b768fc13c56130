/**
 * Pins claimForFiles as whole Claims: the stored claim, made active, when it says what the draft
 * says; else the claim the next save would write, made active and resting on the stored one even
 * when the draft never read it (a draft without basedOn still becomes the correction, not a
 * conflict); generation 1 on an empty store.
 */
import { describe, expect, it } from "vitest";
import { buildClaim } from "../../../../src/billing/build/index.ts";
import { claimForFiles } from "../../../../src/billing/state/claim-for-files.ts";
import { readBillingState } from "../../../../src/billing/state/index.ts";
import { CONTEXT, readyFixture, storedClaim } from "./store-fixtures.ts";

describe("claimForFiles", () => {
  it("the stored draft claim as it stands, with status active, when its content is the draft's", () => {
    const draft = readyFixture();
    const stored = storedClaim(draft, "c1", "3", "draft", 2);
    const { basedOn: _ignored, ...unread } = draft;
    expect(claimForFiles(unread, readBillingState([stored], draft.encounterRef), CONTEXT)).toStrictEqual({ ...stored, status: "active" });
  });

  it("a changed draft that never read the submitted claim: the next generation replacing it, active", () => {
    const draft = readyFixture();
    const submitted = storedClaim(draft, "c1", "2", "active", 1);
    const { basedOn: _ignored, ...unread } = draft;
    const changed = { ...unread, lines: draft.lines.slice(0, 1).map((l) => ({ ...l, units: l.units + 1 })) };
    const expected = { ...buildClaim({ ...changed, replacesClaimRef: "Claim/c1" }, CONTEXT, { generation: 2, status: "draft" }), status: "active" };
    expect(claimForFiles(changed, readBillingState([submitted], draft.encounterRef), CONTEXT)).toStrictEqual(expected);
  });

  it("generation 1, active, on an empty store", () => {
    const draft = readyFixture();
    const expected = { ...buildClaim(draft, CONTEXT, { generation: 1, status: "draft" }), status: "active" };
    expect(claimForFiles(draft, readBillingState([], draft.encounterRef), CONTEXT)).toStrictEqual(expected);
  });
});
