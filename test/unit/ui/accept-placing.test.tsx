import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Condition } from "fhir/r4";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import type { DraftDiagnosis } from "../../../src/billing/claim-draft.ts";
import type { DraftAction } from "../../../src/billing/draft/draft-actions.ts";
import { DiagnosesPanel } from "../../../src/ui/coding/diagnoses-panel.tsx";
import { renderWithProviders } from "./render-with-providers.tsx";

const bronchitis: Condition = {
  resourceType: "Condition",
  id: "c1",
  subject: { reference: "Patient/p1" },
  code: { coding: [{ system: "http://snomed.info/sct", code: "10509002", display: "Acute bronchitis (disorder)" }], text: "Acute bronchitis" },
};

/** The panel with a dispatch that records actions and places a diagnosis only when the test says so (as the code-first lookup would, later). */
function Harness({ actions, place }: { actions: DraftAction[]; place: { now?: () => void } }) {
  const [diagnoses, setDiagnoses] = useState<DraftDiagnosis[]>([]);
  const pending: DraftDiagnosis[] = [];
  place.now = () => setDiagnoses((current) => [...current, ...pending.splice(0)]);
  return (
    <DiagnosesPanel encounterConditions={[bronchitis]} problemList={[]} diagnoses={diagnoses} dateOfService="2026-03-04"
      dispatch={(action) => {
        actions.push(action);
        if (action.type === "add-diagnosis") pending.push(action.diagnosis);
      }} />
  );
}

describe("accepting a chart suggestion while it is placed", () => {
  it("says 'Placing', cannot be pressed twice, then says 'Accepted'", async () => {
    const actions: DraftAction[] = [];
    const place: { now?: () => void } = {};
    renderWithProviders(<Harness actions={actions} place={place} />);
    const accept = await screen.findByRole("button", { name: /^Accept J20\.9 / }, { timeout: 20_000 });
    await userEvent.click(accept);
    const placing = screen.getByRole("button", { name: /^Placing J20\.9 / });
    expect((placing as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(placing);
    expect(actions.filter((a) => a.type === "add-diagnosis")).toHaveLength(1);
    place.now?.();
    expect(((await screen.findByRole("button", { name: /^Accepted J20\.9 / })) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: /^Placing / })).toBeNull();
  });
});
