/**
 * Pins buildChargeItem's whole ChargeItem: with every optional reference (account, performer,
 * billing organization, procedure, modifiers) and with none of them (no key at all), the price as
 * units x fee, and the exact override reasons including a zero fee schedule price.
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../../src/billing/claim-draft.ts";
import {
  buildChargeItem,
  buildChargeItems,
  CHARGE_MODIFIER_EXTENSION,
  chargeValueOf,
  overrideReasonOf,
  PERFORMER_FUNCTION,
} from "../../../../src/billing/build/build-charge-items.ts";
import { CHARGE_SERVICE_SYSTEM } from "../../../../src/billing/state/billing-identifiers.ts";
import { CPT, HCPCS, ICD10CM } from "../../../../src/coding/systems.ts";

const NOW = "2026-11-26T18:00:00Z";

function line(patch: Partial<DraftLine> = {}): DraftLine {
  return { id: "l1", system: CPT, code: "99213", modifiers: [], units: 2, diagnosisPointers: [2, 1], placeOfService: "11", unitCharge: 45.5, serviceDate: "2026-11-20", ...patch };
}

function draft(patch: Partial<ClaimDraft> = {}): ClaimDraft {
  return {
    encounterRef: "Encounter/enc-1",
    patientRef: "Patient/pat-1",
    revision: 1,
    diagnoses: [{ code: "E11.9", display: "Diabetes" }, { code: "I10", display: "Hypertension" }],
    lines: [line()],
    ...patch,
  };
}

describe("buildChargeItem", () => {
  it("builds the bare charge with no optional keys when the draft names no account, providers, procedure or modifiers", () => {
    const bare = draft();
    const l = bare.lines[0]!;
    expect(buildChargeItem(bare, l, { now: NOW })).toStrictEqual({
      resourceType: "ChargeItem",
      identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: chargeValueOf(bare, l, 1) }],
      status: "billable",
      code: { coding: [{ system: CPT, code: "99213" }] },
      subject: { reference: "Patient/pat-1" },
      context: { reference: "Encounter/enc-1" },
      occurrenceDateTime: "2026-11-20",
      enteredDate: NOW,
      quantity: { value: 2 },
      priceOverride: { value: 91, currency: "USD" },
      overrideReason: "Charge per unit from the claim (the practice fee schedule or entered by the coder).",
      reason: [
        { coding: [{ system: ICD10CM, code: "I10", display: "Hypertension" }] },
        { coding: [{ system: ICD10CM, code: "E11.9", display: "Diabetes" }] },
      ],
    });
  });

  it("names the account, performer, billing organization, procedure and modifiers when the draft has them", () => {
    const l = line({ modifiers: ["25", "GT"], procedureRef: "Procedure/p1", listPrice: 45.5 });
    const full = draft({ lines: [l], accountRef: "Account/a1", renderingProviderRef: "Practitioner/dr-1", billingProviderRef: "Organization/org-1" });
    expect(buildChargeItems(full, { now: NOW, fhirUserRef: "Practitioner/coder-1", currency: "EUR" }, 2)).toStrictEqual([{
      resourceType: "ChargeItem",
      identifier: [{ system: CHARGE_SERVICE_SYSTEM, value: chargeValueOf(full, l, 2) }],
      status: "billable",
      code: { coding: [{ system: CPT, code: "99213" }] },
      subject: { reference: "Patient/pat-1" },
      context: { reference: "Encounter/enc-1" },
      occurrenceDateTime: "2026-11-20",
      enterer: { reference: "Practitioner/coder-1" },
      enteredDate: NOW,
      quantity: { value: 2 },
      priceOverride: { value: 91, currency: "EUR" },
      overrideReason: "Practice fee schedule: 45.50 EUR per unit.",
      reason: [
        { coding: [{ system: ICD10CM, code: "I10", display: "Hypertension" }] },
        { coding: [{ system: ICD10CM, code: "E11.9", display: "Diabetes" }] },
      ],
      account: [{ reference: "Account/a1" }],
      performer: [{ function: PERFORMER_FUNCTION, actor: { reference: "Practitioner/dr-1" } }],
      performingOrganization: { reference: "Organization/org-1" },
      service: [{ reference: "Procedure/p1" }],
      extension: [
        { url: CHARGE_MODIFIER_EXTENSION, valueCoding: { system: CPT, code: "25" } },
        { url: CHARGE_MODIFIER_EXTENSION, valueCoding: { system: HCPCS, code: "GT" } },
      ],
    }]);
    expect(chargeValueOf(full, l, 2)).toMatch(/^enc-1:l1:g2:[0-9a-z]+$/);
  });

  it("prices three units of 33.333 as 100.00, never 99.999 or the fee divided by the units", () => {
    const l = line({ units: 3, unitCharge: 33.333 });
    expect(buildChargeItem(draft({ lines: [l] }), l, { now: NOW }).priceOverride).toStrictEqual({ value: 100, currency: "USD" });
    const four = line({ units: 4, unitCharge: 10 });
    expect(buildChargeItem(draft({ lines: [four] }), four, { now: NOW }).priceOverride).toStrictEqual({ value: 40, currency: "USD" });
  });

  it("says a charge of zero against a fee schedule with no price is the coder's, not the schedule's", () => {
    expect(overrideReasonOf(line({ code: "96127", unitCharge: 0, listPrice: 0 }), "USD")).toBe("Entered by the coder: 0.00 USD per unit (the practice fee schedule has no price for 96127).");
    expect(overrideReasonOf(line({ unitCharge: 20, listPrice: 19.999 }), "USD")).toBe("Practice fee schedule: 20.00 USD per unit.");
    expect(overrideReasonOf(line({ unitCharge: 20 }), "USD")).toBe("Charge per unit from the claim (the practice fee schedule or entered by the coder).");
  });
});
