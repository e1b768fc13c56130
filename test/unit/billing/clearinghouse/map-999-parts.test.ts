// Pins the 999 to ClaimResponse mapping: control numbers compared as numbers, the 837 a set
// answers, and the whole ClaimResponse of a rejected set with segment, element and set errors.
import type { Claim } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { findSubmission, sameControlNumber, setAcknowledgmentToClaimResponse } from "../../../../src/billing/clearinghouse/map-999.ts";
import type { Acknowledgment999, SetAcknowledgment } from "../../../../src/billing/clearinghouse/x12-in-model.ts";

const NOW = "2026-12-20T10:00:00Z";

function ack(set: SetAcknowledgment): Acknowledgment999 {
  return { kind: "999", envelope: { fileName: "f.x12", sender: "CLRCLM01", receiver: "R", interchangeControlNumber: "1", groupControlNumber: "2", transactionControlNumber: "3" }, groupControlNumber: "43", sets: [set], groupCode: "R", groupAccepted: false };
}

describe("sameControlNumber", () => {
  it.each([
    ["0042", "42", true], [" 42 ", "42", true], ["402", "42", false], ["0", "000", true], ["0040", "40", true], ["42", "420", false],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameControlNumber(a, b)).toBe(same);
  });
});

describe("findSubmission", () => {
  it("needs both the group and the transaction control number to match", () => {
    const set: SetAcknowledgment = { setControlNumber: "0043", code: "A", accepted: true, syntaxErrorCodes: [], errors: [] };
    const otherSet = { groupControlNumber: "43", transactionControlNumber: "0044", claims: [] };
    const otherGroup = { groupControlNumber: "44", transactionControlNumber: "0043", claims: [] };
    const right = { groupControlNumber: "000043", transactionControlNumber: "43", claims: [] };
    expect(findSubmission(ack(set), set, [otherSet, otherGroup])).toBe(undefined);
    expect(findSubmission(ack(set), set, [otherSet, otherGroup, right])).toBe(right);
  });
});

describe("setAcknowledgmentToClaimResponse", () => {
  it("a rejected set without a matching claim: every error, in words and codes", () => {
    const set: SetAcknowledgment = { setControlNumber: "0043", code: "R", accepted: false, syntaxErrorCodes: ["5"], errors: [{ segmentId: "NM1", segmentPosition: "15", segmentErrorCode: "8", elementPosition: "8", elementErrorCode: "7" }, { segmentId: "DMG" }] };
    const setText = "837 transaction 0043: R Rejected; 5 One or more segments in error";
    const nm1Text = "NM1 (segment 15): 8 Segment has element errors; element NM108: 7 Invalid code value";
    expect(setAcknowledgmentToClaimResponse(ack(set), set, { claimControlNumber: "C1", patient: {}, serviceDate: "2026-11-20" }, NOW)).toStrictEqual({
      resourceType: "ClaimResponse", status: "active",
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] }, use: "claim",
      patient: {}, created: NOW, insurer: { display: "Clearinghouse CLRCLM01" },
      request: { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C1" } },
      outcome: "error",
      disposition: `File rejected by the clearinghouse: ${setText}; ${nm1Text}; DMG`,
      error: [
        { code: { coding: [{ system: "https://x12.org/codes/implementation-segment-syntax-error-codes", code: "8" }, { system: "https://x12.org/codes/implementation-element-syntax-error-codes", code: "7" }], text: nm1Text } },
        { code: { coding: [], text: "DMG" } },
        { code: { coding: [{ system: "https://x12.org/codes/implementation-transaction-set-syntax-error-codes", code: "5" }], text: setText } },
      ],
      processNote: [{ number: 1, type: "display", text: setText }, { number: 2, type: "display", text: nm1Text }, { number: 3, type: "display", text: "DMG" }],
    });
  });

  it("with a matching claim that names no insurer, the insurer is the clearinghouse by its id", () => {
    const set: SetAcknowledgment = { setControlNumber: "0042", code: "A", accepted: true, syntaxErrorCodes: [], errors: [] };
    const claim = { resourceType: "Claim", id: "claim-1", status: "active", patient: { reference: "Patient/p1" }, created: "2026-11-20", priority: {}, insurance: [] } as unknown as Claim;
    const response = setAcknowledgmentToClaimResponse(ack(set), set, { claimControlNumber: "C1", patient: {}, serviceDate: "2026-11-20" }, NOW, { claim });
    expect(response.insurer).toStrictEqual({ display: "CLRCLM01" });
    expect(response.disposition).toBe("File accepted by the clearinghouse, on its way to the payer");
  });
});
