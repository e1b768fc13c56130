// Pins how the export options become envelope values: the whole EnvelopeValues object for good
// options, the exact RangeError for each bad one (party id lengths 2..15, empty names, control
// numbers written only with digits and at most 999999999, 10-digit US phones with an optional
// leading country code 1).
import { describe, expect, it } from "vitest";
import { readEnvelopeValues, type X12ExportOptions } from "../../../../src/billing/x12/export-options.ts";
import { OPTIONS } from "./x12-fixtures.ts";

const EXPECTED = {
  submitter: { name: "RIVERSIDE FAMILY MEDICINE", id: "RFM0042", contactName: "BILLING OFFICE", phone: "2175550142" },
  receiver: { name: "CLEAR CLAIMS CLEARINGHOUSE", id: "CLRCLM01" },
  control: 42,
  date: "20261126",
  time: "1830",
  usage: "T",
};

function errorOf(options: X12ExportOptions): string {
  try {
    readEnvelopeValues(options);
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as Error).message;
  }
  throw new Error("readEnvelopeValues accepted the options");
}

const withSubmitter = (change: Partial<X12ExportOptions["submitter"]>): X12ExportOptions => ({
  ...OPTIONS,
  submitter: { ...OPTIONS.submitter, ...change },
});
const idError = (what: string) => `${what} must be 2 to 15 characters without * ~ : ^ (it fills ISA06/ISA08).`;
const controlError = (value: string) => `controlNumber must be a whole number from 1 to 999999999, not ${value}.`;
const PHONE_ERROR = "submitter.contactPhone must be a 10-digit US phone number (1000A PER needs it).";

describe("X12 export options", () => {
  it("shapes good options into the envelope values", () => {
    expect(readEnvelopeValues(OPTIONS)).toStrictEqual(EXPECTED);
  });

  it.each([["AB"], ["ABCDEFGHIJKLMNO"]])("takes a party id of %s (2 and 15 characters)", (id) => {
    expect(readEnvelopeValues(withSubmitter({ id }))).toStrictEqual({ ...EXPECTED, submitter: { ...EXPECTED.submitter, id } });
    expect(readEnvelopeValues({ ...OPTIONS, receiver: { ...OPTIONS.receiver, id } })).toStrictEqual({
      ...EXPECTED,
      receiver: { ...EXPECTED.receiver, id },
    });
  });

  it.each([["A"], ["ABCDEFGHIJKLMNOP"], ["RFM*42"]])("refuses a party id of %s", (id) => {
    expect(errorOf(withSubmitter({ id }))).toBe(idError("submitter.id"));
    expect(errorOf({ ...OPTIONS, receiver: { ...OPTIONS.receiver, id } })).toBe(idError("receiver.id"));
  });

  it("refuses a name that is empty once cleaned, naming the party", () => {
    expect(errorOf(withSubmitter({ name: " *~ " }))).toBe("submitter.name is empty.");
    expect(errorOf({ ...OPTIONS, receiver: { ...OPTIONS.receiver, name: "" } })).toBe("receiver.name is empty.");
  });

  it.each([
    [" 42 ", 42],
    ["000123", 123],
    ["999999999", 999_999_999],
    [999_999_999, 999_999_999],
    [1, 1],
  ])("takes control number %j as %s", (controlNumber, control) => {
    expect(readEnvelopeValues({ ...OPTIONS, controlNumber })).toStrictEqual({ ...EXPECTED, control });
  });

  it.each([["1e3"], ["12.0"], ["+7"], ["0x10"], ["-5"], ["1234567890"], ["0"], [""]])(
    "refuses control number %j (digits only, 1 to 999999999)",
    (controlNumber) => {
      expect(errorOf({ ...OPTIONS, controlNumber })).toBe(controlError(controlNumber));
    },
  );

  it.each([[0], [1_000_000_000], [2.5]])("refuses control number %s", (controlNumber) => {
    expect(errorOf({ ...OPTIONS, controlNumber })).toBe(controlError(String(controlNumber)));
  });

  it.each([
    ["+1 (217) 555-0142", "2175550142"],
    ["12175550142", "2175550142"],
    ["217.555.0142", "2175550142"],
    ["1234567890", "1234567890"],
  ])("takes phone %s as %s (a leading 1 only dropped from 11 digits)", (contactPhone, phone) => {
    expect(readEnvelopeValues(withSubmitter({ contactPhone }))).toStrictEqual({
      ...EXPECTED,
      submitter: { ...EXPECTED.submitter, phone },
    });
  });

  it.each([["2 217 555 0142"], ["217 555 014"], ["1 1217 555 0142"], [""]])("refuses phone %j", (contactPhone) => {
    expect(errorOf(withSubmitter({ contactPhone }))).toBe(PHONE_ERROR);
  });

  it("refuses a missing phone", () => {
    const { contactPhone: _dropped, ...submitter } = OPTIONS.submitter;
    expect(errorOf({ ...OPTIONS, submitter })).toBe(PHONE_ERROR);
  });
});
