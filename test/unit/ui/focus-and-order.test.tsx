import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useReducer } from "react";
import { describe, expect, it } from "vitest";
import type { ClaimDraft, DraftLine } from "../../../src/billing/claim-draft.ts";
import { applyDraftAction } from "../../../src/billing/draft/draft-actions.ts";
import { CPT } from "../../../src/coding/systems.ts";
import { AcceptedDiagnoses } from "../../../src/ui/coding/accepted-diagnoses.tsx";
import { CodeServiceProvider } from "../../../src/ui/coding/code-service-context.tsx";
import { ServiceLinesPanel } from "../../../src/ui/coding/service-lines-panel.tsx";
import { useCodeFirstDispatch } from "../../../src/ui/coding/use-code-first-dispatch.ts";
import { useShortcuts } from "../../../src/ui/coding/use-shortcuts.ts";
import { realCodeService } from "./render-with-providers.tsx";

const line = (id: string, code: string): DraftLine => ({ id, system: CPT, code, modifiers: [], units: 1, diagnosisPointers: [1], placeOfService: "11", unitCharge: 50, serviceDate: "2026-03-04" });
const draftWith = (codes: string[], lines: DraftLine[] = []): ClaimDraft => ({
  encounterRef: "Encounter/e1", patientRef: "Patient/p1", revision: 1, lines,
  diagnoses: codes.map((code) => ({ code, display: `display of ${code}` })),
});

/** The workspace's parts that lose a control when used: the diagnoses list, the lines and the search box. */
function Workspace({ initial }: { initial: ClaimDraft }) {
  const [draft, dispatch] = useReducer(applyDraftAction, initial);
  const inOrder = useCodeFirstDispatch(dispatch, draft.diagnoses, "2026-03-04");
  useShortcuts([{ keys: "/", description: "Search codes", run: () => document.querySelector<HTMLElement>("[aria-label='Search codes']")?.focus() }]);
  return (
    <>
      <input aria-label="Search codes" />
      <label><input type="checkbox" /> Checked, submit anyway</label>
      <input aria-label="Note" />
      <button type="button" onClick={() => inOrder({ type: "add-diagnosis", diagnosis: { code: "E11.22", display: "Type 2 diabetes with diabetic CKD" } })}>Accept E11.22</button>
      <button type="button" onClick={() => inOrder({ type: "add-diagnosis", diagnosis: { code: "N18.30", display: "CKD stage 3 unspecified" } })}>Accept N18.30</button>
      <AcceptedDiagnoses diagnoses={draft.diagnoses} dispatch={dispatch} />
      <ServiceLinesPanel lines={draft.lines} diagnosisCount={draft.diagnoses.length} dispatch={dispatch} />
    </>
  );
}

const render_ = (initial: ClaimDraft) => render(<CodeServiceProvider service={realCodeService()}><Workspace initial={initial} /></CodeServiceProvider>);
const codes = () => within(screen.getByRole("list", { name: "Claim diagnoses" })).getAllByRole("listitem").map((li) => li.querySelector(".code")?.textContent);

describe("focus never falls to the page body", () => {
  it("Remove line: the next row's Remove, then the previous row's, then the search box", async () => {
    render_(draftWith(["J20.9"], [line("a", "99213"), line("b", "71046"), line("c", "94640")]));
    await userEvent.click(screen.getByRole("button", { name: "Remove line 1 (99213)" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove line 1 (71046)" }));
    await userEvent.click(screen.getByRole("button", { name: "Remove line 2 (94640)" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove line 1 (71046)" }));
    await userEvent.keyboard("{Enter}");
    expect(screen.queryByRole("button", { name: /^Remove line/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Search codes" }));
  });

  it("Delete on a diagnosis: the next one (or the previous), and the search box once none is left", async () => {
    render_(draftWith(["J20.9", "I10", "R05.9"]));
    within(screen.getByRole("list", { name: "Claim diagnoses" })).getAllByRole("listitem")[0]?.focus();
    await userEvent.keyboard("{Delete}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^1: I10/);
    await userEvent.click(screen.getByRole("button", { name: "Remove R05.9" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove I10" }));
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Search codes" }));
  });

  it("a move button that the move disables hands focus to its diagnosis", async () => {
    render_(draftWith(["J20.9", "I10"]));
    await userEvent.click(screen.getByRole("button", { name: "Move I10 up" }));
    expect(codes()).toEqual(["I10", "J20.9"]);
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^1: I10/));
  });
});

describe("'/' jumps to the search box from anywhere but a text field", () => {
  it("from a checkbox and from the page, not from a text field", async () => {
    render_(draftWith([]));
    const search = screen.getByRole("textbox", { name: "Search codes" });
    screen.getByRole("checkbox").focus();
    await userEvent.keyboard("/");
    expect(document.activeElement).toBe(search);
    screen.getByRole("textbox", { name: "Note" }).focus();
    await userEvent.keyboard("/");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Note" }));
    expect((screen.getByRole("textbox", { name: "Note" }) as HTMLInputElement).value).toBe("/");
  });
});

describe("accepted diagnoses follow the Tabular's code-first conventions", () => {
  it("N18.30 then E11.22 (whose CKD code says 'code first' diabetic CKD): E11.22 goes before N18.30", async () => {
    render_(draftWith(["I10"]));
    await userEvent.click(screen.getByRole("button", { name: "Accept N18.30" }));
    await waitFor(() => expect(codes()).toEqual(["I10", "N18.30"]));
    await userEvent.click(screen.getByRole("button", { name: "Accept E11.22" }));
    await waitFor(() => expect(codes()).toEqual(["I10", "E11.22", "N18.30"]));
  });

  it("E11.22 then N18.30: already in order, N18.30 goes last", async () => {
    render_(draftWith(["I10"]));
    await userEvent.click(screen.getByRole("button", { name: "Accept E11.22" }));
    await waitFor(() => expect(codes()).toEqual(["I10", "E11.22"]));
    await userEvent.click(screen.getByRole("button", { name: "Accept N18.30" }));
    await waitFor(() => expect(codes()).toEqual(["I10", "E11.22", "N18.30"]));
  });
});
