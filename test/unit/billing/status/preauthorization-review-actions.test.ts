import { describe, expect, it } from "vitest";
import { toClaimStatus } from "../../../../src/billing/status/index.ts";
import { ADJUDICATION } from "../../../../src/coding/systems.ts";

const PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition";
const X12_306 = "https://codesystem.x12.org/005010/306";

/** The PAS reviewAction extension: its number, the X12 306 action code and a reason code sub-extension. */
function reviewAction(code: string, display?: string): Record<string, unknown> {
  return {
    url: `${PAS}/extension-reviewAction`,
    extension: [
      { url: "number", valueString: "AUTH0001" },
      { url: "reasonCode", valueCodeableConcept: { coding: [{ system: "https://codesystem.x12.org/external/886", code: "0U" }] } },
      { url: `${PAS}/extension-reviewActionCode`, valueCodeableConcept: { coding: [{ system: X12_306, code, ...(display ? { display } : {}) }] } },
    ],
  };
}

interface Item { itemSequence?: number; actions: string[]; extra?: Record<string, unknown>[] }

function preauth(items: Item[]): Record<string, unknown> {
  return {
    resourceType: "ClaimResponse",
    status: "active",
    use: "preauthorization",
    outcome: "complete",
    request: { reference: "Claim/pa1" },
    item: items.map((item) => ({
      ...(item.itemSequence === undefined ? {} : { itemSequence: item.itemSequence }),
      adjudication: [{ category: { coding: [{ system: ADJUDICATION, code: "submitted" }] }, extension: [...item.actions.map((code) => reviewAction(code)), ...(item.extra ?? [])] }],
    })),
  };
}

const common = { source: "ClaimResponse", claimRef: "Claim/pa1" } as const;
const NOT_CERTIFIED = {
  explanation: "Not certified: the payer did not authorize the service.",
  fix: "Read the payer's reason, add the missing clinical information and request the authorization again.",
};
const IN_PART = {
  explanation: "Certified in part: the payer authorized less than was asked (fewer units, a shorter period or another service).",
  fix: "Bill only what was authorized, or ask for the rest with the supporting documents.",
};
const lines = (...sequences: number[]) => sequences.map((sequence) => ({ sequence, reasons: [] }));

describe("prior authorization answers, line by line", () => {
  it("a plain R4 preauthorization without review actions is authorized, with its lines and no reasons", () => {
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: [] }]))).toStrictEqual({ kind: "authorized", ...common, payment: {}, lines: lines(1), reasons: [] });
  });

  it("one pended line keeps the whole request queued, even beside certified ones", () => {
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: ["A1"] }, { itemSequence: 2, actions: ["A4"] }]))).toStrictEqual({ kind: "queued", ...common });
  });

  it("a line certified in total beside one certified in part is partly authorized, and names the part", () => {
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: ["A1"] }, { itemSequence: 2, actions: ["A2"] }]))).toStrictEqual({
      kind: "partially-authorized", ...common, payment: {}, lines: lines(1, 2),
      reasons: [{ kind: "other", code: "A2", lineSequence: 2, ...IN_PART }],
    });
  });

  it("a line not certified beside a certified one: the refusal is the only reason", () => {
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: ["A1"] }, { itemSequence: 2, actions: ["A3"] }]))).toStrictEqual({
      kind: "partially-authorized", ...common, payment: {}, lines: lines(1, 2),
      reasons: [{ kind: "other", code: "A3", lineSequence: 2, ...NOT_CERTIFIED }],
    });
  });

  it("other actions beside a certified line are named as not a certification", () => {
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: ["A1"] }, { itemSequence: 2, actions: ["CT"] }, { itemSequence: 3, actions: ["ZZ"] }]))).toStrictEqual({
      kind: "partially-authorized", ...common, payment: {}, lines: lines(1, 2, 3),
      reasons: [
        { kind: "other", code: "CT", lineSequence: 2, explanation: "Contact payer: the payer did not decide and asks you to call it about this request." },
        { kind: "other", code: "ZZ", lineSequence: 3, explanation: "Review action ZZ: not a certification." },
      ],
    });
  });

  it("an unknown action is an error that quotes the payer's words when it gives them", () => {
    const response = preauth([{ itemSequence: 1, actions: [] }]);
    const adjudication = (response.item as { adjudication: { extension: unknown[] }[] }[])[0]!.adjudication[0]!;
    adjudication.extension = [reviewAction("ZZ"), reviewAction("ZY", "Sent to review board")];
    expect(toClaimStatus(response)).toStrictEqual({
      kind: "error", ...common,
      errors: [
        { code: "ZZ", system: X12_306, lineSequence: 1, text: "The payer answered with review action ZZ, which is not a certification: the service is not authorized." },
        { code: "ZY", system: X12_306, lineSequence: 1, text: "The payer answered with review action ZY (Sent to review board), which is not a certification: the service is not authorized." },
      ],
    });
  });

  it("numbers each action by its item's itemSequence, or by the item's position when none is given", () => {
    const status = toClaimStatus(preauth([{ actions: ["A1"] }, { itemSequence: 7, actions: ["A3"] }, { actions: ["A3"] }]));
    expect(status.kind === "partially-authorized" && status.reasons.map((r) => [r.code, r.lineSequence])).toEqual([["A3", 7], ["A3", 3]]);
  });

  it("reads the action code only from a review action's reviewActionCode, not from its reason code or another extension", () => {
    const elsewhere = { url: `${PAS}/extension-somethingElse`, extension: [{ url: `${PAS}/extension-reviewActionCode`, valueCodeableConcept: { coding: [{ system: X12_306, code: "A3" }] } }] };
    expect(toClaimStatus(preauth([{ itemSequence: 1, actions: ["A1"], extra: [elsewhere] }]))).toStrictEqual({ kind: "authorized", ...common, payment: {}, lines: lines(1), reasons: [] });
  });
});
