import { describe, expect, it } from "vitest";
import type { AdjustmentReason, ClaimStatus } from "../../../../src/billing/status/claim-status.ts";
import { nextActions } from "../../../../src/billing/status/next-actions.ts";

const reason = (group: AdjustmentReason["group"], code: string): AdjustmentReason => ({ kind: "carc", group, code, explanation: code });
const denied = (...reasons: AdjustmentReason[]): ClaimStatus => ({ kind: "denied", source: "ClaimResponse", payment: {}, lines: [], reasons });
const kinds = (status: ClaimStatus) => nextActions(status).map((a) => `${a.kind}:${a.because.join("+")}`);

describe("nextActions", () => {
  it.each([
    ["missing information: correct and resubmit", denied(reason("CO", "16")), ["correct-and-resubmit:CO-16"]],
    ["timely filing: recoding cannot help, write off (or appeal with proof)", denied(reason("CO", "29")), ["write-off:CO-29"]],
    ["medical necessity: appeal with the notes", denied(reason("CO", "50")), ["appeal:CO-50"]],
    ["deductible and coinsurance: bill the patient", denied(reason("PR", "1"), reason("PR", "2")), ["bill-patient:PR-1+PR-2"]],
    ["coverage ended: verify coverage", denied(reason("CO", "27")), ["verify-coverage:CO-27"]],
    ["an unknown reason: a person reviews it", denied(reason("CO", "999")), ["review:CO-999"]],
    ["several reasons: the most pressing first", denied(reason("CO", "45"), reason("PR", "3"), reason("CO", "11")), ["correct-and-resubmit:CO-11", "bill-patient:PR-3", "write-off:CO-45"]],
  ] as const)("%s", (_, status, expected) => {
    expect(kinds(status)).toEqual(expected);
  });

  it("a rejection before adjudication is corrected; a claim paid without reasons needs nothing", () => {
    expect(kinds({ kind: "error", source: "ClaimResponse", errors: [{ code: "a001", text: "Missing Identifier" }] })).toEqual(["correct-and-resubmit:a001"]);
    expect(nextActions({ kind: "paid", source: "ClaimResponse", payment: {}, lines: [], reasons: [] })).toEqual([]);
    expect(nextActions({ kind: "denied", source: "ClaimResponse", payment: {}, lines: [], reasons: [{ kind: "rarc", code: "N130", explanation: "x" }] })).toEqual([]);
  });

  it("a rejection's advice is exact; statuses without reasons or errors call for nothing", () => {
    expect(nextActions({ kind: "error", source: "ClaimResponse", errors: [{ code: "a001", text: "x" }, { code: "a002", text: "y" }] })).toStrictEqual([
      { kind: "correct-and-resubmit", because: ["a001", "a002"], advice: "The claim was rejected before adjudication: correct what the errors name and resubmit." },
    ]);
    expect(nextActions({ kind: "queued", source: "ClaimResponse" })).toStrictEqual([]);
    expect(nextActions({ kind: "invalid", message: "x" })).toStrictEqual([]);
  });

  it("names a reason without a group by its code alone", () => {
    expect(kinds(denied(reason(undefined, "16")))).toEqual(["correct-and-resubmit:16"]);
  });

  it("merges reasons calling for the same action: each reason named once, each distinct advice once, in order", () => {
    const actions = nextActions(denied(reason("CO", "16"), reason("CO", "4"), reason("CO", "16"), reason("CO", "4")));
    expect(actions).toStrictEqual([{
      kind: "correct-and-resubmit",
      because: ["CO-16", "CO-4"],
      advice: "Add the missing information the remark names and send a corrected claim. Correct the modifier for the code and send a corrected claim.",
    }]);
  });

  it("every action explains itself", () => {
    for (const action of nextActions(denied(reason("CO", "16"), reason("CO", "50"), reason("CO", "29"), reason("PR", "1")))) expect(action.advice.length).toBeGreaterThan(20);
  });
});
