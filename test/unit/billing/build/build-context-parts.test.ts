/**
 * Pins the build context helpers: the enterer (a blank given enterer falls back to the launch
 * user), the MissingUserError's name and text, and checkReadyDraft's whole OperationOutcome for
 * each missing part alone and together, and that a draft missing any part is never ready.
 */
import { describe, expect, it } from "vitest";
import type { ClaimDraft } from "../../../../src/billing/claim-draft.ts";
import { checkReadyDraft, entererOf, MissingUserError, NO_USER_TEXT, requireUser } from "../../../../src/billing/build/build-context.ts";
import { CPT } from "../../../../src/coding/systems.ts";

function draft(patch: Partial<ClaimDraft> = {}): ClaimDraft {
  return {
    encounterRef: "Encounter/enc-1",
    patientRef: "Patient/pat-1",
    revision: 1,
    diagnoses: [{ code: "E11.9", display: "Type 2 diabetes" }],
    lines: [{ id: "l1", system: CPT, code: "99213", modifiers: [], units: 1, diagnosisPointers: [1], placeOfService: "11", unitCharge: 135, serviceDate: "2026-11-20" }],
    coverageRef: "Coverage/cov-1",
    billingProviderRef: "Organization/org-1",
    ...patch,
  };
}

function issue(field: string, text: string) {
  return { severity: "error", code: "required", details: { text }, expression: [`ClaimDraft.${field}`] };
}

describe("build context", () => {
  it("takes a blank given enterer as none and names the launch user instead", () => {
    expect(entererOf({ now: "2026-11-26T18:00:00Z", entererRef: "  ", fhirUserRef: "Practitioner/coder-1" })).toBe("Practitioner/coder-1");
    expect(entererOf({ now: "2026-11-26T18:00:00Z", entererRef: " PractitionerRole/r1 ", fhirUserRef: "Practitioner/coder-1" })).toBe("PractitionerRole/r1");
    expect(entererOf({ now: "2026-11-26T18:00:00Z", entererRef: " " })).toBe(undefined);
  });

  it("refuses an unknown user with a MissingUserError named so, carrying the no-user text", () => {
    let caught: unknown;
    try {
      requireUser({ now: "2026-11-26T18:00:00Z" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MissingUserError);
    expect((caught as Error).name).toBe("MissingUserError");
    expect((caught as Error).message).toBe(NO_USER_TEXT);
    expect(new MissingUserError().name).toBe("MissingUserError");
  });

  it("passes a complete draft through with its coverage and billing provider", () => {
    const ready = draft();
    expect(checkReadyDraft(ready)).toStrictEqual({ ok: true, draft: { ...ready } });
  });

  it("names each missing part alone in a whole OperationOutcome", () => {
    const outcome = (...issues: object[]) => ({ ok: false, outcome: { resourceType: "OperationOutcome", issue: issues } });
    expect(checkReadyDraft(draft({ coverageRef: undefined }))).toStrictEqual(outcome(issue("coverageRef", "Choose the patient's active coverage.")));
    expect(checkReadyDraft(draft({ billingProviderRef: undefined }))).toStrictEqual(outcome(issue("billingProviderRef", "Choose the billing provider.")));
    expect(checkReadyDraft(draft({ lines: [] }))).toStrictEqual(outcome(issue("lines", "Add at least one service line.")));
    expect(checkReadyDraft(draft({ diagnoses: [] }))).toStrictEqual(outcome(issue("diagnoses", "Add at least one diagnosis.")));
  });

  it("names every missing part, in order, when all are missing", () => {
    expect(checkReadyDraft(draft({ coverageRef: "", billingProviderRef: "", lines: [], diagnoses: [] }))).toStrictEqual({
      ok: false,
      outcome: {
        resourceType: "OperationOutcome",
        issue: [
          issue("coverageRef", "Choose the patient's active coverage."),
          issue("billingProviderRef", "Choose the billing provider."),
          issue("lines", "Add at least one service line."),
          issue("diagnoses", "Add at least one diagnosis."),
        ],
      },
    });
  });

  it("is not ready with both references but no lines or no diagnoses", () => {
    expect(checkReadyDraft(draft({ lines: [] })).ok).toBe(false);
    expect(checkReadyDraft(draft({ diagnoses: [] })).ok).toBe(false);
    expect(checkReadyDraft(draft({ coverageRef: undefined })).ok).toBe(false);
  });
});
