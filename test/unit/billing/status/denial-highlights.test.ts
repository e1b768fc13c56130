import { describe, expect, it } from "vitest";
import { denialHighlights, isFinalStatus, pollDelayMs, toClaimStatus, type AdjustmentReason, type ClaimStatus } from "../../../../src/billing/status/index.ts";
import { fixtureDraft } from "../build/fixture-draft.ts";
import { adjudication, claimResponse, line, RARC } from "./simulated-responses.ts";

const draft = fixtureDraft("urgent-care-laceration.fhir.json");

describe("denialHighlights", () => {
  it("points each reason that asks for a change at its draft line and field", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("benefit", 0, "CO-11")),
      line(2, adjudication("benefit", 0, "CO-4"), adjudication("benefit", 0, "N290", RARC)),
    ], 0));
    expect(denialHighlights(status, draft).map((h) => [h.lineId, h.field, h.reason.code])).toEqual([
      [draft.lines[0]?.id, "diagnoses", "11"],
      [draft.lines[1]?.id, "modifiers", "4"],
      [draft.lines[1]?.id, "renderingProvider", "N290"],
    ]);
  });

  it("leaves out patient share and write-offs, and sends unknown codes to the claim as a whole", () => {
    const status = toClaimStatus(claimResponse("complete", [
      line(1, adjudication("deductible", 50, "PR-1"), adjudication("benefit", 80, "CO-45"), adjudication("benefit", 0, "CO-299")),
    ], 80));
    expect(denialHighlights(status, draft).map((h) => [h.field, h.reason.code])).toEqual([["claim", "299"]]);
  });

  it("asks for no change for HL7 adjudication reasons, any group PR reason, patient CARCs 1-3 and write-offs 45 and 253 in any group", () => {
    const reason = (kind: AdjustmentReason["kind"], code: string, group?: AdjustmentReason["group"]): AdjustmentReason => ({ kind, code, explanation: code, ...(group ? { group } : {}) });
    const status: ClaimStatus = {
      kind: "denied", source: "ClaimResponse", payment: {}, lines: [],
      reasons: [reason("other", "16"), reason("carc", "16", "PR"), reason("carc", "1", "OA"), reason("carc", "2", "OA"), reason("carc", "3", "OA"), reason("carc", "45", "CO"), reason("carc", "253", "CO"), reason("carc", "97", "CO")],
    };
    expect(denialHighlights(status, draft).map((h) => [h.field, h.reason.code])).toEqual([["modifiers", "97"]]);
  });

  it("has nothing to highlight for statuses without reasons", () => {
    expect(denialHighlights({ kind: "invalid", message: "x" }, draft)).toEqual([]);
    expect(denialHighlights(toClaimStatus(claimResponse("queued", [])), draft)).toEqual([]);
  });

  it("ignores a line sequence beyond the draft's lines", () => {
    const status = toClaimStatus(claimResponse("complete", [line(9, adjudication("benefit", 0, "CO-16"))], 0));
    expect(denialHighlights(status, draft).map((h) => [h.lineId, h.field, h.reason.code])).toEqual([[undefined, "claim", "16"]]);
  });
});

describe("polling", () => {
  it("stops on every status but queued", () => {
    const statuses: ClaimStatus[] = [
      { kind: "queued", source: "ClaimResponse" },
      { kind: "error", source: "ClaimResponse", errors: [] },
      { kind: "invalid", message: "x" },
      { kind: "paid", source: "ClaimResponse", payment: {}, lines: [], reasons: [] },
    ];
    expect(statuses.map(isFinalStatus)).toEqual([false, true, true, true]);
  });

  it("backs off by doubling up to the cap", () => {
    expect([0, 1, 2, 3, 10, 1000].map((n) => pollDelayMs(n, { initialMs: 1000, maxMs: 5000 }))).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
    expect(pollDelayMs(-3)).toBe(2000);
  });
});
