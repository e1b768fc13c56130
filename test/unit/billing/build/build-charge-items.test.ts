import { CHARGE_SERVICE_SYSTEM } from "../../../../src/billing/state/index.ts";
import { describe, expect, it } from "vitest";
import {
  buildChargeItems,
  CHARGE_MODIFIER_EXTENSION,
  PERFORMER_FUNCTION,
} from "../../../../src/billing/build/index.ts";
import { CPT, HCPCS, ICD10CM } from "../../../../src/coding/systems.ts";
import { fixtureDraft, fixtureNames } from "./fixture-draft.ts";

const context = { now: "2026-11-26T18:00:00Z", fhirUserRef: "Practitioner/coder-1" };

describe("buildChargeItems", () => {
  const draft = fixtureDraft("telehealth-depression.fhir.json", 4);
  const items = buildChargeItems(draft, context);

  it("makes one billable ChargeItem per line, in line order", () => {
    expect(items.map((i) => [i.status, i.code.coding?.[0]?.code])).toEqual(draft.lines.map((l) => ["billable", l.code]));
    expect(items[1]?.code.coding?.[0]?.system).toBe(HCPCS);
  });

  it("ties each charge to the patient, the encounter, the performer and the enterer", () => {
    const item = items[0];
    expect(item?.subject).toEqual({ reference: draft.patientRef });
    expect(item?.context).toEqual({ reference: draft.encounterRef });
    expect(item?.performer).toEqual([{ function: PERFORMER_FUNCTION, actor: { reference: draft.renderingProviderRef } }]);
    expect(item?.enterer).toEqual({ reference: "Practitioner/coder-1" });
    expect(item?.enteredDate).toBe(context.now);
    expect(item?.occurrenceDateTime).toBe(draft.lines[0]?.serviceDate);
    expect(buildChargeItems(draft, { ...context, entererRef: "Practitioner/biller" })[0]?.enterer?.reference).toBe("Practitioner/biller");
  });

  it("gives the pointed diagnoses as reasons, in pointer order", () => {
    const pointers = draft.lines.map((l) => l.diagnosisPointers.map((p) => draft.diagnoses[p - 1]?.code));
    expect(items.map((i) => i.reason?.map((r) => r.coding?.[0]?.code))).toEqual(pointers);
    expect(items[0]?.reason?.[0]?.coding?.[0]?.system).toBe(ICD10CM);
  });

  it("prices the charge as units x fee and keeps the units as quantity", () => {
    const screening = draft.lines[2];
    expect(items[2]?.quantity).toEqual({ value: screening?.units });
    expect(items[2]?.priceOverride).toEqual({ value: 19.9, currency: "USD" });
    expect(buildChargeItems(draft, { ...context, currency: "EUR" })[0]?.priceOverride?.currency).toBe("EUR");
  });

  it("carries modifiers in the app's extension, each in its CPT or HCPCS system, and none when the line has none", () => {
    expect(items[0]?.extension).toEqual([{ url: CHARGE_MODIFIER_EXTENSION, valueCoding: { system: CPT, code: "95" } }]);
    expect(items[1]?.extension).toBeUndefined();
    const lines = [{ ...draft.lines[0]!, modifiers: ["RT"] }];
    expect(buildChargeItems({ ...draft, lines }, context)[0]?.extension?.[0]?.valueCoding).toEqual({ system: HCPCS, code: "RT" });
  });

  it("goes to the encounter's account when it has one", () => {
    expect(items[0]?.account).toBeUndefined();
    expect(buildChargeItems({ ...draft, accountRef: "Account/acc-1" }, context).map((i) => i.account)).toEqual(draft.lines.map(() => [{ reference: "Account/acc-1" }]));
  });

  it("says why the charge carries its own price: the fee schedule's, or typed by the coder and how it differs", () => {
    const line = draft.lines[0]!;
    const priced = (patch: Partial<typeof line>) => buildChargeItems({ ...draft, lines: [{ ...line, ...patch }] }, context)[0]?.overrideReason;
    expect(priced({ unitCharge: 135, listPrice: 135 })).toBe("Practice fee schedule: 135.00 USD per unit.");
    expect(priced({ unitCharge: 150, listPrice: 135 })).toBe("Entered by the coder: 150.00 USD per unit instead of the practice fee schedule's 135.00 USD.");
    expect(priced({ unitCharge: 40, listPrice: 0 })).toBe(`Entered by the coder: 40.00 USD per unit (the practice fee schedule has no price for ${line.code}).`);
    expect(items.every((i) => typeof i.overrideReason === "string" && i.overrideReason.length > 0)).toBe(true);
  });

  it.each(fixtureNames())("derives identifiers from encounter, line, generation and content, never the local revision: %s", (name) => {
    const fixture = fixtureDraft(name, 7);
    const built = buildChargeItems(fixture, context, 3);
    const encounterId = fixture.encounterRef.split("/")[1];
    expect(built.map((i) => i.identifier?.[0]?.system)).toEqual(fixture.lines.map(() => CHARGE_SERVICE_SYSTEM));
    built.forEach((item, i) => expect(item.identifier?.[0]?.value).toMatch(new RegExp(`^${encounterId}:${fixture.lines[i]?.id}:g3:[0-9a-z]+$`)));
    expect(buildChargeItems({ ...fixture, revision: 99 }, context, 3).map((i) => i.identifier)).toEqual(built.map((i) => i.identifier));
    const changed = { ...fixture, lines: fixture.lines.map((l, i) => (i === 0 ? { ...l, units: l.units + 1 } : l)) };
    const again = buildChargeItems(changed, context, 3);
    expect(again[0]?.identifier).not.toEqual(built[0]?.identifier);
    expect(again.slice(1).map((i) => i.identifier)).toEqual(built.slice(1).map((i) => i.identifier));
  });
});
