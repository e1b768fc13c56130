// Pins the words for acknowledgment codes: the fallbacks for codes the table does not know
// (including names that only exist on Object.prototype), a known entity in words, and every optional
// part of an IK3/IK4 error.
import { describe, expect, it } from "vitest";
import { describeAckError, describeClaimStatus, describeSetAcknowledgment } from "../../../../src/billing/clearinghouse/describe-acknowledgment.ts";

describe("describeClaimStatus", () => {
  it("names unknown category, status and entity codes with fallbacks", () => {
    expect(describeClaimStatus({ category: "ZZ", status: "9999", entity: "XX" })).toBe("ZZ Status category; 9999 Status code (entity XX)");
  });

  it("adds nothing when there is no entity", () => {
    expect(describeClaimStatus({ category: "A7", status: "562" })).toBe("A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI)");
  });

  it("names a known entity in words", () => {
    expect(describeClaimStatus({ category: "A7", status: "562", entity: "85" })).toBe("A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI) (billing provider)");
  });

  it("does not take Object.prototype names for codes", () => {
    expect(describeClaimStatus({ category: "constructor", status: "constructor", entity: "constructor" })).toBe("constructor Status category; constructor Status code (entity constructor)");
  });
});

describe("describeSetAcknowledgment", () => {
  it("names unknown IK501 and IK502 codes with fallbacks", () => {
    const set = { setControlNumber: "0042", code: "Q", accepted: false, syntaxErrorCodes: ["99", "constructor"], errors: [] };
    expect(describeSetAcknowledgment(set)).toBe("837 transaction 0042: Q Unknown acknowledgment code; 99 Transaction set error; constructor Transaction set error");
  });

  it("does not take Object.prototype names for the acknowledgment code", () => {
    const set = { setControlNumber: "0042", code: "constructor", accepted: false, syntaxErrorCodes: [], errors: [] };
    expect(describeSetAcknowledgment(set)).toBe("837 transaction 0042: constructor Unknown acknowledgment code");
  });
});

describe("describeAckError", () => {
  it("an element error without IK403 and without a bad value", () => {
    const error = { segmentId: "NM1", segmentPosition: "15", segmentErrorCode: "ZZ", elementPosition: "8" };
    expect(describeAckError(error)).toBe("NM1 (segment 15): ZZ Segment error; element NM108:  Element error");
  });

  it("unknown segment and element codes, with the bad value", () => {
    const error = { segmentId: "NM1", segmentPosition: "15", loopId: "2010BA", segmentErrorCode: "constructor", elementPosition: "8", elementErrorCode: "constructor", badValue: "ZZ" };
    expect(describeAckError(error)).toBe("NM1 (segment 15, loop 2010BA): constructor Segment error; element NM108: constructor Element error (\"ZZ\")");
  });

  it("a segment error without codes or element", () => {
    expect(describeAckError({ segmentId: "DMG", segmentPosition: "17", loopId: "2010BA" })).toBe("DMG (segment 17, loop 2010BA)");
  });

  it("an IK3 without a segment position or loop names the segment alone", () => {
    expect(describeAckError({ segmentId: "NM1" })).toBe("NM1");
    expect(describeAckError({ segmentId: "NM1", loopId: "2010BA", segmentErrorCode: "3" })).toBe("NM1 (loop 2010BA): 3 Required segment missing");
    expect(describeAckError({ segmentId: "NM1", segmentPosition: "15" })).toBe("NM1 (segment 15)");
  });
});
