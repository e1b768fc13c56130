// Pins a 277CA claim acknowledgment as a ClaimResponse when nothing in the app matched it:
// an unnamed payer, a rejection without statuses, a status without entity, and STC12 free text;
// an acceptance by a named payer, and a rejection with two statuses (one coding an entity).
import { describe, expect, it } from "vitest";
import { claimAcknowledgmentToClaimResponse } from "../../../../src/billing/clearinghouse/map-277ca.ts";
import type { ClaimStatus277 } from "../../../../src/billing/clearinghouse/x12-in-model.ts";

const NOW = "2026-12-20T10:00:00Z";
const TYPE = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/claim-type", code: "professional" }] };

function file(payer: ClaimStatus277["payer"]): ClaimStatus277 {
  return { kind: "277CA", envelope: { fileName: "f.x12", sender: "S", receiver: "R", interchangeControlNumber: "1", groupControlNumber: "2", transactionControlNumber: "3" }, payer, claims: [] };
}

describe("claimAcknowledgmentToClaimResponse without a matching claim", () => {
  it("a rejection with no status and no payer name says so", () => {
    const response = claimAcknowledgmentToClaimResponse(file({}), { claimControlNumber: "C1", patient: {}, statuses: [], accepted: false }, NOW);
    expect(response).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: TYPE, use: "claim", patient: {}, created: NOW,
      insurer: { display: "Unknown payer" },
      request: { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C1" } },
      outcome: "error", disposition: "Rejected by the payer: no reason given", error: [],
    });
  });

  it("a rejection with a status without entity and STC12 free text", () => {
    const text = "A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI)";
    const response = claimAcknowledgmentToClaimResponse(file({ id: "P9" }), {
      claimControlNumber: "C1", payerClaimControlNumber: "PC", patient: { lastName: "DOE", memberId: "M1" }, statuses: [{ category: "A7", status: "562" }], freeText: "see notes", accepted: false,
    }, NOW);
    expect(response).toStrictEqual({
      resourceType: "ClaimResponse",
      identifier: [{ system: "https://smart-coding-billing.example/payer-claim-control-number", value: "PC" }],
      status: "active", type: TYPE, use: "claim",
      patient: { identifier: { system: "https://smart-coding-billing.example/member-id", value: "M1" }, display: "DOE" },
      created: NOW,
      insurer: { identifier: { system: "https://smart-coding-billing.example/payer-id", value: "P9" }, display: "P9" },
      request: { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C1" } },
      outcome: "error", disposition: `Rejected by the payer: ${text}`,
      error: [{ code: { coding: [{ system: "https://x12.org/codes/claim-status-category-codes", code: "A7" }, { system: "https://x12.org/codes/claim-status-codes", code: "562" }], text } }],
      processNote: [{ number: 1, type: "display", text }, { number: 2, type: "display", text: "see notes" }],
    });
  });

  it("an acceptance by a named payer is queued with the statuses as notes and no errors", () => {
    const text = "A2 Accepted into the payer's adjudication system; 20 Accepted for processing";
    const response = claimAcknowledgmentToClaimResponse(file({ name: "ACME HEALTH" }), { claimControlNumber: "C2", patient: {}, statuses: [{ category: "A2", status: "20" }], accepted: true }, NOW);
    expect(response).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: TYPE, use: "claim", patient: {}, created: NOW,
      insurer: { display: "ACME HEALTH" },
      request: { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C2" } },
      outcome: "queued", disposition: "Accepted by ACME HEALTH, pending adjudication",
      processNote: [{ number: 1, type: "display", text }],
    });
  });

  it("a rejection with two statuses, one naming an entity, lists both and codes the entity", () => {
    const first = "A7 Rejected: information invalid; 562 The entity's National Provider Identifier (NPI) (billing provider)";
    const second = "A7 Rejected: information invalid; 20 Accepted for processing";
    const response = claimAcknowledgmentToClaimResponse(file({}), {
      claimControlNumber: "C3", patient: {}, statuses: [{ category: "A7", status: "562", entity: "85" }, { category: "A7", status: "20" }], accepted: false,
    }, NOW);
    expect(response).toStrictEqual({
      resourceType: "ClaimResponse", status: "active", type: TYPE, use: "claim", patient: {}, created: NOW,
      insurer: { display: "Unknown payer" },
      request: { identifier: { system: "https://smart-coding-billing.example/claim-control-number", value: "C3" } },
      outcome: "error", disposition: `Rejected by the payer: ${first} / ${second}`,
      error: [
        { code: { coding: [{ system: "https://x12.org/codes/claim-status-category-codes", code: "A7" }, { system: "https://x12.org/codes/claim-status-codes", code: "562" }, { system: "https://x12.org/codes/entity-identifier-codes", code: "85" }], text: first } },
        { code: { coding: [{ system: "https://x12.org/codes/claim-status-category-codes", code: "A7" }, { system: "https://x12.org/codes/claim-status-codes", code: "20" }], text: second } },
      ],
      processNote: [{ number: 1, type: "display", text: first }, { number: 2, type: "display", text: second }],
    });
  });
});
